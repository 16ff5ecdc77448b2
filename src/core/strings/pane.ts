import type { TextTable } from './types';

/**
 * User-facing texts for the task pane and the browser preview. Keys are 'pane.<what>'.
 * Each view's own texts go under 'pane.<view>.*' (import, forecast, placements, resourceBoard, reports).
 */
export const paneStrings = {
  // Shell
  'pane.nav.label': { sv: 'Avsnitt', en: 'Sections' },
  'pane.nav.import': { sv: 'Import', en: 'Import' },
  'pane.nav.forecast': { sv: 'Prognos', en: 'Forecast' },
  'pane.nav.placements': { sv: 'Placeringar', en: 'Placements' },
  'pane.nav.resourceBoard': { sv: 'Resursråd', en: 'Resource board' },
  'pane.nav.reports': { sv: 'Rapporter', en: 'Reports' },
  'pane.header.preview': { sv: 'Förhandsvisning · {file}', en: 'Preview · {file}' },
  'pane.header.excel': { sv: 'I Excel', en: 'In Excel' },
  'pane.header.excelApi': { sv: 'I Excel · ExcelApi {version}', en: 'In Excel · ExcelApi {version}' },
  'pane.header.sheets': { sv: '{count} blad i arbetsboken', en: '{count} sheets in the workbook' },
  'pane.boot.loading': { sv: 'Startar IFO Prognos …', en: 'Starting IFO Prognos …' },
  'pane.boot.failedTitle': { sv: 'IFO Prognos kunde inte starta', en: 'IFO Prognos could not start' },
  'pane.boot.retry': { sv: 'Försök igen', en: 'Try again' },
  'pane.boot.noPreviewHost': {
    sv: 'Sidan är öppnad utanför förhandsvisningen. Öppna preview.html i stället.',
    en: 'The page was opened outside the preview. Open preview.html instead.',
  },
  'pane.boot.notInExcel': {
    sv: 'Office.js är inte laddat. Öppna IFO Prognos från fliken Start i Excel (Office.js hämtas från Microsofts server), eller prova tillägget i förhandsvisningen preview.html.',
    en: 'Office.js is not loaded. Open IFO Prognos from the Home tab in Excel (Office.js is fetched from Microsoft’s server), or try the add-in in the preview, preview.html.',
  },
  'pane.boot.excelUnavailable': {
    sv: 'Kopplingen till Excel (Office.js) kunde inte startas: {reason}',
    en: 'The connection to Excel (Office.js) could not be started: {reason}',
  },
  'pane.view.loading': { sv: 'Läser in …', en: 'Loading …' },
  'pane.view.loadFailed': {
    sv: 'Avsnittet kunde inte läsas in. Stäng och öppna fönstret igen.',
    en: 'The section could not be loaded. Close and reopen the pane.',
  },

  // Long operations (status area)
  'pane.status.region': { sv: 'Pågående arbete', en: 'Work in progress' },
  'pane.status.busy': {
    sv: 'Vänta tills ”{label}” är klart, eller avbryt det först.',
    en: 'Wait until “{label}” has finished, or cancel it first.',
  },
  'pane.status.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'pane.status.cancelling': { sv: 'Avbryter …', en: 'Cancelling …' },
  'pane.status.count': { sv: '{done} av {total}', en: '{done} of {total}' },
  'pane.status.cancelledTitle': { sv: 'Avbrutet', en: 'Cancelled' },

  // Errors and notices
  'pane.error.refusedTitle': { sv: 'Indata togs inte emot', en: 'The input was refused' },
  'pane.error.internalTitle': { sv: 'Något gick fel', en: 'Something went wrong' },
  'pane.error.sheet': { sv: 'blad {sheet}', en: 'sheet {sheet}' },
  'pane.error.issuesHeading': { sv: 'Problem i indata ({count})', en: 'Problems in the input ({count})' },
  'pane.error.moreIssues': { sv: '… och {count} till.', en: '… and {count} more.' },
  'pane.notice.dismiss': { sv: 'Stäng meddelandet', en: 'Dismiss the message' },

  // Sections not built yet
  'pane.planned.badge': { sv: 'Under utveckling', en: 'In development' },
  'pane.planned.note': {
    sv: 'Den här delen är inte byggd ännu. Här visas inga siffror förrän den är klar.',
    en: 'This part has not been built yet. No figures are shown here until it is ready.',
  },
  'pane.planned.willDo': { sv: 'Det här kommer du att kunna göra:', en: 'What you will be able to do here:' },

  'pane.forecast.title': { sv: 'Helårsprognos', en: 'Full-year forecast' },
  'pane.forecast.lead': {
    sv: 'Enhetschefens prognos för helåret, per kostnadsslag, med förslag och historik.',
    en: 'The unit manager’s forecast for the full year, per cost line, with proposals and history.',
  },
  'pane.forecast.point1': {
    sv: 'Välj din enhet och se per kostnadsslag: budget, utfall hittills, ett förslag med namngiven metod, din prognos och avvikelsen mot budget.',
    en: 'Pick your unit and see per cost line: budget, actuals to date, a proposal with its method named, your forecast and the variance against budget.',
  },
  'pane.forecast.point2': {
    sv: 'Godta ett förslag med ett klick eller skriv helårsbelopp eller månadsbelopp; orsak och åtgärd krävs vid stor avvikelse.',
    en: 'Accept a proposal in one click or enter a full-year or monthly figure; cause and action are required when the variance is large.',
  },
  'pane.forecast.point3': {
    sv: 'Prognosen sparas i arbetsboken vid varje ändring och varje prognosomgång behålls.',
    en: 'The forecast is saved in the workbook on every edit and every forecast round is kept.',
  },
  'pane.forecast.point4': {
    sv: 'Lämna in prognosen; ekonomen godkänner eller öppnar den igen.',
    en: 'Submit the forecast; the controller approves it or reopens it.',
  },

  'pane.placements.title': { sv: 'Placeringar', en: 'Placements' },
  'pane.placements.lead': {
    sv: 'Placeringsregistret och dess kostnad till årets slut.',
    en: 'The placement register and its cost to the end of the year.',
  },
  'pane.placements.point1': {
    sv: 'För registret över pågående och planerade placeringar med ärendenyckel – aldrig namn eller personnummer.',
    en: 'Keep the register of ongoing and planned placements with a case key – never a name or personal identity number.',
  },
  'pane.placements.point2': {
    sv: 'Se kostnad och vårddygn per månad till årets slut och antal placeringar per form, enhet och målgrupp.',
    en: 'See cost and care days per month to the end of the year and the number of placements per form, unit and target group.',
  },
  'pane.placements.point3': {
    sv: 'Se kostnader som ännu inte fakturerats och uppföljningar som ska göras inom 30 dagar.',
    en: 'See costs not yet invoiced and reviews due within 30 days.',
  },

  'pane.reports.title': { sv: 'Rapporter', en: 'Reports' },
  'pane.reports.lead': {
    sv: 'Månadsrapporten till nämnden för en vald period.',
    en: 'The monthly report to the committee for a chosen period.',
  },
  'pane.reports.point1': {
    sv: 'Avvikelse per enhet och sammanställning per verksamhet: budget, utfall, avvikelse, helårsprognos och åtgärdsplan.',
    en: 'Variance per unit and a summary per activity: budget, actuals, variance, full-year forecast and action plan.',
  },
  'pane.reports.point2': {
    sv: 'Diagram över utfall och prognos samt prognossäkerhet per prognosomgång.',
    en: 'Charts of actuals and forecast, and forecast accuracy per forecast round.',
  },
  'pane.reports.point3': {
    sv: 'Bladen byggs med Excel-formler så att varje siffra går att granska utan tillägget; export till Stratsys.',
    en: 'The sheets are built with Excel formulas so every figure can be audited without the add-in; export to Stratsys.',
  },

  // Browser preview (preview.html)
  'pane.preview.title': { sv: 'IFO Prognos – förhandsvisning', en: 'IFO Prognos – preview' },
  'pane.preview.open': { sv: 'Öppna .xlsx …', en: 'Open .xlsx …' },
  'pane.preview.download': { sv: 'Ladda ned', en: 'Download' },
  'pane.preview.restore': { sv: 'Återställ Exempelkommun', en: 'Restore Exempelkommun' },
  'pane.preview.reloadPane': { sv: 'Öppna fönstret igen', en: 'Reopen the pane' },
  'pane.preview.reloadPaneHint': {
    sv: 'Stänger och öppnar åtgärdsfönstret igen, som i Excel. Arbetsboken ligger kvar.',
    en: 'Closes and reopens the task pane, as in Excel. The workbook stays.',
  },
  'pane.preview.showHidden': { sv: 'Visa dolda blad', en: 'Show hidden sheets' },
  'pane.preview.sheets': { sv: 'Blad', en: 'Sheets' },
  'pane.preview.hiddenSheet': { sv: '{sheet} (dolt)', en: '{sheet} (hidden)' },
  'pane.preview.loading': { sv: 'Läser in arbetsboken …', en: 'Loading the workbook …' },
  'pane.preview.emptyWorkbook': { sv: 'Arbetsboken har inga blad.', en: 'The workbook has no sheets.' },
  'pane.preview.emptySheet': { sv: 'Bladet är tomt.', en: 'The sheet is empty.' },
  'pane.preview.paneTitle': { sv: 'Åtgärdsfönstret IFO Prognos', en: 'IFO Prognos task pane' },
  'pane.preview.grid': { sv: 'Bladet {sheet}', en: 'Sheet {sheet}' },
  'pane.preview.gridRole': { sv: 'kalkylblad', en: 'spreadsheet' },
  'pane.preview.size': { sv: '{rows} rader × {columns} kolumner', en: '{rows} rows × {columns} columns' },
  'pane.preview.formulaNotCalculated': {
    sv: 'Formeln räknas ut när arbetsboken öppnas i Excel; förhandsvisningen räknar inte.',
    en: 'The formula is calculated when the workbook is opened in Excel; the preview does not calculate.',
  },
  'pane.preview.newWorkbookFile': { sv: 'Ny arbetsbok.xlsx', en: 'New workbook.xlsx' },
  'pane.preview.exampleMissing': {
    sv: 'Exempelkommuns arbetsbok finns inte i bygget; en tom arbetsbok visas. Exempelfilerna kan läsas in via Import.',
    en: 'Exempelkommun’s workbook is not in the build; an empty workbook is shown. The example files can be loaded through Import.',
  },
  'pane.preview.exampleFiles': { sv: 'Exempelfiler', en: 'Example files' },
  'pane.preview.openFailed': { sv: 'Filen {file} kunde inte öppnas.', en: 'The file {file} could not be opened.' },
  'pane.preview.workbookUnavailable': {
    sv: 'Förhandsvisningens arbetsbok (xlsx) kunde inte startas: {reason}',
    en: 'The preview’s workbook (xlsx) could not be started: {reason}',
  },
} satisfies TextTable;
