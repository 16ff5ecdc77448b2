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
