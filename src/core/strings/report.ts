import type { TextTable } from './types';

/** User-facing texts for report. Keys are 'report.<what>'. */
export const reportStrings = {
  // Refusals
  'report.error.badPeriod': {
    sv: 'Perioden "{value}" går inte att läsa. Ange den som ÅÅÅÅ-MM, till exempel 2026-10.',
    en: 'The period "{value}" cannot be read. Give it as YYYY-MM, for example 2026-10.',
  },
  'report.error.actualsMissing': {
    sv: 'Utfall saknas för {periods}: rapporten för {period} kräver att alla månader till och med perioden är inlästa. Läs in huvudboken först.',
    en: 'Actuals are missing for {periods}: the report for {period} needs every month up to the period imported. Import the ledger first.',
  },
  'report.error.roundMissing': {
    sv: 'Prognosomgången {round} finns inte i arbetsboken för året fram till {period}.',
    en: 'The forecast round {round} is not in the workbook for the year up to {period}.',
  },
  'report.actions.refused': {
    sv: 'Åtgärdsplanen på bladet "{sheet}" har {count} fel. Rätta dem och skapa rapporten igen; ingenting skrevs.',
    en: 'The action plan on the sheet "{sheet}" has {count} errors. Correct them and create the report again; nothing was written.',
  },
  'report.actions.actionMissing': { sv: 'Åtgärden saknar beskrivning.', en: 'The action has no description.' },
  'report.actions.costCenterMissing': { sv: 'Ansvar saknas: ange enhetens ansvarskod.', en: 'Ansvar is missing: give the unit’s cost centre code.' },
  'report.actions.costCenterUnknown': {
    sv: 'Ansvaret finns inte bland arbetsbokens enheter.',
    en: 'The cost centre is not one of the workbook’s units.',
  },
  'report.actions.amountMissing': { sv: 'Belopp saknas (helårseffekt i kronor).', en: 'Amount is missing (full-year effect in kronor).' },
  'report.actions.amountBad': { sv: 'Beloppet är inte ett tal i kronor.', en: 'The amount is not a number in kronor.' },
  'report.actions.monthMissing': { sv: 'Från månad saknas (ÅÅÅÅ-MM).', en: 'From month is missing (YYYY-MM).' },
  'report.actions.monthBad': { sv: 'Från månad går inte att läsa; ange ÅÅÅÅ-MM.', en: 'From month cannot be read; give YYYY-MM.' },
  'report.actions.statusBad': { sv: 'Okänd status; använd {allowed}.', en: 'Unknown status; use {allowed}.' },
  'report.actions.rule': {
    sv: 'Belopp = åtgärdens helårseffekt (positivt = lägre kostnad). Den räknas från "Från månad" men bara för månader efter {period} ({months} månader kvar i år): stängda månader är utfall. Effekt i år = belopp × månader ÷ 12, avrundat till hela ören. Avbrutna åtgärder räknas inte. Prognos efter åtgärder = prognos − effekt i år. Enhetens prognos ska inte redan räkna med åtgärden.',
    en: 'Amount = the action’s full-year effect (positive = lower cost). It counts from "Från månad" but only for months after {period} ({months} months left this year): closed months are actuals. Effect this year = amount × months ÷ 12, rounded to whole öre. Cancelled actions do not count. Forecast after actions = forecast − effect this year. The unit’s forecast must not already include the action.',
  },

  // Groups and rounds
  'report.group.total': { sv: 'Totalt', en: 'Total' },
  'report.group.noArea': { sv: 'Utan område', en: 'No area' },
  'report.group.noActivity': { sv: 'Utan verksamhet', en: 'No activity' },
  'report.round.used': {
    sv: 'Prognos: {label} (enheter med inlämnad eller godkänd prognos).',
    en: 'Forecast: {label} (units with a submitted or approved forecast).',
  },
  'report.round.previous': { sv: ' Föregående: {label}.', en: ' Previous: {label}.' },
  'report.round.none': {
    sv: 'Ingen prognosomgång finns för året fram till perioden: prognoskolumnerna är tomma.',
    en: 'There is no forecast round for the year up to the period: the forecast columns are empty.',
  },
  'report.unit.tkr': { sv: 'Belopp i tkr (tusentals kronor).', en: 'Amounts in tkr (thousands of kronor).' },
  'report.unit.kr': { sv: 'Belopp i kronor.', en: 'Amounts in kronor.' },
  'report.thresholds.or': { sv: ' eller ', en: ' or ' },
  'report.thresholds.and': { sv: ' och ', en: ' and ' },
  'report.thresholds.none': { sv: 'inga gränser satta', en: 'no limits set' },
  'report.sign.variance': {
    sv: 'Teckenregel: avvikelse = budget − utfall (t.o.m. period) och budget − prognos (helår). Positiv avvikelse = bättre än budget (lägre kostnad eller högre intäkt); negativ (röd, med minus) = sämre. Kostnader är positiva, intäkter negativa. Färgad avvikelse: når kommentarsgränsen ({thresholds}); röd = sämre, grön = bättre.',
    en: 'Sign convention: variance = budget − actuals (to date) and budget − forecast (full year). Positive = better than budget (lower cost or more revenue); negative (red, with minus) = worse. Costs are positive, revenue negative. Coloured variance: reaches the comment limit ({thresholds}); red = worse, green = better.',
  },
  'report.sign.summary': {
    sv: 'Teckenregel: avvikelse = budget − utfall respektive budget − prognos; positiv = bättre än budget, negativ (röd, med minus) = sämre. Prognos och avvikelse helår omfattar enheterna med inlämnad prognos (se listan nedan). Färgad avvikelse når kommentarsgränsen ({thresholds}).',
    en: 'Sign convention: variance = budget − actuals and budget − forecast; positive = better than budget, negative (red, with minus) = worse. Full-year forecast and variance cover the units with a submitted forecast (see the list below). A coloured variance reaches the comment limit ({thresholds}).',
  },

  // Column headers
  'report.col.costLine': { sv: 'Kostnadsslag', en: 'Cost line' },
  'report.col.budgetYear': { sv: 'Budget helår', en: 'Budget full year' },
  'report.col.budgetToDate': { sv: 'Budget t.o.m. period', en: 'Budget to date' },
  'report.col.actualToDate': { sv: 'Utfall t.o.m. period', en: 'Actuals to date' },
  'report.col.varianceToDate': { sv: 'Avvikelse t.o.m. period', en: 'Variance to date' },
  'report.col.varianceToDatePct': { sv: 'Avvikelse %', en: 'Variance %' },
  'report.col.forecast': { sv: 'Prognos helår', en: 'Full-year forecast' },
  'report.col.forecastShort': { sv: 'Prognos', en: 'Forecast' },
  'report.col.varianceYear': { sv: 'Avvikelse helår', en: 'Full-year variance' },
  'report.col.previous': { sv: 'Föregående prognos', en: 'Previous forecast' },
  'report.col.change': { sv: 'Förändring mot föreg.', en: 'Change since previous' },
  'report.col.cause': { sv: 'Orsak', en: 'Cause' },
  'report.col.action': { sv: 'Åtgärd', en: 'Action' },
  'report.col.actionsYear': { sv: 'Åtgärder, effekt i år', en: 'Actions, effect this year' },
  'report.col.forecastAfter': { sv: 'Prognos efter åtgärder', en: 'Forecast after actions' },
  'report.col.varianceAfter': { sv: 'Avvikelse efter åtgärder', en: 'Variance after actions' },
  'report.col.missing': { sv: 'Saknar prognos', en: 'Missing forecast' },
  'report.col.area': { sv: 'Område', en: 'Area' },
  'report.col.activity': { sv: 'Verksamhet (RS)', en: 'Activity (RS)' },
  'report.col.actionText': { sv: 'Åtgärd', en: 'Action' },
  'report.col.responsible': { sv: 'Ansvarig (roll)', en: 'Responsible (role)' },
  'report.col.costCenter': { sv: 'Ansvar', en: 'Cost centre' },
  'report.col.status': { sv: 'Status', en: 'Status' },
  'report.col.fromMonth': { sv: 'Från månad', en: 'From month' },
  'report.col.amountYear': { sv: 'Belopp (årseffekt)', en: 'Amount (full-year effect)' },
  'report.col.monthsCounted': { sv: 'Månader i år', en: 'Months this year' },
  'report.col.effectYear': { sv: 'Effekt i år', en: 'Effect this year' },
  'report.col.form': { sv: 'Placeringsform', en: 'Placement form' },
  'report.col.countAtEnd': { sv: 'Antal vid periodens slut', en: 'Number at period end' },
  'report.col.careDays': { sv: 'Vårddygn i år', en: 'Care days this year' },
  'report.col.costYear': { sv: 'Kostnad i år', en: 'Cost this year' },
  'report.col.costPerDay': { sv: 'Kostnad per vårddygn', en: 'Cost per care day' },
  'report.col.name': { sv: 'Benämning', en: 'Name' },
  'report.col.roundsScored': { sv: 'Omgångar', en: 'Rounds' },
  'report.col.bias': { sv: 'Medelfel (bias)', en: 'Mean error (bias)' },
  'report.col.mape': { sv: 'MAPE', en: 'MAPE' },
  'report.col.streak': { sv: 'Samma riktning tre gånger i rad', en: 'Same direction three times in a row' },
  'report.col.round': { sv: 'Omgång', en: 'Round' },
  'report.col.outcome': { sv: 'Utfall helår', en: 'Full-year outcome' },
  'report.col.latestForecast': { sv: 'Senaste prognos', en: 'Latest forecast' },
  'report.col.error': { sv: 'Fel (prognos − jämförelse)', en: 'Error (forecast − reference)' },
  'report.col.errorPct': { sv: 'Fel %', en: 'Error %' },
  'report.col.month': { sv: 'Månad', en: 'Month' },
  'report.col.budget': { sv: 'Budget', en: 'Budget' },
  'report.col.actual': { sv: 'Utfall', en: 'Actuals' },
  'report.col.budgetCum': { sv: 'Budget ack.', en: 'Budget cum.' },
  'report.col.actualCum': { sv: 'Utfall ack.', en: 'Actuals cum.' },
  'report.col.forecastCum': { sv: 'Prognos ack.', en: 'Forecast cum.' },
  'report.col.budgetSameUnits': { sv: 'Budget helår (samma enheter)', en: 'Budget full year (same units)' },
  'report.col.unitsWithForecast': { sv: 'Enheter med prognos', en: 'Units with a forecast' },

  // Avvikelse per enhet
  'report.variance.title': { sv: 'Avvikelse per enhet – {period}', en: 'Variance per unit – {period}' },
  'report.variance.unitTotal': { sv: 'Summa {costCenter}', en: 'Total {costCenter}' },
  'report.variance.grandTotal': { sv: 'Totalt alla enheter', en: 'Total, all units' },
  'report.variance.statusApproved': { sv: 'Prognos godkänd', en: 'Forecast approved' },
  'report.variance.statusSubmitted': { sv: 'Prognos inlämnad', en: 'Forecast submitted' },
  'report.variance.statusDraft': { sv: 'Saknar inlämnad prognos (utkast)', en: 'No submitted forecast (draft)' },
  'report.variance.statusNone': { sv: 'Saknar prognos i omgången', en: 'No forecast in the round' },
  'report.variance.followupPrefix': { sv: '(Stratsys)', en: '(Stratsys)' },

  // Sammanställning nämnd
  'report.summary.title': { sv: 'Sammanställning till nämnden – {period}', en: 'Summary for the committee – {period}' },
  'report.summary.byArea': { sv: 'Per område', en: 'By area' },
  'report.summary.byActivity': { sv: 'Per verksamhet (RS)', en: 'By activity (RS)' },
  'report.summary.actions': { sv: 'Åtgärdsplan', en: 'Action plan' },
  'report.summary.actionsTotal': { sv: 'Summa åtgärder', en: 'Total actions' },
  'report.summary.noActions': {
    sv: 'Inga åtgärder i åtgärdsplanen. Fyll i tabellen {table} på bladet "{sheet}" (eller lägg till i fönstret Rapporter) och skapa rapporten igen.',
    en: 'No actions in the action plan. Fill in the table {table} on the sheet "{sheet}" (or add one in the Reports pane) and create the report again.',
  },
  'report.summary.placements': { sv: 'Placeringar', en: 'Placements' },
  'report.summary.placementsMissing': {
    sv: 'Placeringsregistret finns inte i arbetsboken: antal placeringar per form, vårddygn och kostnad i år visas när registret är inläst.',
    en: 'The placement register is not in the workbook: placements per form, care days and cost this year are shown once the register is loaded.',
  },
  'report.summary.placementsSource': { sv: 'Källa: {source}. Antal vid slutet av {date}; vårddygn och kostnad från 1 januari.', en: 'Source: {source}. Number at the end of {date}; care days and cost from 1 January.' },
  'report.summary.missing': { sv: 'Enheter som saknar inlämnad prognos ({count})', en: 'Units without a submitted forecast ({count})' },
  'report.summary.missingLead': {
    sv: 'Dessa enheter ingår inte i prognos och avvikelse helår ovan (de fylls inte i med budget).',
    en: 'These units are not in the full-year forecast and variance above (they are not filled in with budget).',
  },
  'report.summary.noneMissing': { sv: 'Alla enheter har lämnat in prognos.', en: 'Every unit has submitted a forecast.' },
  'report.notes.unmapped': {
    sv: 'Utfall på konton utan kostnadsslag ingår inte: {accounts}. Komplettera kontoplanen.',
    en: 'Actuals on accounts without a cost line are left out: {accounts}. Complete the account map.',
  },
  'report.notes.formulas': {
    sv: 'Område och verksamhet summerar enheternas summarader på bladet "{sheet}" med formler; avvikelser, procent och summor är formler som kan granskas i Excel utan tillägget.',
    en: 'Areas and activities sum the units’ total rows on the sheet "{sheet}" with formulas; variances, percentages and totals are formulas that can be audited in Excel without the add-in.',
  },

  // Prognossäkerhet
  'report.accuracy.title': { sv: 'Prognossäkerhet – {period}', en: 'Forecast accuracy – {period}' },
  'report.accuracy.referenceOutcome': {
    sv: 'Jämförelse: årets utfall {year} (alla tolv månader inlästa).',
    en: 'Reference: the outcome of {year} (all twelve months imported).',
  },
  'report.accuracy.referenceLatest': {
    sv: 'Året pågår: varje omgång jämförs med den senaste prognosen ({label}).',
    en: 'The year is open: each round is compared with the latest forecast ({label}).',
  },
  'report.accuracy.explain': {
    sv: 'Fel = prognos − jämförelse (positivt = prognosen var för hög). Fel % = fel ÷ |jämförelse|. Medelfel (bias) = medelvärdet av felen; MAPE = medelvärdet av |fel %|. Bara inlämnade och godkända prognoser räknas.',
    en: 'Error = forecast − reference (positive = the forecast was too high). Error % = error ÷ |reference|. Bias = mean error; MAPE = mean |error %|. Only submitted and approved forecasts count.',
  },
  'report.accuracy.allUnits': { sv: 'Alla enheter', en: 'All units' },
  'report.accuracy.detail': { sv: 'Omgång för omgång', en: 'Round by round' },
  'report.accuracy.none': {
    sv: 'Ingen omgång att jämföra ännu (det behövs minst två omgångar under året, eller ett stängt år).',
    en: 'No round to compare yet (at least two rounds in the year are needed, or a closed year).',
  },
  'report.accuracy.streakOver': { sv: 'För hög {count} omgångar i rad ({from}–{to})', en: 'Too high {count} rounds in a row ({from}–{to})' },
  'report.accuracy.streakUnder': { sv: 'För låg {count} omgångar i rad ({from}–{to})', en: 'Too low {count} rounds in a row ({from}–{to})' },

  // Diagram
  'report.charts.title': { sv: 'Diagram – budget, utfall och prognos – {period}', en: 'Charts – budget, actuals and forecast – {period}' },
  'report.charts.lead': {
    sv: 'Ackumulerat per månad. Prognosen omfattar enheterna med inlämnad prognos ({missing} saknas); utfallet slutar vid perioden.',
    en: 'Cumulative by month. The forecast covers the units with a submitted forecast ({missing} missing); actuals end at the period.',
  },
  'report.charts.cumulative': { sv: 'Ackumulerat – {label}', en: 'Cumulative – {label}' },
  'report.charts.rounds': { sv: 'Helårsprognos omgång för omgång', en: 'Full-year forecast round by round' },
  'report.charts.roundsTable': { sv: 'Helårsprognos per omgång', en: 'Full-year forecast per round' },
  'report.charts.noRounds': { sv: 'Inga inlämnade prognosomgångar ännu.', en: 'No submitted forecast rounds yet.' },
  'report.charts.data': { sv: 'Diagramdata (skrivs inte ut)', en: 'Chart data (not printed)' },

  // Print
  'report.print.footer': { sv: 'IFO Prognos · {round}', en: 'IFO Prognos · {round}' },
  'report.print.pages': { sv: 'Sida &P av &N', en: 'Page &P of &N' },

  'report.placements.source': { sv: 'placeringsregistret ({count} placeringar)', en: 'the placement register ({count} placements)' },

  // CLI
  'report.cli.summary': {
    sv: 'Månadsrapport: avvikelse per enhet, sammanställning till nämnden, prognossäkerhet, diagram; export till Stratsys',
    en: 'Monthly report: variance per unit, committee summary, forecast accuracy, charts; export to Stratsys',
  },
  'report.cli.help': {
    sv:
      'ifo-prognos report --workbook <bok.xlsx> --period ÅÅÅÅ-MM [--out <rapport.xlsx>] [--json] [--unit tkr|kr]\n' +
      '                   [--stratsys <fil.xlsx|fil.csv>] [--round ÅÅÅÅ-MM] [--collect <enhet.xlsx>]...\n\n' +
      'Skapar månadsrapporten för perioden: bladen "Sammanställning nämnd", "Avvikelse per enhet", "Prognossäkerhet" och\n' +
      '"Diagram uppföljning". Prognosen tas från den senaste omgången till och med perioden där enheter har lämnat in\n' +
      '(eller --round); enheter utan inlämnad prognos listas och fylls aldrig i med budget. Utan --out skrivs bladen in i\n' +
      'arbetsboken (en ny körning ersätter dem); med --out skrivs de till en egen arbetsbok och källan lämnas orörd.\n' +
      '--unit visar belopp i tkr (standard) eller kr. --collect samlar först in enheternas returnerade arbetsböcker.\n' +
      '--stratsys skriver prognos och kommentarer per enhet som fil för uppladdning till Stratsys (.csv eller .xlsx).\n' +
      '--json skriver {"period","units":[{"costCenter","budgetOre","actualToDateOre","forecastOre","varianceOre"}],\n' +
      '"total":{…},"missingForecasts":[ansvar]} (belopp i öre; varianceOre = budget − prognos helår).\n' +
      'Avslutningskod 0 = klart, 2 = indata avvisades (inget skrevs), 1 = internt fel.',
    en:
      'ifo-prognos report --workbook <book.xlsx> --period YYYY-MM [--out <report.xlsx>] [--json] [--unit tkr|kr]\n' +
      '                   [--stratsys <file.xlsx|file.csv>] [--round YYYY-MM] [--collect <unit.xlsx>]...\n\n' +
      'Creates the monthly report for the period: the sheets "Sammanställning nämnd", "Avvikelse per enhet", "Prognossäkerhet"\n' +
      'and "Diagram uppföljning". The forecast comes from the latest round up to the period in which units have submitted\n' +
      '(or --round); units without a submitted forecast are listed and never filled in with budget. Without --out the sheets\n' +
      'are written into the workbook (running again replaces them); with --out they go to a workbook of their own and the\n' +
      'source is left untouched. --unit shows amounts in tkr (default) or kr. --collect first collects returned unit workbooks.\n' +
      '--stratsys writes forecast and comments per unit as a file for upload to Stratsys (.csv or .xlsx).\n' +
      '--json prints {"period","units":[{"costCenter","budgetOre","actualToDateOre","forecastOre","varianceOre"}],\n' +
      '"total":{…},"missingForecasts":[codes]} (amounts in öre; varianceOre = budget − full-year forecast).\n' +
      'Exit code 0 = done, 2 = input refused (nothing written), 1 = internal error.',
  },
  'report.cli.heading': { sv: 'Månadsrapport {period} ({round}) skriven till {file}.', en: 'Monthly report {period} ({round}) written to {file}.' },
  'report.cli.noRound': { sv: 'ingen prognosomgång', en: 'no forecast round' },
  'report.cli.collected': {
    sv: 'Insamling: {collected} enheter insamlade, {unchanged} oförändrade, {conflicts} konflikter.',
    en: 'Collection: {collected} units collected, {unchanged} unchanged, {conflicts} conflicts.',
  },
  'report.cli.actions': {
    sv: 'Åtgärdsplan: {count} åtgärder, effekt i år {effect}; prognos efter åtgärder {after}.',
    en: 'Action plan: {count} actions, effect this year {effect}; forecast after actions {after}.',
  },
  'report.cli.missing': { sv: 'Saknar inlämnad prognos ({count}): {units}.', en: 'Missing a submitted forecast ({count}): {units}.' },
  'report.cli.stratsysWritten': { sv: 'Stratsys-fil skriven: {file} ({rows} rader).', en: 'Stratsys file written: {file} ({rows} rows).' },
  'report.cli.stratsysExtension': {
    sv: 'Stratsys-filen "{file}" måste sluta på .csv eller .xlsx.',
    en: 'The Stratsys file "{file}" must end in .csv or .xlsx.',
  },
  'report.cli.badUnit': { sv: '--unit "{value}": ange tkr eller kr.', en: '--unit "{value}": give tkr or kr.' },

  // Pane
  'report.pane.title': { sv: 'Rapporter', en: 'Reports' },
  'report.pane.lead': {
    sv: 'Månadsrapporten till nämnden: avvikelse per enhet, sammanställning per område och verksamhet med åtgärdsplan och placeringar, prognossäkerhet och diagram. Bladen byggs med Excel-formler som går att granska.',
    en: 'The monthly report to the committee: variance per unit, summary per area and activity with the action plan and placements, forecast accuracy and charts. The sheets are built with Excel formulas that can be audited.',
  },
  'report.pane.period': { sv: 'Period', en: 'Period' },
  'report.pane.choose': { sv: 'Välj …', en: 'Choose …' },
  'report.pane.amounts': { sv: 'Belopp', en: 'Amounts' },
  'report.pane.tkr': { sv: 'tkr', en: 'tkr (thousands)' },
  'report.pane.kr': { sv: 'kr', en: 'kr' },
  'report.pane.createHint': {
    sv: 'En ny rapport för samma period ersätter bladen. Prognosen tas från den senaste omgången med inlämnade prognoser.',
    en: 'A new report for the same period replaces the sheets. The forecast comes from the latest round with submitted forecasts.',
  },
  'report.pane.create': { sv: 'Skapa månadsrapport', en: 'Create monthly report' },
  'report.pane.creating': { sv: 'Skapar månadsrapport för {period}', en: 'Creating the monthly report for {period}' },
  'report.pane.step.read': { sv: 'Läser arbetsboken', en: 'Reading the workbook' },
  'report.pane.step.compute': { sv: 'Räknar', en: 'Computing' },
  'report.pane.step.write': { sv: 'Skriver bladen', en: 'Writing the sheets' },
  'report.pane.created': { sv: 'Månadsrapporten för {period} är skapad.', en: 'The monthly report for {period} is created.' },
  'report.pane.createdDetail': { sv: '{count} blad skrivna; klicka på ett blad i listan för att visa det.', en: '{count} sheets written; click a sheet in the list to show it.' },
  'report.pane.noActuals': {
    sv: 'Arbetsboken har inget utfall ännu. Läs in huvudboken under Import först.',
    en: 'The workbook has no actuals yet. Import the ledger under Import first.',
  },
  'report.pane.resultTitle': { sv: 'Månadsrapport {period}', en: 'Monthly report {period}' },
  'report.pane.roundUsed': { sv: 'Prognos: {label}.', en: 'Forecast: {label}.' },
  'report.pane.sheetsWritten': { sv: 'Skrivna blad:', en: 'Sheets written:' },
  'report.pane.stratsys': { sv: 'Export till Stratsys', en: 'Export to Stratsys' },
  'report.pane.stratsysHint': {
    sv: 'Prognos och kommentar per enhet och kostnadsslag för enheterna med inlämnad prognos, för uppladdning.',
    en: 'Forecast and comment per unit and cost line for the units with a submitted forecast, for upload.',
  },
  'report.pane.stratsysCsv': { sv: 'Ladda ned CSV', en: 'Download CSV' },
  'report.pane.stratsysXlsx': { sv: 'Ladda ned xlsx', en: 'Download xlsx' },
  'report.pane.actionsLead': {
    sv: 'Åtgärderna finns i tabellen på bladet "{sheet}" och kan ändras där. Beloppet är åtgärdens helårseffekt; effekten i år räknas för månaderna efter perioden och minskar prognosen i rapporten.',
    en: 'The actions are in the table on the sheet "{sheet}" and can be edited there. The amount is the action’s full-year effect; the effect this year counts the months after the period and reduces the forecast in the report.',
  },
  'report.pane.noActions': { sv: 'Inga åtgärder ännu.', en: 'No actions yet.' },
  'report.pane.actionLine': {
    sv: '{costCenter} · {responsible} · {status} · {amount} per år från {from} · effekt i år {effect} ({months} mån.)',
    en: '{costCenter} · {responsible} · {status} · {amount} a year from {from} · effect this year {effect} ({months} months)',
  },
  'report.pane.addAction': { sv: 'Lägg till en åtgärd', en: 'Add an action' },
  'report.pane.responsibleHint': { sv: 'En roll, t.ex. enhetschef – inget namn.', en: 'A role, e.g. unit manager – no name.' },
  'report.pane.amountLabel': { sv: 'Belopp, helårseffekt (kr)', en: 'Amount, full-year effect (kr)' },
  'report.pane.amountHint': { sv: 'Positivt = lägre kostnad.', en: 'Positive = lower cost.' },
  'report.pane.addActionButton': { sv: 'Lägg till åtgärd', en: 'Add action' },
  'report.pane.actionAdded': { sv: 'Åtgärden "{action}" är tillagd.', en: 'The action "{action}" is added.' },
  'report.pane.actionAddedDetail': {
    sv: 'Den finns på bladet "{sheet}" och räknas med när rapporten skapas igen.',
    en: 'It is on the sheet "{sheet}" and counts when the report is created again.',
  },

  // Stratsys export
  'report.stratsys.title': { sv: 'Prognos och kommentarer för uppladdning till Stratsys', en: 'Forecast and comments for upload to Stratsys' },
} satisfies TextTable;
