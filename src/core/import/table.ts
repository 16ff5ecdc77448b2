/**
 * Finding the table in an extract: the header row (even below a title block of report name, print date and
 * blank rows), then the data rows after it. Also the row classifications every kind shares: blank rows,
 * repeated header rows (page breaks) and total/subtotal rows.
 */
import { UserError } from '../errors';
import { CERTAIN_SCORE, headerScore, normalizeHeader, type FieldDef } from './columns';
import type { RowBatch } from './sources';
import { cellString, type RawCell } from './values';

/** Non-blank rows looked at for the header. */
export const HEADER_SCAN_ROWS = 40;

export interface TableStart {
  /** Header texts (trimmed), one per column. */
  headers: string[];
  /** 1-based row number of the header row. */
  headerRow: number;
  /** Rows above the header (title block), as text. */
  titleRows: string[][];
  /** The data rows after the header. */
  data: AsyncIterable<RowBatch>;
}

export function isBlankRow(row: readonly RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** How many cells of a row name a known field (or a month, for budget tables). */
export function headerRowScore(row: readonly RawCell[], fields: readonly FieldDef[], extra?: (text: string) => boolean): number {
  let n = 0;
  for (const v of row) {
    if (typeof v !== 'string') continue;
    const s = v.trim();
    if (!s) continue;
    let hit = false;
    for (const f of fields) {
      if (headerScore(s, f) >= CERTAIN_SCORE) {
        hit = true;
        break;
      }
    }
    if (!hit && extra?.(s)) hit = true;
    if (hit) n++;
  }
  return n;
}

/**
 * Reads ahead until the header row is found among the first HEADER_SCAN_ROWS non-blank rows: the row naming
 * the most known fields (at least two); the earliest such row wins a tie.
 */
export async function findTable(
  batches: AsyncIterable<RowBatch>,
  score: (row: readonly RawCell[]) => number,
  fileName: string,
): Promise<TableStart> {
  const it = batches[Symbol.asyncIterator]();
  const bufRows: RawCell[][] = [];
  const bufLines: number[] = [];
  let nonBlank = 0;
  let done = false;
  while (nonBlank < HEADER_SCAN_ROWS && !done) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    for (let i = 0; i < r.value.rows.length; i++) {
      bufRows.push(r.value.rows[i]);
      bufLines.push(r.value.lines[i]);
      if (!isBlankRow(r.value.rows[i])) nonBlank++;
    }
  }
  if (nonBlank === 0) throw new UserError('import.file.empty', { file: fileName });
  let best = -1;
  let bestScore = 0;
  let seen = 0;
  for (let i = 0; i < bufRows.length && seen < HEADER_SCAN_ROWS; i++) {
    if (isBlankRow(bufRows[i])) continue;
    seen++;
    const s = score(bufRows[i]);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  if (best < 0 || bestScore < 2) throw new UserError('import.header.notFound', { file: fileName, rows: HEADER_SCAN_ROWS });
  const headerCells = bufRows[best];
  const headers = headerCells.map((c) => cellString(c));
  const titleRows = bufRows.slice(0, best).filter((r) => !isBlankRow(r)).map((r) => r.map((c) => cellString(c)));
  const restRows = bufRows.slice(best + 1);
  const restLines = bufLines.slice(best + 1);
  async function* data(): AsyncGenerator<RowBatch> {
    try {
      if (restRows.length) yield { rows: restRows, lines: restLines };
      if (done) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      // A consumer that stops early (a preview) closes the source too.
      if (!done) await it.return?.();
    }
  }
  return { headers, headerRow: bufLines[best], titleRows, data: data() };
}

/** A matcher for rows that repeat the header (page breaks in a printed report). */
export function repeatedHeaderMatcher(headers: readonly string[]): (row: readonly RawCell[]) => boolean {
  const norm = headers.map((h) => normalizeHeader(h));
  const nonEmpty = norm.filter(Boolean).length;
  return (row) => {
    let same = 0;
    for (let i = 0; i < norm.length; i++) {
      const v = row[i];
      if (!norm[i]) continue;
      if (typeof v !== 'string') return false;
      if (normalizeHeader(v) === norm[i]) same++;
      else if (v.trim() !== '') return false;
    }
    return same >= Math.max(2, Math.ceil(nonEmpty / 2));
  };
}

const TOTAL_RE = /^(summa|summering|totalt?|total|delsumma|delsummor|subtotal|sum|grand total|slutsumma|ack summa|totalsumma)\b/;

/** True when a label marks a total or subtotal ("Summa Barn och unga", "Totalt", "Delsumma"). */
export function isTotalLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  // Cheap first-letter filter (s, t, d, g, a in either case) before the normalisation.
  if (!(c === 83 || c === 115 || c === 84 || c === 116 || c === 68 || c === 100 || c === 71 || c === 103 || c === 65 || c === 97)) {
    return false;
  }
  return TOTAL_RE.test(normalizeHeader(text));
}

/** The first non-empty text cell of a row (labels of total rows sit there), or ''. */
export function firstText(row: readonly RawCell[]): string {
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string') {
      const s = v.trim();
      if (s) return s;
      continue;
    }
    return '';
  }
  return '';
}
