/**
 * The checks both Workbook adapters (src/file on ExcelJS, src/excel on the Office JavaScript API) run on what a write asks for,
 * before anything is written: problems are collected (up to the adapter's limit) and thrown as one UserError
 * whose issues name sheet, row, column and value (port.* texts).
 */
import { cellAddress, columnLetters, parseRange, type RangeRef } from './a1';
import { issue, UserError, type InputIssue, type InputLocation } from './errors';
import { EXCEL_LIMITS, isFormula, sheetNameProblem, type CellInput } from './port';
import type { StringKey, TextParams } from './strings';

/** Excel's limit for the text of a formula. */
export const MAX_FORMULA_LENGTH = 8192;

/** Problems of one write, at most `max` of them listed. */
export class WriteProblems {
  readonly issues: InputIssue[] = [];

  constructor(private readonly max: number) {}

  add(loc: InputLocation, key: StringKey, params: TextParams = {}): void {
    if (this.issues.length < this.max) this.issues.push(issue(loc, key, params));
  }

  get full(): boolean {
    return this.issues.length >= this.max;
  }

  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const first = this.issues[0];
    throw new UserError(first.reason, first.params, this.issues);
  }
}

/** Checks a sheet name; true when it is usable. */
export function checkSheetName(name: string, p: WriteProblems): boolean {
  const problem = typeof name === 'string' ? sheetNameProblem(name) : 'empty';
  if (problem) {
    p.add({ sheet: String(name), value: String(name) }, `port.sheetName.${problem}`, { name: String(name) });
    return false;
  }
  return true;
}

/** A bounded A1 area (no sheet part), or null with the problem recorded. */
export function checkRange(address: string, sheet: string, p: WriteProblems): RangeRef | null {
  try {
    if (typeof address !== 'string' || address.includes('!')) throw new RangeError(String(address));
    return parseRange(address);
  } catch {
    p.add({ sheet, value: String(address) }, 'port.address.invalid', { address: String(address), sheet });
    return null;
  }
}

/** Checks one value to be written at 0-based (row, col) of a sheet; `formulasAllowed` false for table rows. */
export function checkCell(v: CellInput | undefined, sheet: string, row: number, col: number, p: WriteProblems, formulasAllowed = true): void {
  if (v === undefined || v === null || typeof v === 'boolean') return;
  const loc = (value: string): InputLocation => ({ sheet, row: row + 1, column: columnLetters(col), value });
  if (typeof v === 'string') {
    if (v.length > EXCEL_LIMITS.maxCellTextLength) {
      p.add(loc(v), 'port.limit.cellText', { address: cellAddress(row, col), sheet, length: v.length });
    }
    return;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) p.add(loc(String(v)), 'port.value.invalid', { address: cellAddress(row, col), sheet, value: String(v) });
    return;
  }
  if (formulasAllowed && isFormula(v)) {
    const f = v.formula;
    if (!f.startsWith('=') || f.length < 2 || f.length > MAX_FORMULA_LENGTH) {
      p.add(loc(f), 'port.formula.invalid', { address: cellAddress(row, col), sheet });
    }
    return;
  }
  const text = JSON.stringify(v) ?? String(v);
  p.add(loc(text), 'port.value.invalid', { address: cellAddress(row, col), sheet, value: text });
}

/** True when two areas share a cell. */
export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}
