/**
 * A1 addresses as Excel reads them: cells, areas, whole columns ('A:C'), whole rows ('3:5'), optionally
 * qualified by a sheet name ('IFO Utfall'!A1:B2). Rows and columns are 0-based here.
 */
import { FakeOfficeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Area {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function bad(address: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
}

/** Splits "'Sheet name'!A1:B2" into the sheet name (unquoted) and the area text. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Parses an area; throws InvalidArgument (as Excel does) for anything outside the grid. */
export function parseArea(address: string): Area {
  const { ref } = splitSheet(address.trim());
  const a = ref.replace(/\$/g, '');
  let m = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(a);
  if (m) {
    const c1 = columnNumber(m[1]);
    const r1 = parseInt(m[2], 10) - 1;
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r2 = m[4] ? parseInt(m[4], 10) - 1 : r1;
    return checked(address, Math.min(r1, r2), Math.min(c1, c2), Math.abs(r2 - r1) + 1, Math.abs(c2 - c1) + 1);
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m) {
    const c1 = columnNumber(m[1]);
    const c2 = columnNumber(m[2]);
    return checked(address, 0, Math.min(c1, c2), MAX_ROWS, Math.abs(c2 - c1) + 1);
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (m) {
    const r1 = parseInt(m[1], 10) - 1;
    const r2 = parseInt(m[2], 10) - 1;
    return checked(address, Math.min(r1, r2), 0, Math.abs(r2 - r1) + 1, MAX_COLUMNS);
  }
  throw bad(address);
}

function checked(address: string, top: number, left: number, rows: number, cols: number): Area {
  if (top < 0 || left < 0 || top + rows > MAX_ROWS || left + cols > MAX_COLUMNS) throw bad(address);
  return { top, left, rows, cols };
}

export function checkArea(top: number, left: number, rows: number, cols: number): Area {
  if (![top, left, rows, cols].every(Number.isInteger) || rows < 1 || cols < 1) {
    throw new FakeOfficeError('InvalidArgument', `Invalid range indexes ${top},${left},${rows},${cols}`);
  }
  return checked(`R${top + 1}C${left + 1}`, top, left, rows, cols);
}

export function isWholeColumns(a: Area): boolean {
  return a.top === 0 && a.rows === MAX_ROWS;
}

export function isWholeRows(a: Area): boolean {
  return a.left === 0 && a.cols === MAX_COLUMNS;
}

/** True for entire columns or rows: cell-level properties cannot be read or set on these. */
export function isUnbounded(a: Area): boolean {
  return isWholeColumns(a) || isWholeRows(a);
}

export function areaText(a: Area): string {
  if (isWholeColumns(a)) return `${columnName(a.left)}:${columnName(a.left + a.cols - 1)}`;
  if (isWholeRows(a)) return `${a.top + 1}:${a.top + a.rows}`;
  const first = columnName(a.left) + (a.top + 1);
  if (a.rows === 1 && a.cols === 1) return first;
  return `${first}:${columnName(a.left + a.cols - 1)}${a.top + a.rows}`;
}

/** Excel quotes sheet names in addresses unless they are plain words. */
export function sheetPrefix(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[rRcC]\d*$/.test(name);
  return (plain ? name : `'${name.replace(/'/g, "''")}'`) + '!';
}

export function intersects(a: Area, b: Area): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.cols <= outer.left + outer.cols
  );
}

export function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.rows === b.rows && a.cols === b.cols;
}
