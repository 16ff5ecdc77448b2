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

  // Task pane: the Prognos view
  'forecast.pane.title': { sv: 'Helårsprognos', en: 'Full-year forecast' },
  'forecast.pane.lead': {
    sv: 'Prognos för helåret per kostnadsslag. Allt du skriver sparas direkt i arbetsboken.',
    en: 'Full-year forecast per cost line. Everything you type is saved in the workbook at once.',
  },
  'forecast.pane.role': { sv: 'Roll', en: 'Role' },
  'forecast.pane.role.manager': { sv: 'Enhetschef', en: 'Unit manager' },
  'forecast.pane.role.economist': { sv: 'Ekonom', en: 'Controller' },
  'forecast.pane.user.heading': { sv: 'Vem ändrar?', en: 'Who is editing?' },
  'forecast.pane.user.label': { sv: 'Ditt namn', en: 'Your name' },
  'forecast.pane.user.hint': {
    sv: 'Namnet skrivs i ändringsloggen vid varje ändring. Du anger det en gång på den här datorn.',
    en: 'Your name is written to the audit trail with every change. You enter it once on this computer.',
  },
  'forecast.pane.user.save': { sv: 'Fortsätt', en: 'Continue' },
  'forecast.pane.user.required': { sv: 'Skriv ditt namn.', en: 'Enter your name.' },
  'forecast.pane.user.as': { sv: 'Du ändrar som {name}.', en: 'You edit as {name}.' },
  'forecast.pane.user.change': { sv: 'Byt namn', en: 'Change name' },
  'forecast.pane.loading': { sv: 'Läser prognosen …', en: 'Reading the forecast …' },
  'forecast.pane.refresh': { sv: 'Läs om', en: 'Reload' },
  'forecast.pane.noActuals': {
    sv: 'Arbetsboken har inget utfall ännu. Importera huvudboken under Import först.',
    en: 'The workbook has no actuals yet. Import the ledger under Import first.',
  },
  'forecast.pane.round': { sv: 'Prognosomgång', en: 'Forecast round' },
  'forecast.pane.round.new': { sv: '{label} (ny)', en: '{label} (new)' },
  'forecast.pane.units.heading': { sv: 'Mina enheter', en: 'My units' },
  'forecast.pane.units.hint': {
    sv: 'Välj de ansvar du har budgetansvar för. Valet sparas i arbetsboken för dig.',
    en: 'Pick the cost centres you hold the budget for. Your choice is kept in the workbook for you.',
  },
  'forecast.pane.units.placeholder': { sv: 'Välj ansvar', en: 'Pick cost centres' },
  'forecast.pane.units.save': { sv: 'Spara mina enheter', en: 'Save my units' },
  'forecast.pane.units.change': { sv: 'Ändra mina enheter', en: 'Change my units' },
  'forecast.pane.units.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'forecast.pane.units.noneChosen': { sv: 'Välj minst ett ansvar.', en: 'Pick at least one cost centre.' },
  'forecast.pane.units.none': {
    sv: 'Arbetsboken har inga ansvar ännu. Importera huvudbok och budget först.',
    en: 'The workbook has no cost centres yet. Import the ledger and the budget first.',
  },
  'forecast.pane.unit': { sv: 'Enhet', en: 'Unit' },
  'forecast.pane.unit.option': { sv: '{code} {name}', en: '{code} {name}' },
  'forecast.pane.legend': {
    sv: 'Gula fält skriver du i. Grått är utfall och kan inte ändras.',
    en: 'You type in the yellow fields. Grey is actuals and cannot be changed.',
  },

  'forecast.pane.totals.heading': { sv: '{unit} · {round}', en: '{unit} · {round}' },
  'forecast.pane.totals.budgetYear': { sv: 'Budget helår', en: 'Budget, full year' },
  'forecast.pane.totals.budgetToDate': { sv: 'Budget t.o.m. {month}', en: 'Budget to {month}' },
  'forecast.pane.totals.actualToDate': { sv: 'Utfall t.o.m. {month}', en: 'Actuals to {month}' },
  'forecast.pane.totals.forecast': { sv: 'Prognos helår', en: 'Forecast, full year' },
  'forecast.pane.totals.variance': { sv: 'Avvikelse', en: 'Variance' },
  'forecast.pane.totals.change': { sv: 'Ändring sedan förra prognosen', en: 'Change since the previous forecast' },
  'forecast.pane.totals.missing': {
    sv: 'Rader utan prognos: {count} (räknas med budget i summan).',
    en: 'Lines without a forecast: {count} (counted at budget in the total).',
  },
  'forecast.pane.tone.surplus': { sv: 'överskott', en: 'surplus' },
  'forecast.pane.tone.deficit': { sv: 'underskott', en: 'deficit' },
  'forecast.pane.tone.even': { sv: 'enligt budget', en: 'on budget' },
  'forecast.pane.reopened': {
    sv: 'Prognosen har öppnats igen av {user}: "{comment}"',
    en: 'The forecast was reopened by {user}: "{comment}"',
  },

  'forecast.pane.acceptAll.heading': { sv: 'Godta förslag för alla rader', en: 'Accept a proposal for all lines' },
  'forecast.pane.acceptAll.method': { sv: 'Metod', en: 'Method' },
  'forecast.pane.acceptAll.button': { sv: 'Godta för alla rader', en: 'Accept for all lines' },
  'forecast.pane.acceptAll.done': {
    sv: '{method} är sparat som prognos (rader: {count}).',
    en: '{method} is saved as the forecast (lines: {count}).',
  },
  'forecast.pane.acceptAll.skipped': {
    sv: 'Utan förslag med den metoden (orörda): {lines}.',
    en: 'No proposal with that method (left as they were): {lines}.',
  },
  'forecast.pane.phasing.label': { sv: 'Fördela resterande månader', en: 'Spread over the remaining months' },

  'forecast.pane.line.kind.revenue': { sv: 'Intäkt', en: 'Revenue' },
  'forecast.pane.line.purchasedCare': { sv: 'Köpt vård', en: 'Purchased care' },
  'forecast.pane.line.forecast': { sv: 'Prognos', en: 'Forecast' },
  'forecast.pane.line.noForecast': { sv: 'Prognos saknas', en: 'No forecast yet' },
  'forecast.pane.line.proposal': { sv: 'Förslag ({method})', en: 'Proposal ({method})' },
  'forecast.pane.line.carried': { sv: 'från förra omgången, inte sparad än', en: 'from the previous round, not saved yet' },
  'forecast.pane.line.expand': { sv: 'Visa {line}', en: 'Show {line}' },
  'forecast.pane.line.needsCause': { sv: 'Orsak krävs', en: 'Cause required' },
  'forecast.pane.line.needsAction': { sv: 'Åtgärd krävs', en: 'Action required' },
  'forecast.pane.line.needsForecast': { sv: 'Prognos saknas', en: 'Forecast missing' },
  'forecast.pane.line.ok': { sv: 'Klar', en: 'Done' },
  'forecast.pane.line.changed': { sv: 'Senast ändrad {time} av {user}', en: 'Last changed {time} by {user}' },
  'forecast.pane.figures.budgetYear': { sv: 'Budget helår', en: 'Budget, full year' },
  'forecast.pane.figures.budgetToDate': { sv: 'Budget t.o.m. {month}', en: 'Budget to {month}' },
  'forecast.pane.figures.actualToDate': { sv: 'Utfall t.o.m. {month}', en: 'Actuals to {month}' },
  'forecast.pane.figures.forecast': { sv: 'Din prognos', en: 'Your forecast' },
  'forecast.pane.figures.variance': { sv: 'Avvikelse (budget − prognos)', en: 'Variance (budget − forecast)' },
  'forecast.pane.figures.change': { sv: 'Ändring sedan förra prognosen', en: 'Change since the previous forecast' },
  'forecast.pane.figures.none': { sv: '–', en: '–' },

  'forecast.pane.proposals.heading': { sv: 'Förslag, och hur metoden träffade i fjol', en: 'Proposals, and how each method did last year' },
  'forecast.pane.proposals.missing': { sv: 'Inget förslag: {reason}', en: 'No proposal: {reason}' },
  'forecast.pane.proposals.over': { sv: 'I fjol {error} för högt ({pct})', en: 'Last year {error} too high ({pct})' },
  'forecast.pane.proposals.under': { sv: 'I fjol {error} för lågt ({pct})', en: 'Last year {error} too low ({pct})' },
  'forecast.pane.proposals.overNoPct': { sv: 'I fjol {error} för högt', en: 'Last year {error} too high' },
  'forecast.pane.proposals.underNoPct': { sv: 'I fjol {error} för lågt', en: 'Last year {error} too low' },
  'forecast.pane.proposals.exact': { sv: 'I fjol exakt rätt', en: 'Exactly right last year' },
  'forecast.pane.proposals.noBacktest': { sv: 'Ingen jämförelse med i fjol: {reason}', en: 'No comparison with last year: {reason}' },
  'forecast.pane.proposals.best': { sv: 'Träffade bäst i fjol', en: 'Best last year' },
  'forecast.pane.proposals.chosen': { sv: 'Vald', en: 'Chosen' },
  'forecast.pane.proposals.use': { sv: 'Använd', en: 'Use' },
  'forecast.pane.proposals.useLabel': { sv: 'Använd {method} för {line}', en: 'Use {method} for {line}' },

  'forecast.pane.input.fullYear': { sv: 'Din helårsprognos (kr)', en: 'Your full-year forecast (SEK)' },
  'forecast.pane.input.fullYearHint': {
    sv: 'Till exempel 2\u00a0400\u00a0000, 2\u00a0400\u00a0000,50 eller 2\u00a0400\u00a0tkr.',
    en: 'For example 2\u00a0400\u00a0000, 2\u00a0400\u00a0000,50 or 2\u00a0400\u00a0tkr.',
  },
  'forecast.pane.input.months': { sv: 'Månad för månad', en: 'Month by month' },
  'forecast.pane.input.monthsHint': {
    sv: 'Skriv beloppet för en kvarvarande månad; helåret blir summan av månaderna.',
    en: 'Enter the amount for a remaining month; the full year becomes the sum of the months.',
  },
  'forecast.pane.input.monthLabel': { sv: '{month}', en: '{month}' },
  'forecast.pane.input.monthAria': { sv: '{line}, {month}', en: '{line}, {month}' },
  'forecast.pane.input.actual': { sv: 'utfall', en: 'actual' },
  'forecast.pane.input.cause': { sv: 'Orsak', en: 'Cause' },
  'forecast.pane.input.causeHint': { sv: 'Varför avviker prognosen från budgeten?', en: 'Why does the forecast differ from the budget?' },
  'forecast.pane.input.action': { sv: 'Åtgärd', en: 'Action' },
  'forecast.pane.input.actionHint': { sv: 'Vad görs för att komma i balans?', en: 'What is done to restore the balance?' },
  'forecast.pane.input.saving': { sv: 'Sparar …', en: 'Saving …' },
  'forecast.pane.input.saved': { sv: 'Sparat', en: 'Saved' },
  'forecast.pane.input.notSaved': { sv: 'Inte sparat', en: 'Not saved' },
  'forecast.pane.input.confirm': { sv: 'Spara ändå', en: 'Save anyway' },
  'forecast.pane.input.undo': { sv: 'Ångra', en: 'Undo' },
  'forecast.pane.input.restored': {
    sv: 'Det du skrev innan fönstret stängdes har sparats nu.',
    en: 'What you typed before the pane was closed has been saved now.',
  },

  'forecast.pane.submit.heading': { sv: 'Lämna in', en: 'Submit' },
  'forecast.pane.submit.lead': {
    sv: 'När alla rader har en prognos och orsak/åtgärd där det krävs lämnar du in. Ekonomen godkänner sedan.',
    en: 'When every line has a forecast and a cause/action where required, submit. The controller then approves.',
  },
  'forecast.pane.submit.button': { sv: 'Lämna in prognosen', en: 'Submit the forecast' },
  'forecast.pane.submit.blocked': { sv: 'Prognosen kan inte lämnas in än', en: 'The forecast cannot be submitted yet' },
  'forecast.pane.submit.done': { sv: 'Prognosen för {unit} är inlämnad.', en: 'The forecast for {unit} has been submitted.' },
  'forecast.pane.status.by': { sv: '{status} {time} av {user}', en: '{status} {time} by {user}' },

  'forecast.pane.economist.round': { sv: 'Omgång att följa upp', en: 'Round to follow up' },
  'forecast.pane.economist.start.heading': { sv: 'Starta en ny omgång', en: 'Start a new round' },
  'forecast.pane.economist.start.period': { sv: 'Månad (ÅÅÅÅ-MM)', en: 'Month (YYYY-MM)' },
  'forecast.pane.economist.start.hint': {
    sv: 'Den nya omgången börjar från förra omgångens siffror; stängda månader ersätts av utfallet.',
    en: 'The new round starts from the previous round’s figures; closed months are replaced by actuals.',
  },
  'forecast.pane.economist.start.button': { sv: 'Starta omgången', en: 'Start the round' },
  'forecast.pane.economist.start.done': {
    sv: '{label} är startad från {from}: {count} rader förda vidare.',
    en: '{label} has started from {from}: {count} lines carried forward.',
  },
  'forecast.pane.economist.start.doneFirst': {
    sv: '{label} är startad (ingen tidigare omgång i år).',
    en: '{label} has started (no earlier round this year).',
  },
  'forecast.pane.economist.thresholds.heading': { sv: 'När krävs orsak och åtgärd?', en: 'When are cause and action required?' },
  'forecast.pane.economist.thresholds.amount': { sv: 'Avvikelse minst (kr)', en: 'Variance at least (SEK)' },
  'forecast.pane.economist.thresholds.percent': { sv: 'eller minst (% av budget)', en: 'or at least (% of budget)' },
  'forecast.pane.economist.thresholds.combine': { sv: 'Krav när', en: 'Required when' },
  'forecast.pane.economist.thresholds.or': { sv: 'någon gräns nås', en: 'either limit is reached' },
  'forecast.pane.economist.thresholds.and': { sv: 'båda gränserna nås', en: 'both limits are reached' },
  'forecast.pane.economist.thresholds.hint': { sv: 'Tomt fält = gränsen används inte.', en: 'An empty field = the limit is not used.' },
  'forecast.pane.economist.thresholds.save': { sv: 'Spara gränserna', en: 'Save the limits' },
  'forecast.pane.economist.thresholds.saved': { sv: 'Gränserna är sparade i arbetsboken.', en: 'The limits are saved in the workbook.' },
  'forecast.pane.economist.overview.heading': { sv: 'Enheterna i {round}', en: 'The units in {round}' },
  'forecast.pane.economist.overview.counts': {
    sv: 'Godkända: {approved} · inlämnade: {submitted} · utkast: {draft} · ej påbörjade: {notStarted}',
    en: 'Approved: {approved} · submitted: {submitted} · drafts: {draft} · not started: {notStarted}',
  },
  'forecast.pane.economist.overview.notStarted': { sv: 'Ej påbörjad', en: 'Not started' },
  'forecast.pane.economist.overview.notStartedList': { sv: 'Ej påbörjade ({count})', en: 'Not started ({count})' },
  'forecast.pane.economist.overview.noForecast': { sv: 'Ingen prognos ännu', en: 'No forecast yet' },
  'forecast.pane.economist.overview.issues': { sv: '{count} att åtgärda', en: '{count} to fix' },
  'forecast.pane.economist.overview.figures': {
    sv: 'Prognos {forecast} · avvikelse {variance}',
    en: 'Forecast {forecast} · variance {variance}',
  },
  'forecast.pane.economist.approve': { sv: 'Godkänn', en: 'Approve' },
  'forecast.pane.economist.reopen': { sv: 'Öppna igen', en: 'Reopen' },
  'forecast.pane.economist.reopenComment': { sv: 'Varför öppnas prognosen igen?', en: 'Why is the forecast reopened?' },
  'forecast.pane.economist.reopenConfirm': { sv: 'Öppna igen med kommentaren', en: 'Reopen with the comment' },
  'forecast.pane.economist.view': { sv: 'Visa', en: 'View' },
  'forecast.pane.economist.back': { sv: 'Tillbaka till översikten', en: 'Back to the overview' },
  'forecast.pane.economist.approved': { sv: '{unit} är godkänd och låst.', en: '{unit} is approved and locked.' },
  'forecast.pane.economist.reopenedDone': { sv: '{unit} är öppnad igen.', en: '{unit} has been reopened.' },
  'forecast.pane.economist.distribute.heading': { sv: 'En arbetsbok per enhet', en: 'One workbook per unit' },
  'forecast.pane.economist.distribute.lead': {
    sv: 'Varje arbetsbok har bara enhetens egna data. Skicka den till enhetschefen och hämta in den när den kommer tillbaka.',
    en: 'Each workbook holds the unit’s own data only. Send it to the unit manager and collect it when it comes back.',
  },
  'forecast.pane.economist.distribute.all': { sv: 'Alla enheter', en: 'All units' },
  'forecast.pane.economist.distribute.button': { sv: 'Skapa arbetsböcker ({count})', en: 'Create workbooks ({count})' },
  'forecast.pane.economist.distribute.running': { sv: 'Skapar arbetsböcker', en: 'Creating workbooks' },
  'forecast.pane.economist.distribute.done': {
    sv: 'Arbetsböcker skapade och hämtade ({count}): {files}',
    en: 'Workbooks created and downloaded ({count}): {files}',
  },
  'forecast.pane.economist.distribute.fileName': { sv: 'Prognos {round} {unit}.xlsx', en: 'Forecast {round} {unit}.xlsx' },
  'forecast.pane.economist.distribute.desktopNote': {
    sv: 'I Excel för Windows och Mac kan hämtningar från aktivitetsfönstret vara spärrade; använd då Excel på webben.',
    en: 'Excel for Windows and Mac may block downloads from the task pane; use Excel on the web then.',
  },
  'forecast.pane.economist.collect.heading': { sv: 'Hämta in returnerade arbetsböcker', en: 'Collect returned workbooks' },
  'forecast.pane.economist.collect.button': { sv: 'Välj arbetsböcker …', en: 'Choose workbooks …' },
  'forecast.pane.economist.collect.running': { sv: 'Hämtar in arbetsböcker ({count})', en: 'Collecting workbooks ({count})' },
  'forecast.pane.economist.collect.summary': {
    sv: 'Inhämtade: {collected} · oförändrade: {unchanged} · konflikter: {conflicts}',
    en: 'Collected: {collected} · unchanged: {unchanged} · conflicts: {conflicts}',
  },
  'forecast.pane.economist.collect.collected': {
    sv: '{name}: ansvar {unit}, rader: {lines}, {status}.',
    en: '{name}: cost centre {unit}, lines: {lines}, {status}.',
  },
  'forecast.pane.economist.collect.unchanged': { sv: '{name}: ansvar {unit} oförändrat.', en: '{name}: cost centre {unit} unchanged.' },
  'forecast.pane.economist.collect.conflicts': { sv: 'Konflikter – inte inhämtade', en: 'Conflicts – not collected' },
  'forecast.pane.economist.collect.badFile': {
    sv: '{name}: filen kunde inte läsas som en arbetsbok ({reason}).',
    en: '{name}: the file could not be read as a workbook ({reason}).',
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
