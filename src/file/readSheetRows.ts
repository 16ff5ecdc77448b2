/**
 * Reads the rows of one sheet of an .xlsx file for an import, in the browser or in Node (JSZip + a small
 * worksheet reader; no ExcelJS workbook model, so a 70,000-row extract costs seconds, not a gigabyte).
 * For Node-side streaming of files too big to hold, see ./node/streamSheetRows.
 */
import { UserError } from '../core/errors';
import type { CellValue } from '../core/port';
import { loadJSZip, type ZipArchive } from './libs';
import { readPackageSheets, readRels, readText, workbookPart, type PackageSheet } from './package';
import { parseSharedStrings, SheetRowParser } from './sheetXml';

export interface SheetRowsOptions {
  /** Sheet to read (case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** File name for messages. */
  fileName?: string;
}

export interface SheetRows {
  /** All worksheets of the file in tab order. */
  sheetNames: string[];
  /** The sheet read. */
  sheet: string;
  /**
   * rows[i] holds sheet row i + 1 from column A: null for empty cells, trailing empties trimmed, empty rows as [].
   * Rows after the last one with a value are left out.
   */
  rows: CellValue[][];
}

const SHARED_STRINGS = /\/sharedStrings$/;

interface StreamHelper {
  on(event: 'data', cb: (chunk: string) => void): StreamHelper;
  on(event: 'error', cb: (e: Error) => void): StreamHelper;
  on(event: 'end', cb: () => void): StreamHelper;
  resume(): StreamHelper;
}

/** Inflates a zip entry as text in chunks (JSZip's internal stream; not in its typings). */
export function streamEntryText(zip: ZipArchive, path: string, onChunk: (text: string) => void): Promise<void> {
  const file = zip.file(path) as unknown as { internalStream?: (type: 'string') => StreamHelper } | null;
  if (!file?.internalStream) return Promise.reject(new Error(`${path} missing`));
  const stream = file.internalStream('string');
  return new Promise((resolve, reject) => {
    stream
      .on('data', (chunk) => {
        try {
          onChunk(chunk);
        } catch (e) {
          reject(e as Error);
        }
      })
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
}

/** Opens an .xlsx package; UserError port.file.notXlsx when the bytes are not one. */
export async function openPackage(bytes: Uint8Array, fileName: string): Promise<{ zip: ZipArchive; sheets: PackageSheet[] }> {
  const JSZip = await loadJSZip();
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError('port.file.notXlsx', { file: fileName });
  let zip: ZipArchive;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UserError('port.file.notXlsx', { file: fileName });
  }
  if (!(await workbookPart(zip))) throw new UserError('port.file.notXlsx', { file: fileName });
  let sheets: PackageSheet[];
  try {
    sheets = await readPackageSheets(zip);
  } catch (e) {
    throw new UserError('port.file.unreadable', { file: fileName, message: e instanceof Error ? e.message : String(e) });
  }
  if (!sheets.length) throw new UserError('port.file.noSheets', { file: fileName });
  return { zip, sheets };
}

/** Picks the sheet to read: by name (case-insensitive), else the first visible one. */
export function pickSheet<T extends { name: string; state: string }>(sheets: T[], wanted: string | undefined, fileName: string): T {
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new UserError('port.file.sheetMissing', { file: fileName, sheet: wanted, sheets: sheets.map((s) => s.name).join(', ') });
    return found;
  }
  return sheets.find((s) => s.state === 'visible') ?? sheets[0];
}

/** Reads one sheet's rows (see SheetRows). */
export async function readSheetRows(bytes: Uint8Array, options: SheetRowsOptions = {}): Promise<SheetRows> {
  const fileName = options.fileName ?? 'arbetsbok.xlsx';
  const { zip, sheets } = await openPackage(bytes, fileName);
  const sheet = pickSheet(sheets, options.sheet, fileName);
  try {
    const wbPart = (await workbookPart(zip)) as string;
    const wbXml = (await readText(zip, wbPart)) ?? '';
    const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(wbXml);
    const sstRel = (await readRels(zip, wbPart)).find((r) => SHARED_STRINGS.test(r.type) && !r.external);
    const sstXml = sstRel ? await readText(zip, sstRel.target) : null;
    const shared = sstXml ? parseSharedStrings(sstXml) : [];
    const rows: CellValue[][] = [];
    const parser = new SheetRowParser(
      shared,
      (index, values) => {
        while (rows.length < index) rows.push([]);
        rows[index] = values;
      },
      date1904,
    );
    await streamEntryText(zip, sheet.part, (chunk) => parser.push(chunk));
    parser.end();
    return { sheetNames: sheets.map((s) => s.name), sheet: sheet.name, rows };
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('port.file.unreadable', { file: fileName, message: e instanceof Error ? e.message : String(e) });
  }
}
