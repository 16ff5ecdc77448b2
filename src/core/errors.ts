import { t, type StringKey, type TextParams } from './strings';

/**
 * Where a problem in the input sits, so the message can name file, row, column and value.
 * Rows are 1-based as the user sees them in the file or the sheet.
 */
export interface InputLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
}

/** One problem found while validating input: a location, a reason key and the formatted message. */
export interface InputIssue extends InputLocation {
  reason: StringKey;
  params?: TextParams;
  message: string;
}

/** Shortens a value for a message (the user must recognise it; a whole 30 kB cell is not useful). */
export function shortValue(v: unknown, max = 60): string {
  const s = v === null || v === undefined ? '' : String(v);
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Builds an issue with its message: "fil x.csv, rad 12, kolumn Belopp, värde "12,3,4": Beloppet är inte ett tal." */
export function issue(loc: InputLocation, reason: StringKey, params?: TextParams): InputIssue {
  const where: string[] = [];
  if (loc.file) where.push(t('common.location.file', { file: loc.file }));
  if (loc.row !== undefined) where.push(t('common.location.row', { row: loc.row }));
  if (loc.column) where.push(t('common.location.column', { column: loc.column }));
  if (loc.value !== undefined) where.push(t('common.location.value', { value: shortValue(loc.value) }));
  const text = t(reason, { ...params, ...(loc.value !== undefined ? { value: shortValue(loc.value) } : {}) });
  const message = where.length ? `${where.join(', ')}: ${text}` : text;
  return { ...loc, ...(loc.value !== undefined ? { value: shortValue(loc.value, 200) } : {}), reason, params, message };
}

/**
 * Input the product refuses (exit code 2 in the CLI, a readable message in the pane).
 * The workbook is never touched when this is thrown before writing.
 */
export class UserError extends Error {
  readonly key: StringKey;
  readonly params: TextParams | undefined;
  readonly issues: InputIssue[];

  constructor(key: StringKey, params?: TextParams, issues: InputIssue[] = []) {
    super(t(key, params));
    this.name = 'UserError';
    this.key = key;
    this.params = params;
    this.issues = issues;
  }
}

/**
 * True for a UserError, also one thrown in another JavaScript realm (the browser preview runs the pane in an
 * iframe whose bundle has its own copy of the class), so this checks the shape, not the prototype.
 */
export function isUserError(e: unknown): e is UserError {
  if (e instanceof UserError) return true;
  const o = e as { name?: unknown; key?: unknown; issues?: unknown } | null;
  return !!o && typeof o === 'object' && o.name === 'UserError' && typeof o.key === 'string' && Array.isArray(o.issues);
}

/** Thrown when the user cancels a long operation (AbortSignal). */
export class CancelledError extends Error {
  constructor() {
    super(t('common.cancelled'));
    this.name = 'CancelledError';
  }
}

/** Minimal AbortSignal shape, so core does not depend on the DOM's types. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export function throwIfCancelled(signal: CancelSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}
