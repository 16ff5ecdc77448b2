/** Node-only parts of the xlsx adapter (CLI): file helpers and the streaming row reader. */
export { openXlsxFile, saveXlsxFile, readSheetRowsFromFile } from './files';
export { streamSheetRows, type StreamSheetRowsOptions } from './streamSheetRows';
