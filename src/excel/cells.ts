/**
 * Cell values between the port and Office.js.
 *
 * Writing text: Range.values treats a string as if the user typed it: '=…' becomes a formula, '+'/'-'/'@'
 * followed by text become formulas too, and '0610', '1e5', '5%', 'TRUE', '2026-03' become numbers, booleans
 * or dates. Every JS string from the port is therefore written with a leading apostrophe (Excel's quote
 * prefix): Excel stores the rest as text and the apostrophe is not part of the value (Range.values reads it
 * back without it). We chose the apostrophe over the text number format '@' because
 * - it works whatever the cell's number format is, so report columns keep their formats ('Summa' in a
 *   '#,##0' column), and the user can still type a number or a formula into the cell later;
 * - '@' would have to be set before every write and would turn formulas later written to the cell into text.
 * The cost: Range.formulas also drops the apostrophe (office-js issue #6687), so a text cell '=SUM(A1)' reads
 * back with formulas '=SUM(A1)'; we tell it from a real formula by comparing with values (a formula's value is
 * its result, never its own text). Formulas are written only from `{ formula }`.
 */
import { isFormula, type CellInput, type CellValue } from '../core/port';

/** What we send for one cell. */
export type ExcelInput = string | number | boolean | null;

/** A port value as Office.js input: text with the quote prefix, '' (clears) for empty, formulas as their text. */
export function toExcelInput(v: CellInput | undefined): ExcelInput {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v === '' ? '' : "'" + v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isFormula(v)) return v.formula;
  return '';
}

/** A value read through Range.values as a port value: '' (empty cell) is null. */
export function fromExcelValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** The formula of a cell from Range.formulas and Range.values ('' for a plain value, see above). */
export function formulaOf(formula: unknown, value: unknown): string {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length < 2) return '';
  return formula === value ? '' : formula;
}

/** Estimated bytes of a value in the JSON of a request (UTF-8), plus its separator. */
export function inputBytes(v: ExcelInput): number {
  if (v === null) return 5;
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return v ? 5 : 6;
  let n = v.length + 3;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c) n += 5;
    else if (c >= 0x80) n += c >= 0x800 ? 2 : 1;
  }
  return n;
}

export function rowBytes(row: ExcelInput[]): number {
  let n = 2;
  for (let i = 0; i < row.length; i++) n += inputBytes(row[i]);
  return n;
}
