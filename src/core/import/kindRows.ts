/**
 * What the kinds that read a small table whole share (budget, follow-up, organisation, account map): the mapped
 * columns by field, the rows with their line numbers, rejects and skip counts as the reconciliation lists them,
 * the rows every kind skips (blank, a repeated header), and amounts read per column (decimal separator and unit
 * of the column).
 */
import { detectDecimalSeparator, type DecimalSeparator, type Ore } from '../money';
import { shortValue, throwIfCancelled, UserError } from '../errors';
import { t, type StringKey, type TextParams } from '../strings';
import { columnLabel, normalizeHeader, type MappingResult } from './columns';
import type { KindContext } from './kinds';
import { maskPersonalNumbers } from './mask';
import { isBlankRow, repeatedHeaderMatcher } from './table';
import type { FileReconciliation, Reject } from './types';
import { cellString, isEmptyCell, parseAmountCell, type RawCell } from './values';

/** Largest follow-up / budget / structure table read (rows); these files are small. */
export const MAX_REPORT_ROWS = 200_000;

/** Unit factor of a column from its header: "(tkr)" → 1000 kr, "(mnkr)" → 1 000 000 kr. */
export function unitFactor(header: string): number {
  const words = normalizeHeader(header).split(' ');
  if (words.includes('mnkr')) return 1_000_000;
  if (words.includes('tkr') || words.includes('ksek')) return 1000;
  return 1;
}

/** The column a field is mapped to (-1 when it is not). */
export function columnsOf(mapping: MappingResult): (field: string) => number {
  const idx: Record<string, number> = {};
  for (const m of mapping.matches) idx[m.field] = m.column;
  return (f) => idx[f] ?? -1;
}

/** The table's data rows with their line numbers, read whole (refused beyond MAX_REPORT_ROWS). */
export async function readAllRows(ctx: KindContext): Promise<{ rows: RawCell[][]; lines: number[] }> {
  const rows: RawCell[][] = [];
  const lines: number[] = [];
  for await (const b of ctx.table.data) {
    throwIfCancelled(ctx.options.signal);
    for (let i = 0; i < b.rows.length; i++) {
      rows.push(b.rows[i]);
      lines.push(b.lines[i]);
    }
    if (rows.length > MAX_REPORT_ROWS) throw new UserError('import.followup.tooManyRows', { max: MAX_REPORT_ROWS });
  }
  return { rows, lines };
}

export type RejectFn = (row: number, col: number, value: RawCell | undefined, key: StringKey, params?: TextParams) => void;

/** Collects rejects the way every kind does: the value masked and shortened, the reason in the current language. */
export function rejectCollector(headers: readonly string[]): { rejects: Reject[]; add: RejectFn } {
  const rejects: Reject[] = [];
  const add: RejectFn = (row, col, value, key, params) => {
    const v = maskPersonalNumbers(cellString(value)).text;
    rejects.push({
      row,
      column: col >= 0 ? columnLabel(headers, col) : '',
      value: shortValue(v, 200),
      reason: t(key, { ...params, value: shortValue(v) }),
      key,
      params,
    });
  };
  return { rejects, add };
}

/** Counts skipped rows by reason. */
export function skipCounter(): { skipped: Record<string, number>; skip: (reason: string) => void } {
  const skipped: Record<string, number> = {};
  return { skipped, skip: (reason) => void (skipped[reason] = (skipped[reason] ?? 0) + 1) };
}

/**
 * The data rows with their line numbers, each counted as read in the reconciliation; the rows every kind skips
 * (blank, the header again) are counted as skipped and not given.
 */
export function* dataRows(
  rows: readonly RawCell[][],
  lines: readonly number[],
  headers: readonly string[],
  recon: FileReconciliation,
  skip: (reason: string) => void,
): Generator<{ row: RawCell[]; line: number }> {
  const isRepeated = repeatedHeaderMatcher(headers);
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n];
    recon.rowsRead++;
    if (isBlankRow(row)) skip('blank');
    else if (isRepeated(row)) skip('repeatedHeader');
    else yield { row, line: lines[n] };
  }
}

/** Writes the row counts, skips and rejects into the file's reconciliation. */
export function finishCounts(recon: FileReconciliation, skipped: Record<string, number>, rejects: Reject[], imported: number, rejected: number): void {
  recon.rowsSkipped = skipped;
  recon.rejects = rejects;
  recon.rowsImported = imported;
  recon.rowsRejected = rejected;
}

/**
 * Reads amounts of the given columns: each column's decimal separator is decided on its texts and its unit
 * from its header. A cell gives öre, null when empty, or 'bad' after rejecting it.
 */
export function amountReader(rows: readonly RawCell[][], headers: readonly string[], columns: readonly number[], reject: RejectFn) {
  const decs = new Map<number, DecimalSeparator | undefined>();
  const factors = new Map<number, number>();
  for (const c of columns) {
    decs.set(c, detectDecimalSeparator(rows.map((r) => r[c]).filter((v): v is string => typeof v === 'string')));
    factors.set(c, unitFactor(headers[c]));
  }
  return (row: RawCell[], c: number, line: number): Ore | null | 'bad' => {
    const v = row[c];
    if (isEmptyCell(v)) return null;
    const a = parseAmountCell(v, decs.get(c));
    if (!a.ok) {
      if (a.reason === 'empty') return null;
      reject(line, c, v, a.reason === 'tooLarge' ? 'import.reject.amountTooLarge' : 'import.reject.amountNotNumber');
      return 'bad';
    }
    return a.ore * (factors.get(c) ?? 1);
  };
}
