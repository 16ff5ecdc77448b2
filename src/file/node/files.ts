/** Node only: opening and saving workbook files for the CLI. */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../core/errors';
import { readSheetRows, type SheetRows, type SheetRowsOptions } from '../readSheetRows';
import { XlsxWorkbook } from '../xlsxWorkbook';

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const b = await readFile(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    throw new UserError('port.file.unreadable', { file: basename(path), message: e instanceof Error ? e.message : String(e) });
  }
}

/** Opens an .xlsx file as a Workbook port. */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await readBytes(path), basename(path));
}

/** Saves atomically: written beside the target, then renamed over it (a crash never leaves half a file). */
export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<number> {
  const bytes = await workbook.save();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  return bytes.length;
}

/** readSheetRows on a file path. */
export async function readSheetRowsFromFile(path: string, options: Omit<SheetRowsOptions, 'fileName'> = {}): Promise<SheetRows> {
  return readSheetRows(await readBytes(path), { ...options, fileName: basename(path) });
}
