/**
 * Conversions between the port's cell values and ExcelJS's.
 * Reading: numbers, text, booleans and null as they are; dates as Excel serial numbers; formula cells as their
 * cached result (null when there is none); rich text as plain text; error cells as their text ('#N/A').
 */
import type { CellInput, CellValue } from '../core/port';
import { isFormula } from '../core/port';

const MS_PER_DAY = 86_400_000;
/** Days from 1900-01-00 (Excel serial 0, counting Excel's phantom 1900-02-29) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Offset between the 1900 and 1904 date systems in days. */
const DATE1904_OFFSET = 1462;

/** ExcelJS's Date for a serial (as ExcelJS does on load: UTC). */
export function serialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0)) * MS_PER_DAY));
}

/** The Excel serial of a Date read by ExcelJS (UTC based); whole days stay whole numbers. */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = UNIX_EPOCH_SERIAL + d.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
  // Keep millisecond precision, drop binary noise from the division.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

interface RichTextRun {
  text?: string;
}

function richTextToString(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  let s = '';
  for (const r of runs as RichTextRun[]) if (r && typeof r.text === 'string') s += r.text;
  return s;
}

/** Any ExcelJS cell value (or formula result) as a port CellValue. */
export function fromExcelValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'string':
      return v === '' ? null : v;
    case 'boolean':
      return v;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v, date1904);
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) return fromExcelValue(o.result, date1904);
  if ('richText' in o) return richTextToString(o.richText) || null;
  if ('error' in o) return typeof o.error === 'string' ? o.error : '#VALUE!';
  if ('hyperlink' in o || 'text' in o) {
    const text = o.text;
    if (typeof text === 'string') return text === '' ? null : text;
    if (text && typeof text === 'object' && 'richText' in text) return richTextToString((text as { richText: unknown }).richText) || null;
    return null;
  }
  return null;
}

/** ExcelJS's value type numbers (lib/doc/enums.js). */
export const VALUE_TYPE = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

/** The subset of ExcelJS's Cell this adapter reads. */
export interface CellLike {
  type: number;
  value: unknown;
  formula?: string;
  /** A formula cell's cached result (ExcelJS's cell.value drops a result of 0, this does not). */
  result?: unknown;
}

/** A cell's port value: merged-away cells read as empty, like Excel's. */
export function readCell(cell: CellLike | undefined, date1904 = false): CellValue {
  if (!cell || cell.type === VALUE_TYPE.Null || cell.type === VALUE_TYPE.Merge) return null;
  if (cell.type === VALUE_TYPE.Formula && cell.result !== undefined) return fromExcelValue(cell.result, date1904);
  return fromExcelValue(cell.value, date1904);
}

/** A cell's formula with its '=' (or '' for plain values). */
export function readFormula(cell: CellLike | undefined): string {
  if (!cell || cell.type !== VALUE_TYPE.Formula) return '';
  const f = cell.formula;
  return f ? '=' + f : '';
}

/** The value to give ExcelJS for a port input: strings stay text ('' clears), formulas lose their '='. */
export function toExcelValue(
  v: CellInput,
): string | number | boolean | null | { formula: string; result?: string | number | boolean } {
  if (v === null) return null;
  if (isFormula(v)) return v.result === undefined ? { formula: v.formula.slice(1) } : { formula: v.formula.slice(1), result: v.result };
  if (typeof v === 'string') return v === '' ? null : v;
  return v;
}
