/**
 * Node only: streams the rows of one sheet of a large .xlsx file in chunks with ExcelJS's streaming
 * WorkbookReader, so a full-year ledger never sits in memory as a workbook. Same row shape as readSheetRows:
 * each chunk continues the previous one; row k of the stream (counting all chunks) is sheet row k + 1, empty
 * rows come as [], values from column A with trailing empties trimmed; numbers stay numbers, dates serials.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { CellValue } from '../../core/port';
import { CancelledError, UserError, type CancelSignal } from '../../core/errors';
import { fromExcelValue } from '../cellValue';
import { loadExcelJS } from '../libs';
import { decodeOoxmlText } from '../xml';

export interface StreamSheetRowsOptions {
  /** Sheet to read (case-insensitive); default the first visible sheet. */
  sheet?: string;
  /** Rows per chunk (default 5,000). */
  chunkRows?: number;
  /** File name for messages (default: the path's last part). */
  fileName?: string;
  /** Told which sheet is read, before the first chunk. */
  onSheet?: (info: { sheet: string; sheetNames: string[] }) => void;
  signal?: CancelSignal;
}

interface ReaderSheetModel {
  name: string;
  state?: string;
  id: number;
}

interface WorksheetReaderLike extends AsyncIterable<RowLike> {
  id: number | string;
  name: string;
  state?: string;
}

interface RowLike {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

interface WorkbookReaderLike extends AsyncIterable<WorksheetReaderLike> {
  model?: { sheets?: ReaderSheetModel[] };
}

type ReaderCtor = new (input: string | Readable, options: Record<string, string>) => WorkbookReaderLike;

async function checkSignature(path: string, fileName: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new UserError('port.file.unreadable', { file: fileName, message: e instanceof Error ? e.message : String(e) });
  }
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    if (bytesRead < 4 || head[0] !== 0x50 || head[1] !== 0x4b) throw new UserError('port.file.notXlsx', { file: fileName });
  } finally {
    await handle.close();
  }
}

/** A streamed cell value as a port value; strings carry OOXML escapes the streaming reader does not decode. */
function streamedValue(v: unknown): CellValue {
  const value = fromExcelValue(v);
  return typeof value === 'string' ? decodeOoxmlText(value) : value;
}

function rowValues(row: RowLike): CellValue[] {
  const src = Array.isArray(row.values) ? row.values : [];
  const out: CellValue[] = [];
  let last = -1;
  // ExcelJS row values are 1-based (index 0 unused) and sparse.
  for (let c = 1; c < src.length; c++) {
    const v = streamedValue(src[c]);
    out.push(v);
    if (v !== null) last = c - 1;
  }
  out.length = last + 1;
  return out;
}

/**
 * Streams a sheet's rows in chunks. `source` is a file path (checked to be a zip first) or a readable stream.
 * Not an xlsx → UserError port.file.notXlsx; unreadable → port.file.unreadable; no such sheet → port.file.sheetMissing.
 */
export async function* streamSheetRows(source: string | Readable, options: StreamSheetRowsOptions = {}): AsyncIterable<CellValue[][]> {
  const fileName = options.fileName ?? (typeof source === 'string' ? (source.split(/[\\/]/).pop() ?? source) : 'arbetsbok.xlsx');
  const chunkRows = Math.max(1, Math.floor(options.chunkRows ?? 5000));
  if (typeof source === 'string') await checkSignature(source, fileName);
  const lib = await loadExcelJS();
  const Reader = (lib.stream.xlsx as unknown as { WorkbookReader: ReaderCtor }).WorkbookReader;
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const reader = new Reader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' });

  let found = false;
  const seen: string[] = [];
  try {
    for await (const ws of reader) {
      const sheets = reader.model?.sheets ?? [];
      seen.push(ws.name);
      const wanted = options.sheet?.toLowerCase();
      const isTarget = wanted !== undefined ? ws.name.toLowerCase() === wanted : !found && isFirstVisible(ws, sheets);
      if (!isTarget || found) continue;
      found = true;
      options.onSheet?.({ sheet: ws.name, sheetNames: sheets.length ? sheets.map((s) => s.name) : [ws.name] });
      let chunk: CellValue[][] = [];
      let next = 1;
      for await (const row of ws) {
        if (options.signal?.aborted) throw new CancelledError();
        const values = rowValues(row);
        if (!values.length) continue;
        // Fill skipped (empty) rows so positions stay sheet rows.
        while (next < row.number) {
          chunk.push([]);
          next++;
          if (chunk.length >= chunkRows) {
            yield chunk;
            chunk = [];
          }
        }
        chunk.push(values);
        next = row.number + 1;
        if (chunk.length >= chunkRows) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length) yield chunk;
      // The rest of the package is not needed.
      break;
    }
  } catch (e) {
    if (e instanceof UserError || e instanceof CancelledError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    if (/signature|zip|end of central directory/i.test(message)) throw new UserError('port.file.notXlsx', { file: fileName });
    throw new UserError('port.file.unreadable', { file: fileName, message });
  } finally {
    if (typeof source === 'string') (input as Readable).destroy();
  }
  if (!found) {
    const names = (reader.model?.sheets ?? []).map((s) => s.name);
    if (options.sheet !== undefined) {
      throw new UserError('port.file.sheetMissing', { file: fileName, sheet: options.sheet, sheets: (names.length ? names : seen).join(', ') });
    }
    throw new UserError('port.file.noSheets', { file: fileName });
  }
}

/** True when this worksheet is the first visible one in tab order (or the order is unknown). */
function isFirstVisible(ws: WorksheetReaderLike, sheets: ReaderSheetModel[]): boolean {
  if (!sheets.length) return true;
  const first = sheets.find((s) => (s.state ?? 'visible') === 'visible') ?? sheets[0];
  return first.name === ws.name;
}
