/**
 * The xlsx adapter (browser-safe): the Workbook port over an in-memory .xlsx (XlsxWorkbook) and the row reader
 * for imports (readSheetRows). Node-only helpers (files, streaming reader) are in ./node.
 * The task pane and the preview should import this module with a dynamic import() so ExcelJS loads on demand.
 */
export { XlsxWorkbook, type WorkbookChange, type ChangeListener } from './xlsxWorkbook';
export { readSheetRows, type SheetRows, type SheetRowsOptions } from './readSheetRows';
