/**
 * Import sources in the browser: a File (from the file input, a drop, or an example file fetched from the
 * preview) becomes a core ImportSource. Text files are read in slices (never whole), with a pause for the
 * browser between slices so the progress bar paints and a click on Avbryt gets through. xlsx files are read
 * with src/file's row reader (loaded on demand). The content hash is SHA-256 with Web Crypto.
 */
import type { GridSource, ImportSource, TextSource } from '../../../core/import';

/** Bytes read per slice of a text file. */
export const SLICE_BYTES = 256 * 1024;
/** Rows handed on per chunk of an xlsx sheet. */
const GRID_CHUNK_ROWS = 2000;

const XLSX_NAME = /\.(xlsx|xlsm)$/i;

/** Lets the browser paint and handle input (a macrotask, not a microtask). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** SHA-256 of bytes as lower-case hex, with Web Crypto; undefined where Web Crypto is not available. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let out = '';
  for (const b of digest) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The file's content hash, computed once on demand (after the import has read the file). */
function lazyHash(file: Blob): () => Promise<string> {
  let memo: Promise<string> | null = null;
  return () => (memo ??= file.arrayBuffer().then(async (b) => (await sha256Hex(b)) ?? ''));
}

/** A text file (CSV/TXT/TSV) as a source read slice by slice. */
export function textFileSource(file: File): TextSource {
  return {
    type: 'text',
    name: file.name,
    size: file.size,
    async *chunks() {
      for (let o = 0; o < file.size; o += SLICE_BYTES) {
        const part = new Uint8Array(await file.slice(o, Math.min(file.size, o + SLICE_BYTES)).arrayBuffer());
        yield part;
        if (o + SLICE_BYTES < file.size) await yieldToBrowser();
      }
    },
    hash: lazyHash(file),
  };
}

/** An xlsx file as a grid source: its first visible sheet, read once and handed on in chunks of rows. */
export function xlsxFileSource(file: File): GridSource {
  const source: GridSource = {
    type: 'grid',
    name: file.name,
    format: 'xlsx',
    size: file.size,
    firstRow: 1,
    async *rows() {
      const { readSheetRows } = await import(/* webpackChunkName: "xlsx-file" */ '../../../file');
      const read = await readSheetRows(new Uint8Array(await file.arrayBuffer()), { fileName: file.name });
      source.sheet = read.sheet;
      for (let o = 0; o < read.rows.length; o += GRID_CHUNK_ROWS) {
        yield { rowOffset: o, values: read.rows.slice(o, o + GRID_CHUNK_ROWS) };
        await yieldToBrowser();
      }
    },
    hash: lazyHash(file),
  };
  return source;
}

/** A chosen file as an import source (by its name: .xlsx/.xlsm are workbooks, the rest text). */
export function fileSource(file: File): ImportSource {
  return XLSX_NAME.test(file.name) ? xlsxFileSource(file) : textFileSource(file);
}

/** Fetches one of the preview's example files as a File. */
export async function fetchExampleFile(name: string, url: string): Promise<File> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return new File([await res.blob()], name);
}
