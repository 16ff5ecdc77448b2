/**
 * Sources of an import and their row streams.
 *
 * - A text source (CSV/TXT/TSV) is a sequence of byte chunks: decoded (encoding detected), delimiter detected,
 *   parsed in streaming mode.
 * - A grid source is rows of cells: an xlsx sheet read by src/file, or Excel's active sheet / selection read
 *   in chunks through the Workbook port. Numbers stay numbers.
 *
 * Both become batches of rows with the row number the user sees (file line or sheet row, 1-based).
 */
import type { CellValue, WorkbookPort } from '../port';
import { parseRange } from '../a1';
import { throwIfCancelled, UserError, type CancelSignal } from '../errors';
import { SNIFF_BYTES, StreamTextDecoder, hasC1, remapC1, type DecoderHooks, type TextEncodingName } from './encoding';
import { CsvParser, delimiterName, detectDelimiter, type Delimiter, type LineHandler } from './csv';
import type { RawCell } from './values';
import type { UserMapping } from './columns';
import type { ImportKind } from './types';

/** The content hash (SHA-256, hex) of a source, computed by the caller (Node: node:crypto; browser: crypto.subtle). */
export type HashProvider = string | (() => Promise<string>);

/**
 * Choices that belong to one source (the task pane confirms each file's columns on its own): they win over the
 * run's `ImportOptions.map` / `kind` for this source.
 */
export interface SourceChoices {
  /** The user's column choices for this source: field id or alias → header or column letter. */
  map?: UserMapping;
  /** The kind of this source, instead of detecting it. */
  kind?: ImportKind;
}

export interface TextSource extends SourceChoices {
  type: 'text';
  /** File name as the user knows it. */
  name: string;
  /** Size in bytes when known (checked against the size limit before reading). */
  size?: number;
  /** The bytes, in order, in chunks of any size. */
  chunks(): AsyncIterable<Uint8Array>;
  hash?: HashProvider;
}

export interface GridChunk {
  /** 0-based index of the first row of the chunk within the rows read. */
  rowOffset?: number;
  values: CellValue[][];
}

export interface GridSource extends SourceChoices {
  type: 'grid';
  name: string;
  /** 'xlsx' for a file, 'excel' for the open workbook. */
  format: 'xlsx' | 'excel';
  size?: number;
  /** Sheet read (for messages and the reconciliation). */
  sheet?: string;
  /** 1-based sheet row of the first row delivered (default 1). */
  firstRow?: number;
  rows(): AsyncIterable<GridChunk>;
  hash?: HashProvider;
}

export type ImportSource = TextSource | GridSource;

/** A batch of rows with their 1-based row numbers. */
export interface RowBatch {
  rows: RawCell[][];
  lines: number[];
}

/** What the front-end found out about a source while reading it. */
export interface SourceInfo {
  file: string;
  /** Encoding of a text file; 'xlsx' / 'excel' for grids. */
  encoding: TextEncodingName | 'xlsx' | 'excel' | null;
  /** Delimiter of a text file ('tab' for tab), null for grids. */
  delimiter: string | null;
  /** Raw delimiter, for the field-count check. */
  rawDelimiter: Delimiter | null;
  /**
   * Text sources: a consumer may install a fast line handler (see csv.ts LineHandler) between batches; lines
   * it consumes never become rows.
   */
  lineHandler: LineHandler | null;
  /**
   * Text sources: when set, parsed records go straight to it (synchronously, in file order) instead of into
   * batches; a consumer with a line handler installs both, so a line it declines is handled before the next.
   */
  rowHandler: ((fields: string[], line: number) => void) | null;
  isText: boolean;
  sheet: string | null;
}

export interface ReadOptions {
  hooks?: DecoderHooks;
  signal?: CancelSignal;
  /** Told after each chunk read: bytes (text) and rows so far. */
  onChunk?: (p: { bytesRead?: number; rowsRead: number }) => void;
  /** Rows per batch for text sources. */
  batchRows?: number;
}

export function newSourceInfo(source: ImportSource): SourceInfo {
  return {
    file: source.name,
    encoding: source.type === 'grid' ? source.format : null,
    delimiter: null,
    rawDelimiter: null,
    lineHandler: null,
    rowHandler: null,
    isText: source.type === 'text',
    sheet: source.type === 'grid' ? (source.sheet ?? null) : null,
  };
}

/** Streams the rows of a source; fills `info` (encoding, delimiter) as soon as it is known. */
export async function* sourceRows(source: ImportSource, info: SourceInfo, opts: ReadOptions = {}): AsyncGenerator<RowBatch> {
  if (source.type === 'grid') {
    const first = source.firstRow ?? 1;
    let next = 0;
    for await (const chunk of source.rows()) {
      throwIfCancelled(opts.signal);
      const off = chunk.rowOffset ?? next;
      const lines = new Array<number>(chunk.values.length);
      for (let i = 0; i < lines.length; i++) lines[i] = first + off + i;
      next = off + chunk.values.length;
      // A file source may learn its sheet only when it opens the file (the first visible sheet).
      if (info.sheet === null && source.sheet) info.sheet = source.sheet;
      opts.onChunk?.({ rowsRead: next });
      yield { rows: chunk.values as RawCell[][], lines };
    }
    return;
  }
  yield* textRows(source, info, opts);
}

async function* textRows(source: TextSource, info: SourceInfo, opts: ReadOptions): AsyncGenerator<RowBatch> {
  // With a native Latin-1 decoder the Windows-1252 remap is deferred to the records that become rows (the
  // fused ledger path keeps no text), see StreamTextDecoder.c1Deferred.
  const decoder = new StreamTextDecoder(source.name, opts.hooks, { deferC1: true });
  const batchRows = opts.batchRows ?? 1024;
  let parser: CsvParser | null = null;
  let rows: RawCell[][] = [];
  let lines: number[] = [];
  const sink = (fields: string[], line: number) => {
    if (decoder.c1Deferred) {
      for (let i = 0; i < fields.length; i++) if (hasC1(fields[i])) fields[i] = remapC1(fields[i]);
    }
    const direct = info.rowHandler;
    if (direct !== null) direct(fields, line);
    else {
      rows.push(fields);
      lines.push(line);
    }
  };
  // Gather the first SNIFF_BYTES before deciding anything.
  const sniff: Uint8Array[] = [];
  let sniffLen = 0;
  let started = false;
  const start = (text: string) => {
    const d = detectDelimiter(text) ?? ';';
    info.rawDelimiter = d;
    info.delimiter = delimiterName(d);
    parser = new CsvParser(d, { fileName: source.name });
    started = true;
  };
  // Rows are handed on in small batches: a whole megabyte of rows held at once would survive the young
  // generation of the garbage collector and cost more than the parsing itself.
  const PIECE = 32 * 1024;
  const pending: string[] = [];
  const feed = (text: string) => {
    if (!started) start(text);
    info.encoding = decoder.encoding;
    for (let o = 0; o < text.length; o += PIECE) pending.push(o === 0 && text.length <= PIECE ? text : text.slice(o, o + PIECE));
  };
  const drain = function* (): Generator<RowBatch> {
    while (pending.length) {
      parser!.lineHandler = info.lineHandler;
      parser!.push(pending.shift()!, sink);
      if (rows.length >= batchRows || pending.length === 0) {
        if (rows.length) yield { rows, lines };
        rows = [];
        lines = [];
      }
    }
  };
  let sawAny = false;
  let bytesRead = 0;
  for await (const chunk of source.chunks()) {
    throwIfCancelled(opts.signal);
    if (chunk.length === 0) continue;
    sawAny = true;
    bytesRead += chunk.length;
    if (!started && sniffLen < SNIFF_BYTES) {
      sniff.push(chunk);
      sniffLen += chunk.length;
      if (sniffLen < SNIFF_BYTES) continue;
      feed(decoder.push(concat(sniff, sniffLen)));
      sniff.length = 0;
    } else {
      feed(decoder.push(chunk));
    }
    yield* drain();
    opts.onChunk?.({ bytesRead, rowsRead: parser ? (parser as CsvParser).linesRead : 0 });
  }
  if (!sawAny) throw new UserError('import.file.empty', { file: source.name });
  if (!started) {
    const text = decoder.push(concat(sniff, sniffLen), true) + decoder.end();
    feed(text);
  } else {
    const tail = decoder.end();
    if (tail) feed(tail);
  }
  yield* drain();
  info.encoding = decoder.encoding;
  parser!.lineHandler = info.lineHandler;
  parser!.end(sink);
  if (rows.length) yield { rows, lines };
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A text source over bytes in memory (tests, the task pane's File.arrayBuffer()). */
export function bytesSource(name: string, bytes: Uint8Array, chunkSize = 1 << 20, hash?: HashProvider): TextSource {
  return {
    type: 'text',
    name,
    size: bytes.length,
    hash,
    async *chunks() {
      for (let o = 0; o < bytes.length; o += chunkSize) yield bytes.subarray(o, Math.min(bytes.length, o + chunkSize));
    },
  };
}

/** A grid source over rows in memory. */
export function rowsSource(name: string, rows: CellValue[][], opts: { sheet?: string; format?: 'xlsx' | 'excel'; firstRow?: number; hash?: HashProvider } = {}): GridSource {
  return {
    type: 'grid',
    name,
    format: opts.format ?? 'xlsx',
    sheet: opts.sheet,
    firstRow: opts.firstRow,
    hash: opts.hash,
    async *rows() {
      yield { rowOffset: 0, values: rows };
    },
  };
}

/**
 * A grid source over a sheet (or a range of it) of the open workbook, read in chunks through the port.
 * Row numbers in messages are sheet rows when an address is given; for a whole sheet they count from the
 * top of its used range (which is row 1 for an extract pasted at A1).
 */
export function workbookRangeSource(port: WorkbookPort, sheet: string, address?: string): GridSource {
  const first = address ? parseRange(address).top + 1 : 1;
  return {
    type: 'grid',
    name: address ? `${sheet}!${address}` : sheet,
    format: 'excel',
    sheet,
    firstRow: first,
    rows: () => port.readRangeChunks(sheet, address),
  };
}

/**
 * The task pane's "read the active sheet / selection": the selected range when more than one cell is selected,
 * else the whole used range of the active sheet. UserError when the host has no selection.
 */
export async function activeSelectionSource(port: WorkbookPort): Promise<GridSource> {
  const sel = await port.getSelection();
  if (!sel) throw new UserError('import.selection.none');
  const address = (sel.address.includes('!') ? sel.address.slice(sel.address.lastIndexOf('!') + 1) : sel.address).replace(/\$/g, '');
  let r: ReturnType<typeof parseRange> | null;
  try {
    r = parseRange(address);
  } catch {
    r = null; // whole columns or rows ("A:C", "1:40"): the sheet's used range
  }
  const single = !r || (r.rows === 1 && r.cols === 1);
  return workbookRangeSource(port, sel.sheet, single ? undefined : address);
}
