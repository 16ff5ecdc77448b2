/**
 * Distribute and collect: the ekonom makes one workbook per unit (its data only) and collects the returned
 * workbooks back into the main workbook, with a report of conflicts:
 * - the same unit returned twice (none of the copies is taken);
 * - a unit edited after its round was approved in the main workbook (not taken);
 * - a unit the main workbook does not know, or a workbook that is not a unit workbook (not taken);
 * - a unit changed in the main workbook since the copy was made, and differently in the copy (not taken).
 * Unchanged copies are reported as such and write nothing. Taken copies are upserted row by row.
 */
import type { CellValue, DataTableDef, TableRowUpdate, WorkbookPort } from '../port';
import {
  ACCOUNT_MAP_TABLE,
  ACTUALS_TABLE,
  BUDGET_TABLE,
  COMMENTS_TABLE,
  COST_LINES_TABLE,
  EARLIER_FORECAST_TABLE,
  ORGANISATION_TABLE,
  cellText,
  columnIndexes,
  isBlankRow,
} from '../model/tables';
import { UserError } from '../errors';
import { t, type StringKey, type TextParams } from '../strings';
import { loadSources } from './data';
import { parseRound, roundLabel } from './rounds';
import { localTimestamp, readThresholds, THRESHOLDS_SETTING, type ForecastEnv } from './service';
import {
  AUDIT_FIELDS,
  DISTRIBUTION_SETTING,
  FORECAST_AUDIT_TABLE,
  FORECAST_COMMENTS_TABLE,
  FORECAST_PROPOSALS_TABLE,
  FORECAST_ROUNDS_TABLE,
  FORECAST_STATUS_TABLE,
  FORECAST_TABLE,
  STATUS_CODES,
  parseDistributionMeta,
  type DistributionMeta,
} from './tables';
import {
  auditCells,
  commentCells,
  forecastCells,
  readAudit,
  readComments,
  readForecasts,
  readRounds,
  readStatuses,
  roundCells,
  statusCells,
  upsertRows,
  type AuditEntry,
  type StoredComment,
  type StoredForecast,
  type StoredStatus,
} from './store';

/** Rows of a table in the definition's column order, filtered; [] when the table is missing. */
async function tableRows(
  port: WorkbookPort,
  def: DataTableDef,
  keep: (cells: CellValue[]) => boolean,
  optional: string[] = [],
): Promise<CellValue[][] | null> {
  const data = await port.readTable(def.name);
  if (!data) return null;
  const idx = columnIndexes(def, data.headers, optional);
  const out: CellValue[][] = [];
  for (const r of data.rows) {
    if (isBlankRow(r)) continue;
    const cells = idx.map((i) => (i >= 0 ? (r[i] ?? null) : null));
    if (keep(cells)) out.push(cells);
  }
  return out;
}

const col = (def: DataTableDef, header: string) => def.columns.findIndex((c) => c.header === header);

export interface DistributionResult {
  costCenter: string;
  round: string;
  /** Rows written per table. */
  rows: Record<string, number>;
}

/**
 * Writes one unit's workbook content into `target` (a new workbook the caller created through any port):
 * its actuals (three years), budget, earlier forecasts and comments, the structure tables, its organisation row,
 * its forecast rows of every round, its status, audit trail and proposals, the thresholds and a marker setting.
 */
export async function distributeUnit(env: ForecastEnv, target: WorkbookPort, costCenter: string, round: string): Promise<DistributionResult> {
  const cc = costCenter.trim();
  const r = parseRound(round);
  const src = env.port;
  const sources = await loadSources(src, r.year, { costLineOf: env.costLineOf, costCenters: new Set([cc]) });
  const forecasts = await readForecasts(src);
  if (!sources.units.has(cc) && !sources.lines.has(cc) && !forecasts.some((f) => f.costCenter === cc)) {
    throw new UserError('forecast.error.unknownUnit', { unit: cc });
  }
  const user = env.user.trim() || '?';
  const now = (env.now ?? (() => localTimestamp()))();
  const byUnit = (def: DataTableDef) => {
    const i = col(def, 'Ansvar');
    return (cells: CellValue[]) => cellText(cells[i]) === cc;
  };
  const minYear = r.year - 2;
  const inYears = (def: DataTableDef) => {
    const ip = col(def, 'Period');
    const unit = byUnit(def);
    return (cells: CellValue[]) => unit(cells) && +cellText(cells[ip]).slice(0, 4) >= minYear;
  };
  const all = () => true;
  const plan: [DataTableDef, (c: CellValue[]) => boolean, string[]][] = [
    [ACTUALS_TABLE, inYears(ACTUALS_TABLE), ['Verksamhet', 'Aktivitet', 'Projekt', 'Objekt', 'Motpart', 'Antal poster', 'Import-id']],
    [BUDGET_TABLE, inYears(BUDGET_TABLE), ['Import-id']],
    [EARLIER_FORECAST_TABLE, inYears(EARLIER_FORECAST_TABLE), ['Import-id']],
    [COMMENTS_TABLE, inYears(COMMENTS_TABLE), ['Import-id']],
    [COST_LINES_TABLE, all, ['Typ', 'Köpt vård', 'Ordning']],
    [ACCOUNT_MAP_TABLE, all, ['Anmärkning']],
    [ORGANISATION_TABLE, byUnit(ORGANISATION_TABLE), ['Benämning', 'Enhet', 'Område', 'Verksamhet']],
    [FORECAST_TABLE, byUnit(FORECAST_TABLE), []],
    [FORECAST_COMMENTS_TABLE, byUnit(FORECAST_COMMENTS_TABLE), []],
    [FORECAST_STATUS_TABLE, byUnit(FORECAST_STATUS_TABLE), []],
    [FORECAST_AUDIT_TABLE, byUnit(FORECAST_AUDIT_TABLE), []],
    [FORECAST_ROUNDS_TABLE, all, []],
    [FORECAST_PROPOSALS_TABLE, byUnit(FORECAST_PROPOSALS_TABLE), []],
  ];
  const rows: Record<string, number> = {};
  const contents: [DataTableDef, CellValue[][]][] = [];
  for (const [def, keep, optional] of plan) {
    const picked = await tableRows(src, def, keep, optional);
    if (picked) contents.push([def, picked]);
  }
  for (const [def, picked] of contents) {
    await target.replaceTable(def, picked);
    rows[def.name] = picked.length;
  }
  const statuses = (await readStatuses(src)).filter((s) => s.costCenter === cc && s.round === r.key);
  const meta: DistributionMeta = {
    id: `${cc}/${r.key}/${now}`,
    costCenter: cc,
    round: r.key,
    createdAt: now,
    createdBy: user,
    status: statuses.length ? STATUS_CODES[statuses[statuses.length - 1].status] : STATUS_CODES.draft,
    actualPeriods: [...sources.actualPeriods].sort(),
    budgetYears: [...sources.budgetYears].sort(),
  };
  const thr = await readThresholds(src);
  await target.setSettings({
    [DISTRIBUTION_SETTING]: { ...meta },
    [THRESHOLDS_SETTING]: { amountOre: thr.amountOre, percent: thr.percent, combine: thr.combine },
  });
  return { costCenter: cc, round: r.key, rows };
}

// ---------------------------------------------------------------------------
// Collect

export interface ReturnedWorkbook {
  /** File name (for the report). */
  name: string;
  port: WorkbookPort;
}

export type ConflictKind = 'notAUnitWorkbook' | 'unknownUnit' | 'duplicateUnit' | 'editedAfterApproval' | 'changedInBoth';

export interface CollectConflict {
  name: string;
  costCenter: string | null;
  round: string | null;
  kind: ConflictKind;
  message: string;
}

export interface CollectReport {
  collected: { name: string; costCenter: string; round: string; lines: number; status: string }[];
  unchanged: { name: string; costCenter: string; round: string }[];
  conflicts: CollectConflict[];
}

interface UnitContent {
  forecasts: Map<string, StoredForecast>;
  comments: Map<string, StoredComment>;
  status: StoredStatus | null;
}

function contentOf(forecasts: StoredForecast[], comments: StoredComment[], statuses: StoredStatus[], cc: string, round: string): UnitContent {
  const f = new Map<string, StoredForecast>();
  for (const x of forecasts) if (x.costCenter === cc && x.round === round) f.set(x.costLine, x);
  const c = new Map<string, StoredComment>();
  for (const x of comments) if (x.costCenter === cc && x.round === round) c.set(x.costLine, x);
  let s: StoredStatus | null = null;
  for (const x of statuses) if (x.costCenter === cc && x.round === round) s = x;
  return { forecasts: f, comments: c, status: s };
}

/** True when two units' contents say the same (months, method, orsak, åtgärd, status). */
function sameContent(a: UnitContent, b: UnitContent): boolean {
  const lines = new Set([...a.forecasts.keys(), ...b.forecasts.keys(), ...a.comments.keys(), ...b.comments.keys()]);
  for (const l of lines) {
    const fa = a.forecasts.get(l);
    const fb = b.forecasts.get(l);
    if (!fa !== !fb) return false;
    if (fa && fb && fa.months.some((v, i) => v !== fb.months[i])) return false;
    const ca = a.comments.get(l);
    const cb = b.comments.get(l);
    if ((ca?.cause ?? '') !== (cb?.cause ?? '') || (ca?.action ?? '') !== (cb?.action ?? '') || (ca?.method ?? null) !== (cb?.method ?? null)) {
      return false;
    }
  }
  return (a.status?.status ?? 'draft') === (b.status?.status ?? 'draft');
}

function conflict(name: string, costCenter: string | null, round: string | null, kind: ConflictKind, key: StringKey, params: TextParams): CollectConflict {
  return { name, costCenter, round, kind, message: t(key, params) };
}

/**
 * Collects returned unit workbooks into the main workbook (env.port). Conflicting copies are reported and not
 * taken; the rest are written as upserts of the unit's rows, with their audit rows and one 'Insamlad' audit row.
 */
export async function collectUnits(env: ForecastEnv, returned: ReturnedWorkbook[]): Promise<CollectReport> {
  const main = env.port;
  const user = env.user.trim() || '?';
  const now = (env.now ?? (() => localTimestamp()))();
  const report: CollectReport = { collected: [], unchanged: [], conflicts: [] };

  // Read every copy first; group by unit × round.
  interface Copy {
    name: string;
    meta: DistributionMeta;
    content: UnitContent;
    audit: AuditEntry[];
  }
  const copies: Copy[] = [];
  for (const r of returned) {
    const meta = parseDistributionMeta((await r.port.getSettings())[DISTRIBUTION_SETTING]);
    if (!meta) {
      report.conflicts.push(conflict(r.name, null, null, 'notAUnitWorkbook', 'forecast.collect.notAUnitWorkbook', { name: r.name }));
      continue;
    }
    const [f, c, s, a] = await Promise.all([readForecasts(r.port), readComments(r.port), readStatuses(r.port), readAudit(r.port)]);
    copies.push({
      name: r.name,
      meta,
      content: contentOf(f, c, s, meta.costCenter, meta.round),
      audit: a.filter((x) => x.costCenter === meta.costCenter),
    });
  }

  const groups = new Map<string, Copy[]>();
  for (const c of copies) {
    const k = c.meta.costCenter + '\u0000' + c.meta.round;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }

  const [mainForecasts, mainComments, mainStatuses, mainAudit] = await Promise.all([readForecasts(main), readComments(main), readStatuses(main), readAudit(main)]);
  const knownUnits = new Set<string>([...mainForecasts.map((f) => f.costCenter)]);
  const years = new Set(copies.map((c) => +c.meta.round.slice(0, 4)).filter((y) => Number.isInteger(y)));
  for (const y of years) {
    const src = await loadSources(main, y, { costLineOf: env.costLineOf });
    for (const u of src.units.keys()) knownUnits.add(u);
    for (const u of src.lines.keys()) knownUnits.add(u);
  }

  const fUpdates: TableRowUpdate[] = [];
  const fAppends: CellValue[][] = [];
  const cUpdates: TableRowUpdate[] = [];
  const cAppends: CellValue[][] = [];
  const sUpdates: TableRowUpdate[] = [];
  const sAppends: CellValue[][] = [];
  const auditAppends: CellValue[][] = [];
  const auditSeen = new Set(mainAudit.map((a) => auditCells(a).join('\u0000')));

  for (const group of groups.values()) {
    const { costCenter: cc, round } = group[0].meta;
    if (group.length > 1) {
      for (const c of group) {
        report.conflicts.push(
          conflict(c.name, cc, round, 'duplicateUnit', 'forecast.collect.duplicateUnit', { unit: cc, names: group.map((g) => g.name).join(', ') }),
        );
      }
      continue;
    }
    const copy = group[0];
    if (!knownUnits.has(cc)) {
      report.conflicts.push(conflict(copy.name, cc, round, 'unknownUnit', 'forecast.collect.unknownUnit', { unit: cc, name: copy.name }));
      continue;
    }
    const mine = contentOf(mainForecasts, mainComments, mainStatuses, cc, round);
    if (sameContent(mine, copy.content)) {
      report.unchanged.push({ name: copy.name, costCenter: cc, round });
      continue;
    }
    if (mine.status?.status === 'approved') {
      report.conflicts.push(conflict(copy.name, cc, round, 'editedAfterApproval', 'forecast.collect.editedAfterApproval', { unit: cc, round, name: copy.name }));
      continue;
    }
    const after = (a: AuditEntry) => a.costCenter === cc && a.round === round && a.time > copy.meta.createdAt && a.field !== AUDIT_FIELDS.collected;
    const changedHere = mainAudit.some(after);
    const changedThere = copy.audit.some(after);
    if (changedHere && changedThere) {
      // Changed in both since the copy was made: someone must decide.
      report.conflicts.push(conflict(copy.name, cc, round, 'changedInBoth', 'forecast.collect.changedInBoth', { unit: cc, round, name: copy.name }));
      continue;
    }
    if (changedHere) {
      // Only the main workbook moved on: the copy is stale, not an edit.
      report.unchanged.push({ name: copy.name, costCenter: cc, round });
      continue;
    }

    for (const [line, f] of copy.content.forecasts) {
      const cells = forecastCells({ ...f, round, costCenter: cc, costLine: line });
      const existing = mine.forecasts.get(line);
      if (existing) fUpdates.push({ index: existing.index, values: cells });
      else fAppends.push(cells);
    }
    for (const [line, c] of copy.content.comments) {
      const cells = commentCells({ ...c, round, costCenter: cc, costLine: line });
      const existing = mine.comments.get(line);
      if (existing) cUpdates.push({ index: existing.index, values: cells });
      else cAppends.push(cells);
    }
    if (copy.content.status) {
      const cells = statusCells({ ...copy.content.status, round, costCenter: cc });
      if (mine.status) sUpdates.push({ index: mine.status.index, values: cells });
      else sAppends.push(cells);
    }
    for (const a of copy.audit) {
      const cells = auditCells(a);
      const key = cells.join('\u0000');
      if (!auditSeen.has(key)) {
        auditSeen.add(key);
        auditAppends.push(cells);
      }
    }
    auditAppends.push(auditCells({ time: now, user, costCenter: cc, costLine: '', round, field: AUDIT_FIELDS.collected, from: '', to: copy.name }));
    report.collected.push({
      name: copy.name,
      costCenter: cc,
      round,
      lines: copy.content.forecasts.size,
      status: STATUS_CODES[copy.content.status?.status ?? 'draft'],
    });
  }

  if (report.collected.length) {
    const known = new Set((await readRounds(main)).map((r) => r.round));
    const missing = [...new Set(report.collected.map((c) => c.round))].filter((r) => !known.has(r));
    if (missing.length) {
      await main.appendTableRows(
        FORECAST_ROUNDS_TABLE,
        missing.map((r) => roundCells({ round: r, label: roundLabel(r), fromRound: '', createdAt: now, createdBy: user })),
      );
    }
  }
  await upsertRows(main, FORECAST_TABLE, fUpdates, fAppends);
  await upsertRows(main, FORECAST_COMMENTS_TABLE, cUpdates, cAppends);
  await upsertRows(main, FORECAST_STATUS_TABLE, sUpdates, sAppends);
  if (auditAppends.length) await main.appendTableRows(FORECAST_AUDIT_TABLE, auditAppends);
  return report;
}
