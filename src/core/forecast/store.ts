/**
 * Reading and writing the forecast tables through the Workbook port. Writes are upserts: rows that exist are
 * overwritten in place (updateTableRows), new rows are appended (appendTableRows) — a table is never rewritten
 * whole for an edit, so several enhetschefer in one co-authored workbook only touch their own rows.
 */
import type { CellValue, DataTableDef, TableRowUpdate, WorkbookPort } from '../port';
import { cellOre, cellText, columnIndexes, isBlankRow } from '../model/tables';
import { formatOre, oreToKronor, type Ore } from '../money';
import { UserError } from '../errors';
import {
  AC,
  CC,
  FC,
  FORECAST_AUDIT_TABLE,
  FORECAST_COMMENTS_TABLE,
  FORECAST_ROUNDS_TABLE,
  FORECAST_STATUS_TABLE,
  FORECAST_TABLE,
  PHASING_CODES,
  RC,
  SC,
  SOURCE_CODES,
  STATUS_CODES,
  phasingFromCode,
  sourceFromCode,
  statusFromCode,
  type PhasingCode,
} from './tables';
import type { ForecastSource, ForecastStatus } from './types';

/** The cells of a row in the definition's column order (tolerant of moved columns), or null for a blank row. */
function reader(def: DataTableDef, headers: string[]): (row: CellValue[]) => CellValue[] | null {
  const idx = columnIndexes(def, headers);
  return (row) => (isBlankRow(row) ? null : idx.map((i) => row[i] ?? null));
}

async function readRows<T>(
  port: WorkbookPort,
  def: DataTableDef,
  parse: (cells: CellValue[], index: number) => T | null,
): Promise<T[]> {
  const data = await port.readTable(def.name);
  if (!data) return [];
  const read = reader(def, data.headers);
  const out: T[] = [];
  data.rows.forEach((row, index) => {
    const cells = read(row);
    if (!cells) return;
    const v = parse(cells, index);
    if (v !== null) out.push(v);
  });
  return out;
}

/** A kronor cell that may hold text from a hand edit: numbers only; anything else refuses with the table named. */
function ore(v: CellValue, table: string): Ore {
  if (typeof v === 'string' && v.trim() !== '') throw new UserError('forecast.error.badCell', { table, value: v });
  return cellOre(v);
}

// ---------------------------------------------------------------------------
// Rows

export interface StoredForecast {
  /** 0-based data-row index in the table (for updateTableRows). */
  index: number;
  round: string;
  costCenter: string;
  costLine: string;
  months: Ore[];
  fullYear: Ore;
  phasing: PhasingCode | null;
  changedAt: string;
  changedBy: string;
}

export interface StoredComment {
  index: number;
  round: string;
  costCenter: string;
  costLine: string;
  method: ForecastSource | null;
  cause: string;
  action: string;
  changedAt: string;
  changedBy: string;
}

export interface StoredStatus {
  index: number;
  round: string;
  costCenter: string;
  status: ForecastStatus;
  changedAt: string;
  changedBy: string;
  comment: string;
}

export interface StoredRound {
  index: number;
  round: string;
  label: string;
  fromRound: string;
  createdAt: string;
  createdBy: string;
}

export interface AuditEntry {
  time: string;
  user: string;
  costCenter: string;
  costLine: string;
  round: string;
  field: string;
  from: string;
  to: string;
}

export function readForecasts(port: WorkbookPort): Promise<StoredForecast[]> {
  return readRows(port, FORECAST_TABLE, (c, index) => {
    const round = cellText(c[FC.round]);
    const costCenter = cellText(c[FC.costCenter]);
    const costLine = cellText(c[FC.costLine]);
    if (!round || !costCenter || !costLine) return null;
    const months: Ore[] = [];
    for (let m = 0; m < 12; m++) months.push(ore(c[FC.firstMonth + m], FORECAST_TABLE.name));
    let fullYear = 0;
    for (const v of months) fullYear += v;
    return {
      index,
      round,
      costCenter,
      costLine,
      months,
      fullYear,
      phasing: phasingFromCode(cellText(c[FC.phasing])),
      changedAt: cellText(c[FC.changedAt]),
      changedBy: cellText(c[FC.changedBy]),
    };
  });
}

export function readComments(port: WorkbookPort): Promise<StoredComment[]> {
  return readRows(port, FORECAST_COMMENTS_TABLE, (c, index) => {
    const round = cellText(c[CC.round]);
    const costCenter = cellText(c[CC.costCenter]);
    const costLine = cellText(c[CC.costLine]);
    if (!round || !costCenter || !costLine) return null;
    return {
      index,
      round,
      costCenter,
      costLine,
      method: sourceFromCode(cellText(c[CC.method])),
      cause: typeof c[CC.cause] === 'string' ? (c[CC.cause] as string) : cellText(c[CC.cause]),
      action: typeof c[CC.action] === 'string' ? (c[CC.action] as string) : cellText(c[CC.action]),
      changedAt: cellText(c[CC.changedAt]),
      changedBy: cellText(c[CC.changedBy]),
    };
  });
}

export function readStatuses(port: WorkbookPort): Promise<StoredStatus[]> {
  return readRows(port, FORECAST_STATUS_TABLE, (c, index) => {
    const round = cellText(c[SC.round]);
    const costCenter = cellText(c[SC.costCenter]);
    if (!round || !costCenter) return null;
    return {
      index,
      round,
      costCenter,
      status: statusFromCode(cellText(c[SC.status])) ?? 'draft',
      changedAt: cellText(c[SC.changedAt]),
      changedBy: cellText(c[SC.changedBy]),
      comment: cellText(c[SC.comment]),
    };
  });
}

export function readRounds(port: WorkbookPort): Promise<StoredRound[]> {
  return readRows(port, FORECAST_ROUNDS_TABLE, (c, index) => {
    const round = cellText(c[RC.round]);
    if (!round) return null;
    return {
      index,
      round,
      label: cellText(c[RC.label]),
      fromRound: cellText(c[RC.fromRound]),
      createdAt: cellText(c[RC.createdAt]),
      createdBy: cellText(c[RC.createdBy]),
    };
  });
}

export function readAudit(port: WorkbookPort): Promise<AuditEntry[]> {
  return readRows(port, FORECAST_AUDIT_TABLE, (c) => ({
    time: cellText(c[AC.time]),
    user: cellText(c[AC.user]),
    costCenter: cellText(c[AC.costCenter]),
    costLine: cellText(c[AC.costLine]),
    round: cellText(c[AC.round]),
    field: cellText(c[AC.field]),
    from: typeof c[AC.from] === 'string' ? (c[AC.from] as string) : cellText(c[AC.from]),
    to: typeof c[AC.to] === 'string' ? (c[AC.to] as string) : cellText(c[AC.to]),
  }));
}

// ---------------------------------------------------------------------------
// Cells to write

export function forecastCells(f: Omit<StoredForecast, 'index' | 'fullYear'>): CellValue[] {
  let fullYear = 0;
  for (const v of f.months) fullYear += v;
  return [
    f.round,
    f.costCenter,
    f.costLine,
    ...f.months.map(oreToKronor),
    oreToKronor(fullYear),
    f.phasing ? PHASING_CODES[f.phasing] : '',
    f.changedAt,
    f.changedBy,
  ];
}

export function commentCells(c: Omit<StoredComment, 'index'>): CellValue[] {
  return [c.round, c.costCenter, c.costLine, c.method ? SOURCE_CODES[c.method] : '', c.cause, c.action, c.changedAt, c.changedBy];
}

export function statusCells(s: Omit<StoredStatus, 'index'>): CellValue[] {
  return [s.round, s.costCenter, STATUS_CODES[s.status], s.changedAt, s.changedBy, s.comment];
}

export function roundCells(r: Omit<StoredRound, 'index'>): CellValue[] {
  return [r.round, r.label, r.fromRound, r.createdAt, r.createdBy];
}

export function auditCells(a: AuditEntry): CellValue[] {
  return [a.time, a.user, a.costCenter, a.costLine, a.round, a.field, a.from, a.to];
}

/** Money as shown in the audit trail: "1 234 567,00" (Swedish, no unit). */
export function auditMoney(v: Ore | null): string {
  return v === null ? '' : formatOre(v);
}

/** Writes the updates in place and appends the new rows; nothing when both are empty. */
export async function upsertRows(port: WorkbookPort, def: DataTableDef, updates: TableRowUpdate[], appends: CellValue[][]): Promise<void> {
  if (updates.length) await port.updateTableRows(def, updates);
  if (appends.length) await port.appendTableRows(def, appends);
}

/** Key of a round × unit × line. */
export function lineKey(round: string, costCenter: string, costLine: string): string {
  return `${round}\u0000${costCenter}\u0000${costLine}`;
}

/** The last row per key (later rows win: a duplicate appended by a concurrent first edit). */
export function lastByKey<T>(rows: T[], key: (r: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows) m.set(key(r), r);
  return m;
}
