import type { TextTable } from './types';

/** User-facing texts for forecast. Keys are 'forecast.<what>'. */
export const forecastStrings = {
  // Methods
  'forecast.method.runRate': { sv: 'Löptakt', en: 'Run-rate' },
  'forecast.method.budgetProfile': { sv: 'Budgetprofil', en: 'Budget profile' },
  'forecast.method.lastYearSeason': { sv: 'Fjolårets säsong', en: "Last year's season" },
  'forecast.method.placements': { sv: 'Placeringar', en: 'Placements' },
  'forecast.method.trend': { sv: 'Trend', en: 'Trend' },
  'forecast.method.manual': { sv: 'Egen siffra', en: 'Own figure' },
  'forecast.method.previousRound': { sv: 'Föregående prognos', en: 'Previous forecast' },
  'forecast.method.runRate.help': {
    sv: 'Utfall hittills ÷ antal månader × 12.',
    en: 'Actuals to date ÷ elapsed months × 12.',
  },
  'forecast.method.budgetProfile.help': {
    sv: 'Utfall hittills + budget för resterande månader.',
    en: 'Actuals to date + budget of the remaining months.',
  },
  'forecast.method.lastYearSeason.help': {
    sv: 'Utfall hittills ÷ fjolårets andel av helåret vid samma månad.',
    en: "Actuals to date ÷ last year's share of the year at the same month.",
  },
  'forecast.method.placements.help': {
    sv: 'Utfall hittills + pågående placeringar till planerat slut (eller årsskiftet) + förväntade nya placeringar.',
    en: 'Actuals to date + current placements to their planned end (or year end) + expected new placements.',
  },
  'forecast.method.trend.help': {
    sv: 'Linjär trend (minsta kvadrat) över de senaste tolv månaderna, framskriven till årets slut.',
    en: 'Linear trend (least squares) over the last twelve months, projected to year end.',
  },

  // Why a method has no figure
  'forecast.reason.noActualsYet': { sv: 'saknar utfall (ingen månad är stängd)', en: 'no actuals (no month closed yet)' },
  'forecast.reason.noActualsMonth': { sv: 'saknar utfall för månad {month}', en: 'no actuals for month {month}' },
  'forecast.reason.noBudget': { sv: 'saknar budget för året', en: 'no budget for the year' },
  'forecast.reason.noBudgetMonth': { sv: 'saknar budget för månad {month}', en: 'no budget for month {month}' },
  'forecast.reason.noLastYear': { sv: 'saknar fjolårsdata', en: "no data for last year" },
  'forecast.reason.noLastYearMonth': { sv: 'saknar fjolårsdata för månad {month}', en: 'no data for month {month} last year' },
  'forecast.reason.lastYearZeroToDate': {
    sv: 'fjolårets utfall till och med månad {month} är noll',
    en: "last year's actuals up to month {month} are zero",
  },
  'forecast.reason.lastYearShareUnusable': {
    sv: 'fjolårets säsongsandel går inte att använda (helåret är noll eller har annat tecken)',
    en: "last year's seasonal share is not usable (the year is zero or has the opposite sign)",
  },
  'forecast.reason.tooFewMonths': {
    sv: 'för få månader för en trend (minst {min}, finns {months})',
    en: 'too few months for a trend (at least {min}, found {months})',
  },
  'forecast.reason.outOfRange': {
    sv: 'metoden ger ett orimligt stort belopp (utanför beräkningsområdet)',
    en: 'the method gives an absurdly large amount (out of range)',
  },
  'forecast.reason.notPurchasedCare': { sv: 'gäller bara köpt vård', en: 'applies to purchased care only' },
  'forecast.reason.noPlacementRegister': { sv: 'saknar placeringsregister', en: 'no placement register' },
  'forecast.reason.noPlacementHistory': {
    sv: 'placeringsregistret har ingen historik för fjolåret',
    en: 'the placement register keeps no history for last year',
  },

  // Phasing
  'forecast.phasing.even': { sv: 'Jämnt', en: 'Evenly' },
  'forecast.phasing.budget': { sv: 'Som budgeten', en: 'Like the budget' },
  'forecast.phasing.lastYear': { sv: 'Som i fjol', en: 'Like last year' },
  'forecast.phasing.monthly': { sv: 'Månadsvis', en: 'Month by month' },
  'forecast.phasing.fallback.noBudget': {
    sv: '{line}: budgeten saknas för resterande månader – fördelat jämnt.',
    en: '{line}: no budget for the remaining months – spread evenly.',
  },
  'forecast.phasing.fallback.noLastYear': {
    sv: '{line}: fjolårsdata saknas för resterande månader – fördelat jämnt.',
    en: '{line}: no data from last year for the remaining months – spread evenly.',
  },
  'forecast.phasing.fallback.zeroProfile': {
    sv: '{line}: profilen är noll för resterande månader – fördelat jämnt.',
    en: '{line}: the profile is zero for the remaining months – spread evenly.',
  },
  'forecast.phasing.fallback.mixedSigns': {
    sv: '{line}: profilen har både plus- och minusmånader – fördelat jämnt.',
    en: '{line}: the profile has both positive and negative months – spread evenly.',
  },
  'forecast.phasing.noActuals': {
    sv: 'Utfall saknas för månad {month}; prognosen kan inte fördelas.',
    en: 'Actuals are missing for month {month}; the forecast cannot be phased.',
  },
  'forecast.phasing.noMonthsLeft': {
    sv: 'Året är slut: helårsprognosen måste vara lika med utfallet.',
    en: 'The year has ended: the full-year forecast must equal the actuals.',
  },

  // Typed values
  'forecast.input.empty': { sv: 'Skriv ett belopp.', en: 'Enter an amount.' },
  'forecast.input.notANumber': { sv: '"{value}" är inte ett belopp.', en: '"{value}" is not an amount.' },
  'forecast.input.decimalSeparator': {
    sv: '"{value}": fel decimal- eller tusentalstecken. Skriv till exempel 1 234 567,50 (decimalkomma).',
    en: '"{value}": wrong decimal or thousands separator. Write for example 1 234 567,50 (decimal comma).',
  },
  'forecast.input.tooManyDecimals': {
    sv: '"{value}": högst två decimaler (öre).',
    en: '"{value}": at most two decimals (öre).',
  },
  'forecast.input.tooLarge': { sv: '"{value}" är för stort.', en: '"{value}" is too large.' },
  'forecast.input.badMonth': { sv: 'Ogiltig månad: {month}.', en: 'Invalid month: {month}.' },
  'forecast.input.monthHasActuals': {
    sv: 'Månad {month} har utfall och kan inte ändras.',
    en: 'Month {month} has actuals and cannot be changed.',
  },
  'forecast.input.confirmNegative': {
    sv: 'Prognosen {value} är negativ för en kostnad. Stämmer det?',
    en: 'The forecast {value} is negative for a cost. Is that right?',
  },
  'forecast.input.confirmPositiveRevenue': {
    sv: 'Prognosen {value} är positiv för en intäkt (intäkter är negativa). Stämmer det?',
    en: 'The forecast {value} is positive for revenue (revenue is negative). Is that right?',
  },
  'forecast.input.confirmAbsurd': {
    sv: 'Prognosen {value} är mer än {factor} gånger budgeten ({budget}). Stämmer det?',
    en: 'The forecast {value} is more than {factor} times the budget ({budget}). Is that right?',
  },
  'forecast.input.confirmNoBudget': {
    sv: 'Raden har varken budget eller utfall, men prognosen är {value}. Stämmer det?',
    en: 'The line has neither budget nor actuals, but the forecast is {value}. Is that right?',
  },
  'forecast.input.confirmBelowActuals': {
    sv: 'Prognosen {value} är lägre än utfallet hittills ({actual}); resterande månader blir negativa. Stämmer det?',
    en: 'The forecast {value} is below the actuals to date ({actual}); the remaining months become negative. Is that right?',
  },
  'forecast.input.commentTooLong': {
    sv: 'Kommentaren får vara högst {max} tecken.',
    en: 'The comment may be at most {max} characters.',
  },
  'forecast.input.commentPersonalNumber': {
    sv: 'Kommentaren ser ut att innehålla ett personnummer. Skriv inga personuppgifter.',
    en: 'The comment seems to contain a personal identity number. Do not write personal data.',
  },

  // Rules
  'forecast.rule.forecastMissing': { sv: '{line}: prognos saknas.', en: '{line}: forecast missing.' },
  'forecast.rule.causeRequired': {
    sv: '{line}: avvikelsen {variance} kräver en orsak.',
    en: '{line}: the variance {variance} requires a cause.',
  },
  'forecast.rule.actionRequired': {
    sv: '{line}: underskottet {variance} kräver en åtgärd.',
    en: '{line}: the deficit {variance} requires an action.',
  },
  'forecast.rule.varianceSign': {
    sv: 'Avvikelse = budget − prognos. Plus betyder under budget, minus betyder underskott.',
    en: 'Variance = budget − forecast. Plus means under budget, minus means a deficit.',
  },

  // Workflow
  'forecast.status.draft': { sv: 'Utkast', en: 'Draft' },
  'forecast.status.submitted': { sv: 'Inlämnad', en: 'Submitted' },
  'forecast.status.approved': { sv: 'Godkänd', en: 'Approved' },
  'forecast.workflow.locked': {
    sv: 'Prognosen är godkänd och låst. Ekonomen kan öppna den igen.',
    en: 'The forecast is approved and locked. The controller can reopen it.',
  },
  'forecast.workflow.submittedLocked': {
    sv: 'Prognosen är inlämnad. Den måste öppnas igen innan den kan ändras.',
    en: 'The forecast has been submitted. It must be reopened before it can be changed.',
  },
  'forecast.workflow.alreadySubmitted': { sv: 'Prognosen är redan inlämnad.', en: 'The forecast has already been submitted.' },
  'forecast.workflow.alreadyApproved': { sv: 'Prognosen är redan godkänd.', en: 'The forecast has already been approved.' },
  'forecast.workflow.notSubmitted': { sv: 'Prognosen är inte inlämnad.', en: 'The forecast has not been submitted.' },
  'forecast.workflow.reopenCommentRequired': {
    sv: 'Skriv varför prognosen öppnas igen.',
    en: 'Write why the forecast is reopened.',
  },

  // Errors
  'forecast.error.badRound': {
    sv: 'Ogiltig prognosomgång "{value}" (skriv ÅÅÅÅ-MM, till exempel 2025-03).',
    en: 'Invalid forecast round "{value}" (write YYYY-MM, e.g. 2025-03).',
  },
  'forecast.error.unknownUnit': {
    sv: 'Okänt ansvar: {unit} (finns inte i organisationen, budgeten eller utfallet).',
    en: 'Unknown cost centre: {unit} (not in the organisation, the budget or the actuals).',
  },
  'forecast.error.unknownLine': { sv: 'Okänt kostnadsslag: {line}.', en: 'Unknown cost line: {line}.' },
  'forecast.error.noActualsForPeriod': {
    sv: 'Arbetsboken har inget utfall för {period}. Importera huvudboken för perioden först.',
    en: 'The workbook has no actuals for {period}. Import the ledger for the period first.',
  },
  'forecast.error.noActualsForLine': {
    sv: '{line}: utfall saknas för någon månad till och med {period}.',
    en: '{line}: actuals are missing for a month up to {period}.',
  },
  'forecast.error.noForecastToPhase': {
    sv: '{line}: det finns ingen prognos att fördela.',
    en: '{line}: there is no forecast to phase.',
  },
  'forecast.error.noUser': {
    sv: 'Ange ditt namn innan du ändrar prognosen (det sparas i ändringsloggen).',
    en: 'Enter your name before changing the forecast (it is kept in the audit trail).',
  },
  'forecast.threshold.negative': {
    sv: '"{value}": gränsen kan inte vara negativ.',
    en: '"{value}": the limit cannot be negative.',
  },
  'forecast.threshold.badPercent': {
    sv: '"{value}" är inte en procentsats mellan 0 och 100 (högst två decimaler, decimalkomma).',
    en: '"{value}" is not a percentage between 0 and 100 (at most two decimals, decimal comma).',
  },
  'forecast.error.badCell': {
    sv: 'Tabellen {table} innehåller "{value}" där ett belopp ska stå.',
    en: 'The table {table} holds "{value}" where an amount belongs.',
  },

  // Distribute / collect
  'forecast.collect.notAUnitWorkbook': {
    sv: '{name}: inte en enhetsarbetsbok från IFO Prognos (uppgift om ansvar och omgång saknas).',
    en: '{name}: not a unit workbook from IFO Prognos (cost centre and round are missing).',
  },
  'forecast.collect.unknownUnit': {
    sv: '{name}: ansvar {unit} finns inte i huvudarbetsboken.',
    en: '{name}: cost centre {unit} is not in the main workbook.',
  },
  'forecast.collect.duplicateUnit': {
    sv: 'Ansvar {unit} har lämnats tillbaka flera gånger ({names}); ingen av dem har hämtats in.',
    en: 'Cost centre {unit} was returned more than once ({names}); none of them was collected.',
  },
  'forecast.collect.editedAfterApproval': {
    sv: '{name}: ansvar {unit} är redan godkänt för omgång {round} men har ändrats i den återlämnade arbetsboken.',
    en: '{name}: cost centre {unit} is already approved for round {round} but was changed in the returned workbook.',
  },
  'forecast.collect.changedInBoth': {
    sv: '{name}: ansvar {unit} har ändrats både i huvudarbetsboken och i den återlämnade arbetsboken (omgång {round}).',
    en: '{name}: cost centre {unit} was changed both in the main workbook and in the returned workbook (round {round}).',
  },

  // Command line
  'forecast.cli.summary': {
    sv: 'beräkna prognosförslag (fem metoder med träffsäkerhet i fjol) och skriv dem till arbetsboken',
    en: "compute forecast proposals (five methods with last year's accuracy) and write them to the workbook",
  },
  'forecast.cli.help': {
    sv:
      'ifo-prognos forecast --workbook <bok.xlsx> --as-of ÅÅÅÅ-MM [--unit ANSVAR]... [--json]\n\n' +
      'Beräknar för varje ansvar och kostnadsslag förslagen löptakt, budgetprofil, fjolårets säsong, placeringar och trend\n' +
      'med utfall till och med --as-of, och vad varje metod hade sagt vid samma månad i fjol jämfört med fjolårets utfall.\n' +
      'Förslagen skrivs till tabellen IFO_Prognosforslag i arbetsboken. --unit begränsar till ett eller flera ansvar.\n' +
      '--json skriver {"asOf","rows":[{"costCenter","costLine","budgetOre","actualToDateOre","proposals","backtest"}]} (belopp i öre).',
    en:
      'ifo-prognos forecast --workbook <book.xlsx> --as-of YYYY-MM [--unit CODE]... [--json]\n\n' +
      'Computes for each cost centre and cost line the proposals run-rate, budget profile, last year\'s season, placements and trend\n' +
      "from actuals up to --as-of, and what each method would have said at the same month last year against last year's outcome.\n" +
      'The proposals are written to the table IFO_Prognosforslag in the workbook. --unit limits to one or more cost centres.\n' +
      '--json prints {"asOf","rows":[{"costCenter","costLine","budgetOre","actualToDateOre","proposals","backtest"}]} (amounts in öre).',
  },
  'forecast.cli.heading': {
    sv: 'Prognosförslag per {asOf}: {rows} rader skrivna till {file} (tabellen IFO_Prognosforslag).',
    en: 'Forecast proposals as of {asOf}: {rows} rows written to {file} (table IFO_Prognosforslag).',
  },
  'forecast.cli.costCenter': { sv: 'Ansvar', en: 'Centre' },
  'forecast.cli.costLine': { sv: 'Kostnadsslag', en: 'Cost line' },
  'forecast.cli.budget': { sv: 'Budget', en: 'Budget' },
  'forecast.cli.actual': { sv: 'Utfall', en: 'Actuals' },
  'forecast.cli.legend': {
    sv: 'Belopp i tkr. Budget = helår, utfall = till och med perioden. – = metoden saknar underlag (se tabellens anmärkning).',
    en: 'Amounts in thousands of kronor. Budget = full year, actuals = to date. – = the method lacks data (see the table\'s note).',
  },
  'forecast.cli.unmapped': {
    sv: 'Varning: {count} konton saknar kostnadsslag i Kontoplan och är inte med i förslagen: {accounts}',
    en: 'Warning: {count} accounts have no cost line in the account map and are left out of the proposals: {accounts}',
  },
} satisfies TextTable;
