/**
 * A fast, tolerant reader of worksheet XML for imports: only values, no styles. Numbers stay numbers
 * (account codes like 46362 included: turning them into text is the import's job), dates stay serial numbers
 * as they are stored, formula cells give their cached result, shared and inline strings their plain text,
 * error cells their text ('#N/A'). Fed in text chunks so a large sheet never has to sit in memory as one string.
 * Browser-safe.
 */
import type { CellValue } from '../core/port';
import { decodeEntities, decodeOoxmlText } from './xml';

const MS_PER_DAY = 86_400_000;

function text(raw: string): string {
  return decodeOoxmlText(decodeEntities(raw));
}

/** Plain text of a string item (<si> or <is>): all <t> runs, phonetic runs left out. */
function itemText(body: string): string {
  const clean = body.indexOf('rPh') >= 0 ? body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : body;
  let s = '';
  const re = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean)) !== null) if (m[1]) s += text(m[1]);
  return s;
}

/** The shared strings table as plain texts. */
export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(m[1] ? itemText(m[1]) : '');
  return out;
}

/** 'B12' → column index 1 (0-based); -1 when it is not a cell reference. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/** An ISO 8601 date (t="d" cells) as an Excel serial (1900 system); null when unreadable. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0, 0, 0) + (m[6] ? Math.round(parseFloat(m[6]) * 1000) : 0);
  let serial = ms / MS_PER_DAY + 25569;
  // Excel counts a 29 February 1900 that never was: dates before March 1900 are one lower.
  if (serial < 61) serial -= 1;
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function cellValue(attrs: string, body: string | undefined, shared: string[], date1904: boolean): CellValue {
  if (!body) return null;
  const t = /\bt="([^"]*)"/.exec(attrs)?.[1] ?? 'n';
  if (t === 'inlineStr') {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    const s = is ? itemText(is[1]) : '';
    return s === '' ? null : s;
  }
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
  if (!v) return null;
  const raw = v[1];
  switch (t) {
    case 's': {
      const s = shared[parseInt(raw, 10)];
      return s === undefined || s === '' ? null : s;
    }
    case 'str':
    case 'e': {
      const s = text(raw);
      return s === '' ? null : s;
    }
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    case 'd': {
      const serial = isoToSerial(text(raw));
      return serial === null ? text(raw) : serial - (date1904 ? 1462 : 0);
    }
    default: {
      const s = raw.trim();
      if (s === '') return null;
      const n = Number(s);
      return Number.isFinite(n) ? n : text(raw);
    }
  }
}

export type RowSink = (rowIndex: number, values: CellValue[]) => void;

/**
 * Parses <row> elements from worksheet XML given in chunks. Calls `onRow(index, values)` with the 0-based sheet
 * row and its values from column A (trailing empty cells trimmed) for every row that has a value.
 */
export class SheetRowParser {
  private buffer = '';
  private nextRow = 0;

  constructor(
    private readonly shared: string[],
    private readonly onRow: RowSink,
    private readonly date1904 = false,
  ) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const end = this.lastRowEnd();
    if (end <= 0) return;
    this.parse(this.buffer.slice(0, end));
    this.buffer = this.buffer.slice(end);
  }

  end(): void {
    this.parse(this.buffer);
    this.buffer = '';
  }

  /** The closing tag of rows ('</row>', or '</x:row>' in files that prefix the main namespace). */
  private closeTag: string | null = null;

  /** Index just after the last complete row in the buffer, or 0. */
  private lastRowEnd(): number {
    if (!this.closeTag) {
      const open = /<(\w+:)?row\b/.exec(this.buffer);
      if (!open) return 0;
      this.closeTag = `</${open[1] ?? ''}row>`;
    }
    const i = this.buffer.lastIndexOf(this.closeTag);
    return i < 0 ? 0 : i + this.closeTag.length;
  }

  private parse(xml: string): void {
    const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
    let m: RegExpExecArray | null;
    while ((m = rowRe.exec(xml)) !== null) {
      const r = /\br="(\d+)"/.exec(m[1]);
      const index = r ? parseInt(r[1], 10) - 1 : this.nextRow;
      this.nextRow = index + 1;
      const body = m[2];
      if (!body) continue;
      const values = this.cells(body);
      if (values.length) this.onRow(index, values);
    }
  }

  private cells(body: string): CellValue[] {
    const out: CellValue[] = [];
    const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
    let col = -1;
    let last = -1;
    let m: RegExpExecArray | null;
    while ((m = cellRe.exec(body)) !== null) {
      const ref = /\br="([A-Za-z]+)\d*"/.exec(m[1]);
      const c = ref ? columnOf(ref[1]) : col + 1;
      col = c;
      const v = cellValue(m[1], m[2], this.shared, this.date1904);
      if (v === null) continue;
      while (out.length < c) out.push(null);
      out[c] = v;
      last = c;
    }
    out.length = last + 1;
    return out;
  }
}
