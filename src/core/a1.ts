/** A1-style addresses. Rows and columns here are 0-based; A1 text is 1-based as Excel shows it. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  /** Number of rows (≥ 1). */
  rows: number;
  /** Number of columns (≥ 1). */
  cols: number;
}

/** 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`kolumn utanför Excel: ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, XFD → 16383. */
export function columnIndex(letters: string): number {
  const up = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) throw new RangeError(`ogiltig kolumn: ${letters}`);
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new RangeError(`kolumn utanför Excel: ${letters}`);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`rad utanför Excel: ${row + 1}`);
  return columnLetters(col) + (row + 1);
}

/** The range from (r1, c1) to (r2, c2) as "A1:B2" (always with both corners, also for a single cell). */
export function cellRange(r1: number, c1: number, r2: number, c2: number): string {
  return `${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  if (r.rows === 1 && r.cols === 1) return a;
  return a + ':' + cellAddress(r.top + r.rows - 1, r.left + r.cols - 1);
}

/** Parses "B3", "$B$3", "B3:D10", "Sheet!B3:D10" (sheet part ignored). */
export function parseRange(address: string): RangeRef {
  const bang = address.lastIndexOf('!');
  const a = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(a);
  if (!m) throw new RangeError(`ogiltig adress: ${address}`);
  const c1 = columnIndex(m[1]);
  const r1 = parseInt(m[2], 10) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? parseInt(m[4], 10) - 1 : r1;
  if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS) throw new RangeError(`rad utanför Excel: ${address}`);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return { top, left, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function parseCell(address: string): CellRef {
  const r = parseRange(address);
  return { row: r.top, col: r.left };
}

/** Quotes a sheet name for use in a formula: 'Avvikelse per enhet'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
