/**
 * A fast path for saving large sheets. ExcelJS renders each cell through several objects and strings
 * (about 12 s and 1.9 GB for 200,000 × 6 values); rows that hold only plain values in their column's format
 * are the common case for the add-in's data tables, and their XML is simple. So at save time such rows are
 * taken out of the ExcelJS model, ExcelJS writes the rest, and this module renders the rows itself and splices
 * them into the worksheet part (their strings appended to the shared strings). Anything unusual in a row —
 * a formula, a style of its own, a merge, a note, a row height — leaves that row and all above it to ExcelJS.
 */
import type { Cell, Row, Worksheet } from 'exceljs';
import { columnLetters } from '../core/a1';
import { dateToSerial, VALUE_TYPE } from './cellValue';
import { internals } from './internals';
import type { ZipArchive } from './libs';
import { addContentTypes, addRelationships, readRels, readText, workbookPart } from './package';
import { parseSharedStrings } from './sheetXml';
import { encodeOoxmlText, escapeText, findTags, fromUtf8, lastIndexOfBytes, relativeTarget, utf8 } from './xml';

/** Sheets with fewer plain rows than this are left to ExcelJS entirely. */
export const FAST_MIN_ROWS = 2000;

interface RowInternals {
  _hidden?: boolean;
  _outlineLevel?: number;
  height?: number;
  style: Record<string, unknown>;
  _cells: (Cell | undefined)[];
  number: number;
}

interface SheetInternals {
  _rows: (Row | undefined)[];
}

interface CellInternals {
  _comment?: unknown;
  style: Record<string, unknown>;
}

export interface DetachedRows {
  ws: Worksheet;
  /** 1-based number of the first detached row. */
  first: number;
  rows: (Row | undefined)[];
  /** Column numbers (1-based) → the format their cells share (undefined: none). */
  formats: (string | undefined)[];
  maxCol: number;
  restore(): void;
}

/** Error used when ExcelJS's output does not look as the fast path expects; the caller saves without it. */
export class FastPathMismatch extends Error {}

function mergedRows(ws: Worksheet): number {
  let bottom = 0;
  for (const m of Object.values(internals(ws)._merges)) bottom = Math.max(bottom, m.bottom);
  return bottom;
}

/** Checks one row; returns false when it needs ExcelJS. Extends `formats` with the columns it uses. */
function plainRow(row: Row, formats: (string | undefined)[], columnFormat: (c: number) => string | undefined): boolean {
  const r = row as unknown as RowInternals;
  if (r._hidden || r._outlineLevel || r.height !== undefined || Object.keys(r.style).length) return false;
  const cells = r._cells;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell) continue;
    const type = cell.type;
    if (type === VALUE_TYPE.Null) {
      // An empty cell with a format of its own still needs writing.
      const st = (cell as unknown as CellInternals).style;
      for (const k in st) if (k !== 'numFmt' || st.numFmt !== columnFormat(c + 1)) return false;
      continue;
    }
    if (type !== VALUE_TYPE.Number && type !== VALUE_TYPE.String && type !== VALUE_TYPE.Boolean && type !== VALUE_TYPE.Date) return false;
    const ci = cell as unknown as CellInternals;
    if (ci._comment) return false;
    const st = ci.style;
    let fmt: string | undefined;
    for (const k in st) {
      if (k !== 'numFmt') return false;
      fmt = st.numFmt as string | undefined;
    }
    const colFmt = columnFormat(c + 1);
    if (fmt !== colFmt) return false;
    if (type === VALUE_TYPE.Date && !fmt) return false;
    formats[c + 1] = colFmt;
  }
  return true;
}

/**
 * Takes the longest run of plain rows at the end of a sheet out of the ExcelJS model (when long enough).
 * The caller must call restore() after ExcelJS has written.
 */
export function detachPlainRows(ws: Worksheet): DetachedRows | null {
  const rows = (ws as unknown as SheetInternals)._rows;
  if (rows.length < FAST_MIN_ROWS) return null;
  const colFormats = new Map<number, string | undefined>();
  const columnFormat = (c: number) => {
    if (!colFormats.has(c)) colFormats.set(c, ws.getColumn(c).numFmt || undefined);
    return colFormats.get(c);
  };
  const formats: (string | undefined)[] = [];
  const floor = Math.max(1, mergedRows(ws));
  let first = rows.length + 1;
  // Scan upwards; stop at the first row that needs ExcelJS (or a merge, or the first row of the sheet).
  for (let i = rows.length - 1; i >= floor; i--) {
    const row = rows[i];
    if (row && !plainRow(row, formats, columnFormat)) break;
    first = i + 1;
  }
  const count = rows.length - first + 1;
  if (count < FAST_MIN_ROWS) return null;
  const detached = rows.slice(first - 1);
  let maxCol = 0;
  for (const row of detached) if (row) maxCol = Math.max(maxCol, (row as unknown as RowInternals)._cells.length);
  rows.length = first - 1;
  return {
    ws,
    first,
    rows: detached,
    formats,
    maxCol,
    restore: () => {
      rows.length = first - 1;
      for (const r of detached) rows.push(r);
    },
  };
}

/** The cell style index of each column as ExcelJS wrote it (<col min max style>). */
function columnStyles(sheetXml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of findTags(sheetXml, 'col')) {
    if (!c.style) continue;
    for (let n = parseInt(c.min, 10); n <= parseInt(c.max, 10); n++) out.set(n, c.style);
  }
  return out;
}

export interface SharedStringsAppender {
  index(text: string): number;
  /** Writes the grown table back (creating the part when ExcelJS wrote none). */
  flush(): Promise<void>;
}

const SST_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SST_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';
const SST_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** Shared strings as ExcelJS wrote them, ready to take more. */
export async function sharedStringsAppender(zip: ZipArchive): Promise<SharedStringsAppender> {
  const wbPart = (await workbookPart(zip)) as string;
  const rel = (await readRels(zip, wbPart)).find((r) => r.type === SST_TYPE);
  const path = rel?.target ?? 'xl/sharedStrings.xml';
  const xml = rel ? ((await readText(zip, path)) ?? '') : '';
  const existing = xml ? parseSharedStrings(xml) : [];
  const map = new Map<string, number>();
  existing.forEach((s, i) => {
    if (!map.has(s)) map.set(s, i);
  });
  let total = Number(findTags(xml, 'sst')[0]?.count ?? existing.length) || existing.length;
  const added: string[] = [];
  return {
    index(text: string): number {
      total++;
      let i = map.get(text);
      if (i === undefined) {
        i = existing.length + added.length;
        map.set(text, i);
        added.push(text);
      }
      return i;
    },
    async flush(): Promise<void> {
      if (!added.length) return;
      const items = added
        .map((s) => {
          const t = escapeText(encodeOoxmlText(s));
          return /^\s|\s$|\n/.test(s) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`;
        })
        .join('');
      const unique = existing.length + added.length;
      if (xml) {
        const head = xml.replace(/<sst\b[^>]*?(\/?)>/, (_m, selfClose: string) => `<sst xmlns="${SST_NS}" count="${total}" uniqueCount="${unique}">${selfClose ? '</sst>' : ''}`);
        const end = head.lastIndexOf('</sst>');
        zip.file(path, head.slice(0, end) + items + head.slice(end));
      } else {
        zip.file(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SST_NS}" count="${total}" uniqueCount="${unique}">${items}</sst>`);
        const relsPath = wbPart.replace(/([^/]+)$/, '_rels/$1.rels');
        zip.file(relsPath, addRelationships(await readText(zip, relsPath), [{ id: 'rIdIfoStrings', type: SST_TYPE, target: relativeTarget(wbPart, path) }]));
        zip.file('[Content_Types].xml', addContentTypes((await readText(zip, '[Content_Types].xml')) ?? '', [{ part: path, type: SST_CONTENT }]));
      }
    },
  };
}

/** Renders the detached rows and splices them into the worksheet part ExcelJS wrote (before </sheetData>). */
export async function spliceRows(zip: ZipArchive, part: string, d: DetachedRows, strings: SharedStringsAppender, date1904: boolean): Promise<void> {
  const file = zip.file(part);
  if (!file) throw new FastPathMismatch(`${part} missing`);
  const bytes = await file.async('uint8array');
  const end = lastIndexOfBytes(bytes, '</sheetData>');
  const headEnd = lastIndexOfBytes(bytes, '<sheetData>', end);
  if (end < 0 || headEnd < 0) throw new FastPathMismatch(`${part}: no <sheetData>…</sheetData>`);
  const head = fromUtf8(bytes.subarray(0, headEnd));
  const colStyle = columnStyles(head);
  const letters: string[] = [];
  const sAttr: string[] = [];
  for (let c = 1; c <= d.maxCol; c++) {
    letters[c] = columnLetters(c - 1);
    const fmt = d.formats[c];
    const s = colStyle.get(c);
    if (fmt !== undefined && fmt !== 'General') {
      if (!s) throw new FastPathMismatch(`${part}: column ${c} has no style`);
      sAttr[c] = ` s="${s}"`;
    } else {
      // 'General' alone is ExcelJS's default style (0), which it writes without an attribute.
      if (s && fmt === 'General') throw new FastPathMismatch(`${part}: column ${c} has a style its cells do not`);
      sAttr[c] = '';
    }
  }

  const pieces: Uint8Array[] = [];
  let buf: string[] = [];
  let size = 0;
  let lastRow = d.first - 1;
  for (let i = 0; i < d.rows.length; i++) {
    const row = d.rows[i];
    if (!row) continue;
    const r = d.first + i;
    const cells = (row as unknown as RowInternals)._cells;
    let xml = `<row r="${r}">`;
    let any = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const col = c + 1;
      const ref = letters[col] + r;
      switch (cell.type) {
        case VALUE_TYPE.Number:
          xml += `<c r="${ref}"${sAttr[col]}><v>${cell.value as number}</v></c>`;
          break;
        case VALUE_TYPE.String:
          xml += `<c r="${ref}"${sAttr[col]} t="s"><v>${strings.index(cell.value as string)}</v></c>`;
          break;
        case VALUE_TYPE.Boolean:
          xml += `<c r="${ref}"${sAttr[col]} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
          break;
        case VALUE_TYPE.Date:
          xml += `<c r="${ref}"${sAttr[col]}><v>${dateToSerial(cell.value as Date, date1904)}</v></c>`;
          break;
        default:
          // Empty cells carrying only their column's format need no element.
          continue;
      }
      any = true;
    }
    if (!any) continue;
    xml += '</row>';
    lastRow = r;
    buf.push(xml);
    size += xml.length;
    if (size > 4_000_000) {
      pieces.push(utf8(buf.join('')));
      buf = [];
      size = 0;
    }
  }
  if (buf.length) pieces.push(utf8(buf.join('')));

  // The dimension covers the whole sheet again.
  let headFixed = head;
  const dim = /<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/.exec(head);
  if (dim && lastRow >= d.first) {
    const lastCol = dim[3] ?? dim[1];
    const maxColLetters = d.maxCol > 0 ? columnLetters(Math.max(d.maxCol, colIndex(lastCol) + 1) - 1) : lastCol;
    headFixed = head.replace(dim[0], `<dimension ref="${dim[1]}${dim[2]}:${maxColLetters}${Math.max(lastRow, Number(dim[4] ?? dim[2]))}"/>`);
  }
  const headBytes = utf8(headFixed);
  const middle = bytes.subarray(headEnd, end);
  const tail = bytes.subarray(end);
  const total = headBytes.length + middle.length + pieces.reduce((n, p) => n + p.length, 0) + tail.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of [headBytes, middle, ...pieces, tail]) {
    out.set(p, at);
    at += p.length;
  }
  zip.file(part, out);
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
