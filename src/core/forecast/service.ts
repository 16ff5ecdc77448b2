/**
 * The forecast service over the Workbook port: what the task pane and the CLI call.
 *
 * - `openUnit` loads one unit's lines for a round (budget, actuals, last year, the previous round, proposals and
 *   backtests) into a session; `session.view()` is everything the pane shows (no arithmetic in the pane).
 * - `session.save(edit)` validates a typed value or comment and writes it at once: the affected rows are upserted
 *   and an audit row is appended for every changed field. Approved (and submitted) units refuse edits.
 * - `session.submit()`, `approve()`, `reopen(comment)` run the workflow with the rules enforced.
 * - `computeProposals` / `writeProposals` serve the CLI's batch; `startRound` lets the ekonom open a round for all
 *   units from the previous one.
 */
import type { CellValue, TableRowUpdate, WorkbookPort } from '../port';
import { assertOre, type Ore } from '../money';
import { UserError } from '../errors';
import { t, type StringKey, type TextParams } from '../strings';
import { emptyHistory, latestActualPeriod, lineKind, loadSources, sortLines, type CostLineOf, type ForecastSources, type PlacementsOf } from './data';
import { backtestAll, bestMethod, proposeAll, sumRange } from './proposals';
import { carryForward, fullYearOf, phaseFullYear, withMonth } from './phasing';
import {
  DEFAULT_THRESHOLDS,
  amountQuestions,
  checkComment,
  checkLineRules,
  checkTypedAmount,
  commentRequired,
  normaliseThresholds,
  varianceOf,
  type CommentThresholds,
  type ForecastMessage,
  type LineRuleIssue,
} from './rules';
import { editRefusal, nextStatus, parseRound, previousRound, roundLabel, type RoundKey, type WorkflowAction } from './rounds';
import {
  AUDIT_FIELDS,
  FORECAST_AUDIT_TABLE,
  FORECAST_COMMENTS_TABLE,
  FORECAST_PROPOSALS_TABLE,
  FORECAST_ROUNDS_TABLE,
  FORECAST_STATUS_TABLE,
  FORECAST_TABLE,
  PHASING_CODES,
  SOURCE_CODES,
  STATUS_CODES,
  type PhasingCode,
} from './tables';
import {
  auditCells,
  auditMoney,
  commentCells,
  forecastCells,
  lastByKey,
  lineKey,
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
  type StoredRound,
  type StoredStatus,
} from './store';
import {
  FORECAST_METHODS,
  type BacktestSet,
  type ForecastMethod,
  type ForecastSource,
  type ForecastStatus,
  type LineHistory,
  type LineKind,
  type Months,
  type PhasingProfile,
  type ProposalSet,
} from './types';

export interface ForecastEnv {
  port: WorkbookPort;
  /** Who edits: the name entered once in the pane, or the Office user where available. */
  user: string;
  /** Local time 'YYYY-MM-DD HH:MM:SS' (injectable for tests). */
  now?: () => string;
  /** Account → cost line (the import's mapping); read from IFO_Kontoplan when omitted. */
  costLineOf?: CostLineOf;
  /** The placement register's outlook per unit × purchased-care line; the placements method is unavailable without it. */
  placementsOf?: PlacementsOf;
}

/** Workbook setting holding the comment thresholds set by the ekonom. */
export const THRESHOLDS_SETTING = 'forecast.thresholds';

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Local time as 'YYYY-MM-DD HH:MM:SS'. */
export function localTimestamp(d: Date = new Date()): string {
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function nowOf(env: ForecastEnv): string {
  return (env.now ?? (() => localTimestamp()))();
}

function userOf(env: ForecastEnv): string {
  const u = env.user.trim();
  if (!u) throw new UserError('forecast.error.noUser');
  return u;
}

function message(key: StringKey, params?: TextParams): ForecastMessage {
  return params ? { key, params, message: t(key, params) } : { key, message: t(key) };
}

export async function readThresholds(port: WorkbookPort): Promise<CommentThresholds> {
  const s = await port.getSettings();
  return s[THRESHOLDS_SETTING] === undefined ? { ...DEFAULT_THRESHOLDS } : normaliseThresholds(s[THRESHOLDS_SETTING]);
}

export async function writeThresholds(port: WorkbookPort, thr: CommentThresholds): Promise<void> {
  const n = normaliseThresholds(thr);
  await port.setSettings({ [THRESHOLDS_SETTING]: { amountOre: n.amountOre, percent: n.percent, combine: n.combine } });
}

/** Workbook setting key for the units a user picked (settings are shared by the workbook's users: one key per user). */
export function myUnitsSetting(user: string): string {
  return 'forecast.units.' + user.trim().toLowerCase();
}

/** The units (ansvar) this user picked last time; [] when none. */
export async function readMyUnits(port: WorkbookPort, user: string): Promise<string[]> {
  const v = (await port.getSettings())[myUnitsSetting(user)];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Remembers the units this user works with (picked once in the pane). */
export async function writeMyUnits(port: WorkbookPort, user: string, units: string[]): Promise<void> {
  const clean = [...new Set(units.map((u) => u.trim()).filter(Boolean))];
  await port.setSettings({ [myUnitsSetting(userOf({ port, user }))]: clean.length ? clean : null });
}

/** Attaches the placements outlook to purchased-care lines. */
function withPlacements(h: LineHistory, env: ForecastEnv, costCenter: string, line: string, asOf: string): LineHistory {
  if (!h.purchasedCare || !env.placementsOf) return h;
  return { ...h, placements: env.placementsOf(costCenter, line, asOf) };
}

/** True when a line has anything to forecast (budget this year, actuals this or last year). */
function isActive(h: LineHistory): boolean {
  const nz = (m: Months | null) => !!m && m.some((v) => v !== null && v !== 0);
  return nz(h.actuals) || nz(h.budget) || nz(h.lastYear);
}

// ---------------------------------------------------------------------------
// What the pane shows

export interface LineForecast {
  costLine: string;
  kind: LineKind;
  purchasedCare: boolean;
  /** Budget for the year / to date; null when the workbook has no budget for the year. */
  budgetYearOre: Ore | null;
  budgetToDateOre: Ore | null;
  /** Actuals to date; null when a month up to the round's month is not imported. */
  actualToDateOre: Ore | null;
  budgetMonths: Months | null;
  actualMonths: Months;
  lastYearMonths: Months | null;
  proposals: ProposalSet;
  backtests: BacktestSet;
  /** The method with the smallest backtest error that has a proposal now. */
  bestMethod: ForecastMethod | null;
  /** This round's forecast: stored, or carried from the previous round and not yet stored; null when none. */
  forecast: { months: Ore[]; fullYearOre: Ore; phasing: PhasingCode | null; stored: boolean } | null;
  source: ForecastSource | null;
  /** Budget − forecast (positive = under budget on costs). */
  varianceOre: Ore | null;
  previousFullYearOre: Ore | null;
  /** Forecast − previous round's forecast. */
  changeSincePreviousOre: Ore | null;
  cause: string;
  action: string;
  commentRequired: boolean;
  actionRequired: boolean;
  /** Rule issues to show inline (missing forecast / orsak / åtgärd). */
  issues: LineRuleIssue[];
  changedAt: string;
  changedBy: string;
}

export interface UnitTotals {
  budgetYearOre: Ore;
  budgetToDateOre: Ore;
  actualToDateOre: Ore;
  /** Sum of the lines' forecasts (lines without a forecast count their budget: see missingForecasts). */
  forecastOre: Ore;
  varianceOre: Ore;
  previousFullYearOre: Ore | null;
  changeSincePreviousOre: Ore | null;
  missingForecasts: number;
}

export interface UnitForecast {
  costCenter: string;
  name: string;
  unit: string;
  round: string;
  roundLabel: string;
  previousRound: string | null;
  elapsed: number;
  /** False when the workbook has no actuals for the round's month (import the ledger first). */
  actualsImported: boolean;
  status: ForecastStatus;
  statusComment: string;
  /** When and by whom the status was last set ('' while the unit has no status row). */
  statusChangedAt: string;
  statusChangedBy: string;
  /** True when anything of the unit is stored in the round (rows or a status). */
  started: boolean;
  editable: boolean;
  lockReason: ForecastMessage | null;
  thresholds: CommentThresholds;
  lines: LineForecast[];
  totals: UnitTotals;
}

// ---------------------------------------------------------------------------
// Edits

interface EditBase {
  costLine: string;
  /** The user confirmed the questions raised by an earlier attempt (absurd size, negative cost …). */
  confirmed?: boolean;
}

export type ForecastEdit =
  | (EditBase & { kind: 'fullYear'; text: string; profile?: PhasingProfile })
  | (EditBase & { kind: 'month'; month: number; text: string })
  | (EditBase & { kind: 'proposal'; method: ForecastMethod; profile?: PhasingProfile })
  | (EditBase & { kind: 'phasing'; profile: PhasingProfile })
  | (EditBase & { kind: 'cause'; text: string })
  | (EditBase & { kind: 'action'; text: string });

/** Accept one method's proposal for every line of the unit that has one. */
export interface AcceptAllEdit {
  method: ForecastMethod;
  profile?: PhasingProfile;
  confirmed?: boolean;
}

export type SaveResult =
  | { status: 'saved'; lines: LineForecast[]; notes: ForecastMessage[]; skipped: { costLine: string; message: ForecastMessage }[] }
  | { status: 'refused'; errors: ForecastMessage[] }
  | { status: 'confirm'; questions: (ForecastMessage & { costLine: string })[] };

export type WorkflowResult =
  | { status: 'done'; unit: UnitForecast }
  | { status: 'refused'; errors: (ForecastMessage & { costLine?: string })[] };

interface WritePlan {
  fUpdates: TableRowUpdate[];
  fAppends: CellValue[][];
  cUpdates: TableRowUpdate[];
  cAppends: CellValue[][];
  audit: AuditEntry[];
  writtenForecasts: Omit<StoredForecast, 'index' | 'fullYear'>[];
  writtenComments: Omit<StoredComment, 'index'>[];
}

interface Change {
  costLine: string;
  months?: Ore[];
  phasing?: PhasingCode;
  method?: ForecastSource;
  cause?: string;
  action?: string;
  /** Log each changed month (month edits, re-phasing), not only the full year. */
  logMonths?: boolean;
}

// ---------------------------------------------------------------------------
// The session

interface LineData {
  history: LineHistory;
  proposals: ProposalSet;
  backtests: BacktestSet;
}

/** The forecast area's stored tables and the thresholds, as read in one go. */
interface StoredTables {
  forecasts: StoredForecast[];
  comments: StoredComment[];
  statuses: StoredStatus[];
  rounds: StoredRound[];
  thresholds: CommentThresholds;
}

async function readStored(port: WorkbookPort): Promise<StoredTables> {
  const [forecasts, comments, statuses, rounds, thresholds] = await Promise.all([
    readForecasts(port),
    readComments(port),
    readStatuses(port),
    readRounds(port),
    readThresholds(port),
  ]);
  return { forecasts, comments, statuses, rounds, thresholds };
}

/** True when a unit's status row is the same as when last read (nobody acted on the unit since). */
function sameStatusRow(a: StoredStatus | null, b: StoredStatus | null): boolean {
  if (a === null || b === null) return a === b;
  return a.index === b.index && a.status === b.status && a.changedAt === b.changedAt && a.changedBy === b.changedBy && a.comment === b.comment;
}

/**
 * One unit in one round, loaded once. Before every write the status table is read again (lock, others' workflow
 * actions); this unit's row indexes are kept between writes (rows are only ever appended or updated in place) and
 * rows it appended are located by one read of their table before they are first updated. `reload()` reads
 * everything again (the pane calls it when it regains focus).
 */
export class UnitForecastSession {
  private forecasts = new Map<string, StoredForecast>();
  private comments = new Map<string, StoredComment>();
  private previous = new Map<string, StoredForecast>();
  private statusRow: StoredStatus | null = null;
  private roundRecorded = false;
  private prevRoundKey: string | null = null;
  private readonly lineData = new Map<string, LineData>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly env: ForecastEnv,
    readonly costCenter: string,
    readonly round: RoundKey,
    private readonly src: ForecastSources,
    private thresholds: CommentThresholds,
  ) {}

  /** Loads a unit for a round. Refuses unknown units and malformed round keys. */
  static async open(env: ForecastEnv, costCenter: string, round: string): Promise<UnitForecastSession> {
    const r = parseRound(round);
    const cc = costCenter.trim();
    const src = await loadSources(env.port, r.year, { costLineOf: env.costLineOf, costCenters: new Set([cc]) });
    const s = new UnitForecastSession(env, cc, r, src, await readThresholds(env.port));
    await s.loadStored();
    if (!src.units.has(cc) && !src.lines.has(cc) && s.forecasts.size === 0) {
      throw new UserError('forecast.error.unknownUnit', { unit: cc });
    }
    return s;
  }

  /** Sessions for several units over one read of the sources and the stored tables (the ekonom's overview). */
  static async openMany(env: ForecastEnv, round: string, costCenters?: ReadonlySet<string>): Promise<{ sessions: UnitForecastSession[]; sources: ForecastSources }> {
    const r = parseRound(round);
    const src = await loadSources(env.port, r.year, { costLineOf: env.costLineOf, costCenters });
    const stored = await readStored(env.port);
    const ccs = new Set<string>([...src.units.keys(), ...src.lines.keys()]);
    for (const f of stored.forecasts) if (f.round === r.key) ccs.add(f.costCenter);
    for (const x of stored.statuses) if (x.round === r.key) ccs.add(x.costCenter);
    const sessions = [...ccs]
      .filter((cc) => !costCenters || costCenters.has(cc))
      .sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))
      .map((cc) => {
        const s = new UnitForecastSession(env, cc, r, src, stored.thresholds);
        s.applyAll(stored);
        return s;
      });
    return { sessions, sources: src };
  }

  /**
   * Runs one operation of the session at a time: the pane may fire a save (debounced typing, blur) while another
   * is still writing; interleaved they would read and write the same rows out of order.
   */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private data(line: string): LineData {
    let d = this.lineData.get(line);
    if (!d) {
      const base = this.src.lines.get(this.costCenter)?.get(line) ?? emptyHistory(this.src, line);
      const history = withPlacements(base, this.env, this.costCenter, line, this.round.key);
      d = { history, proposals: proposeAll(history, this.round.elapsed), backtests: backtestAll(history, this.round.elapsed) };
      this.lineData.set(line, d);
    }
    return d;
  }

  /** Re-reads this unit's stored rows, status and the thresholds (after others' edits): the pane calls it on focus. */
  reload(): Promise<void> {
    return this.serial(() => this.loadStored());
  }

  private async loadStored(): Promise<void> {
    this.applyAll(await readStored(this.env.port));
  }

  private applyAll(stored: StoredTables): void {
    this.thresholds = stored.thresholds;
    const roundKeys = new Set(stored.rounds.map((r) => r.round));
    for (const f of stored.forecasts) roundKeys.add(f.round);
    this.roundRecorded = stored.rounds.some((r) => r.round === this.round.key);
    this.prevRoundKey = previousRound(roundKeys, this.round.key);
    this.previous = lastByKey(
      stored.forecasts.filter((f) => f.costCenter === this.costCenter && f.round === this.prevRoundKey),
      (f) => f.costLine,
    );
    this.forecasts = lastByKey(stored.forecasts.filter(this.mine), (f) => f.costLine);
    this.comments = lastByKey(stored.comments.filter(this.mine), (c) => c.costLine);
    this.statusRow = lastByKey(stored.statuses.filter(this.mine), () => 'x').get('x') ?? null;
  }

  private readonly mine = (r: { costCenter: string; round: string }) => r.costCenter === this.costCenter && r.round === this.round.key;

  /**
   * Before a write: the status table only (the lock, and others' workflow actions on this unit). This unit's row
   * indexes are kept from the last full read — the add-in only appends rows to the forecast tables and updates rows
   * in place, so other managers' edits (their own units' rows) never move ours. When this unit's status row changed
   * since (approved, reopened, collected by the ekonom) everything is read again.
   */
  private async prepareWrite(): Promise<ForecastMessage | null> {
    const statuses = await readStatuses(this.env.port);
    const row = lastByKey(statuses.filter(this.mine), () => 'x').get('x') ?? null;
    if (!sameStatusRow(row, this.statusRow)) await this.loadStored();
    const r = editRefusal(this.status);
    return r ? message(r) : null;
  }

  /**
   * Finds the rows this session appended (index −1) before it updates them: one read of each table concerned, taking
   * this unit's last row per line (a concurrent first edit may have appended a duplicate; the later row wins).
   */
  private async locateRows(forecasts: boolean, comments: boolean): Promise<void> {
    const port = this.env.port;
    if (forecasts) this.forecasts = lastByKey((await readForecasts(port)).filter(this.mine), (f) => f.costLine);
    if (comments) this.comments = lastByKey((await readComments(port)).filter(this.mine), (c) => c.costLine);
  }

  get status(): ForecastStatus {
    return this.statusRow?.status ?? 'draft';
  }

  /** The unit's lines in report order. */
  lineNames(): string[] {
    const names = new Set<string>();
    for (const [line, h] of this.src.lines.get(this.costCenter) ?? []) if (isActive(h)) names.add(line);
    for (const line of this.forecasts.keys()) names.add(line);
    for (const line of this.previous.keys()) names.add(line);
    return sortLines(this.src, names);
  }

  /** The previous figure for "change since the previous round": own previous round, else an imported earlier forecast. */
  private previousFullYear(line: string): Ore | null {
    const p = this.previous.get(line);
    if (p) return p.fullYear;
    const byPeriod = this.src.earlierForecasts.get(this.costCenter)?.get(line);
    if (!byPeriod) return null;
    let best: string | null = null;
    for (const period of byPeriod.keys()) if (period < this.round.key && (best === null || period > best)) best = period;
    return best === null ? null : (byPeriod.get(best) as Ore);
  }

  /** The line's current forecast: stored, else carried from the previous round. */
  private currentForecast(line: string): { months: Ore[]; phasing: PhasingCode | null; stored: boolean; source: ForecastSource | null } | null {
    const stored = this.forecasts.get(line);
    if (stored) {
      return { months: stored.months, phasing: stored.phasing, stored: true, source: this.comments.get(line)?.method ?? null };
    }
    const prev = this.previous.get(line);
    if (!prev) return null;
    const h = this.data(line).history;
    if (sumRange(h.actuals, 0, this.round.elapsed) === null) return null;
    return { months: carryForward(prev.months, h.actuals, this.round.elapsed), phasing: prev.phasing, stored: false, source: 'previousRound' };
  }

  private lineView(line: string): LineForecast {
    const { history: h, proposals, backtests } = this.data(line);
    const e = this.round.elapsed;
    const budgetYear = h.budget ? sumRange(h.budget, 0, 12) : null;
    const budgetToDate = h.budget ? sumRange(h.budget, 0, e) : null;
    const cur = this.currentForecast(line);
    const fullYear = cur ? fullYearOf(cur.months) : null;
    const prev = this.previousFullYear(line);
    const c = this.comments.get(line);
    const cause = c?.cause ?? '';
    const action = c?.action ?? '';
    const budgetForRules = budgetYear ?? 0;
    const required = fullYear !== null && commentRequired(budgetForRules, fullYear, this.thresholds);
    const variance = fullYear === null ? null : varianceOf(budgetForRules, fullYear);
    return {
      costLine: line,
      kind: lineKind(this.src, line),
      purchasedCare: h.purchasedCare,
      budgetYearOre: budgetYear,
      budgetToDateOre: budgetToDate,
      actualToDateOre: sumRange(h.actuals, 0, e),
      budgetMonths: h.budget,
      actualMonths: h.actuals,
      lastYearMonths: h.lastYear,
      proposals,
      backtests,
      bestMethod: bestMethod(proposals, backtests),
      forecast: cur && fullYear !== null ? { months: cur.months, fullYearOre: fullYear, phasing: cur.phasing, stored: cur.stored } : null,
      source: cur?.source ?? c?.method ?? null,
      varianceOre: variance,
      previousFullYearOre: prev,
      changeSincePreviousOre: prev === null || fullYear === null ? null : fullYear - prev,
      cause,
      action,
      commentRequired: required,
      actionRequired: required && variance !== null && variance < 0,
      issues: checkLineRules({ costLine: line, budgetOre: budgetForRules, forecastOre: fullYear, cause, action }, this.thresholds),
      changedAt: this.forecasts.get(line)?.changedAt ?? c?.changedAt ?? '',
      changedBy: this.forecasts.get(line)?.changedBy ?? c?.changedBy ?? '',
    };
  }

  /** Everything the pane shows for the unit. */
  view(): UnitForecast {
    const lines = this.lineNames().map((l) => this.lineView(l));
    let budgetYear = 0;
    let budgetToDate = 0;
    let actual = 0;
    let forecast = 0;
    let prev = 0;
    let prevAll = true;
    let missing = 0;
    for (const l of lines) {
      budgetYear += l.budgetYearOre ?? 0;
      budgetToDate += l.budgetToDateOre ?? 0;
      actual += l.actualToDateOre ?? 0;
      if (l.forecast) forecast += l.forecast.fullYearOre;
      else {
        missing++;
        forecast += l.budgetYearOre ?? 0;
      }
      if (l.previousFullYearOre === null) prevAll = false;
      else prev += l.previousFullYearOre;
    }
    for (const v of [budgetYear, budgetToDate, actual, forecast, prev]) assertOre(v, 'summa');
    const unit = this.src.units.get(this.costCenter);
    const refusal = editRefusal(this.status);
    return {
      costCenter: this.costCenter,
      name: unit?.name ?? '',
      unit: unit?.unit ?? '',
      round: this.round.key,
      roundLabel: roundLabel(this.round.key),
      previousRound: this.prevRoundKey,
      elapsed: this.round.elapsed,
      actualsImported: this.src.actualPeriods.has(this.round.key),
      status: this.status,
      statusComment: this.statusRow?.comment ?? '',
      statusChangedAt: this.statusRow?.changedAt ?? '',
      statusChangedBy: this.statusRow?.changedBy ?? '',
      started: this.statusRow !== null || this.forecasts.size > 0 || this.comments.size > 0,
      editable: refusal === null,
      lockReason: refusal ? message(refusal) : null,
      thresholds: this.thresholds,
      lines,
      totals: {
        budgetYearOre: budgetYear,
        budgetToDateOre: budgetToDate,
        actualToDateOre: actual,
        forecastOre: forecast,
        varianceOre: budgetYear - forecast,
        previousFullYearOre: prevAll && lines.length ? prev : null,
        changeSincePreviousOre: prevAll && lines.length ? forecast - prev : null,
        missingForecasts: missing,
      },
    };
  }

  private knownLine(line: string): boolean {
    return this.lineNames().includes(line) || this.src.costLines.has(line);
  }

  /** Phases a full-year figure for a line with a profile; returns the months and a note when the profile fell back. */
  private phase(line: string, fullYear: Ore, profile: PhasingProfile): { months: Ore[]; note: ForecastMessage | null; used: PhasingProfile } {
    const h = this.data(line).history;
    const r = phaseFullYear({ fullYear, elapsed: this.round.elapsed, actuals: h.actuals, profile, budget: h.budget, lastYear: h.lastYear });
    return { months: r.months, used: r.profile, note: r.fallbackReason ? message(r.fallbackReason, { line }) : null };
  }

  /** Validates and stores one edit. Returns inline errors, questions to confirm, or the saved lines. */
  save(edit: ForecastEdit): Promise<SaveResult> {
    return this.serial(() => this.saveNow(edit));
  }

  private async saveNow(edit: ForecastEdit): Promise<SaveResult> {
    const user = userOf(this.env);
    const refusal = await this.prepareWrite();
    if (refusal) return { status: 'refused', errors: [refusal] };
    const line = edit.costLine.trim();
    if (!this.knownLine(line)) return { status: 'refused', errors: [message('forecast.error.unknownLine', { line })] };
    const view = this.lineView(line);
    const kind = view.kind;
    const notes: ForecastMessage[] = [];
    const e = this.round.elapsed;

    if (edit.kind === 'cause' || edit.kind === 'action') {
      const c = checkComment(edit.text);
      if (!c.ok) return { status: 'refused', errors: c.errors };
      return this.write([{ costLine: line, [edit.kind]: c.text }], user, notes, []);
    }

    if (view.actualToDateOre === null) {
      return { status: 'refused', errors: [message('forecast.error.noActualsForLine', { line, period: this.round.key })] };
    }
    const budgetYear = view.budgetYearOre ?? 0;

    if (edit.kind === 'fullYear' || edit.kind === 'proposal') {
      let ore: Ore;
      if (edit.kind === 'fullYear') {
        const c = checkTypedAmount(edit.text, { budgetOre: budgetYear, actualToDateOre: view.actualToDateOre, kind });
        if (!c.ok) return { status: 'refused', errors: c.errors };
        if (c.confirm.length && !edit.confirmed) return { status: 'confirm', questions: c.confirm.map((q) => ({ ...q, costLine: line })) };
        ore = c.ore;
      } else {
        const p = view.proposals[edit.method];
        if (!p.ok) return { status: 'refused', errors: [message(p.reason, p.params)] };
        const q = amountQuestions(p.ore, { budgetOre: budgetYear, actualToDateOre: view.actualToDateOre, kind });
        if (q.length && !edit.confirmed) return { status: 'confirm', questions: q.map((x) => ({ ...x, costLine: line })) };
        ore = p.ore;
      }
      if (e === 12 && ore !== view.actualToDateOre) {
        return { status: 'refused', errors: [message('forecast.phasing.noMonthsLeft')] };
      }
      const ph = this.phase(line, ore, edit.profile ?? 'budget');
      if (ph.note) notes.push(ph.note);
      return this.write(
        [{ costLine: line, months: ph.months, phasing: ph.used, method: edit.kind === 'fullYear' ? 'manual' : edit.method }],
        user,
        notes,
        [],
      );
    }

    if (edit.kind === 'phasing') {
      if (!view.forecast) return { status: 'refused', errors: [message('forecast.error.noForecastToPhase', { line })] };
      const ph = this.phase(line, view.forecast.fullYearOre, edit.profile);
      if (ph.note) notes.push(ph.note);
      return this.write([{ costLine: line, months: ph.months, phasing: ph.used, logMonths: true }], user, notes, []);
    }

    // A single month.
    const month = edit.month;
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      return { status: 'refused', errors: [message('forecast.input.badMonth', { month: String(month) })] };
    }
    if (month <= e) return { status: 'refused', errors: [message('forecast.input.monthHasActuals', { month })] };
    const h = this.data(line).history;
    const monthBudget = h.budget?.[month - 1] ?? 0;
    const ref = Math.max(Math.abs(monthBudget), Math.round(Math.abs(budgetYear) / 12));
    const c = checkTypedAmount(edit.text, { budgetOre: ref, kind });
    if (!c.ok) return { status: 'refused', errors: c.errors };
    if (c.confirm.length && !edit.confirmed) return { status: 'confirm', questions: c.confirm.map((q) => ({ ...q, costLine: line })) };
    // Start from the current months; with no forecast yet, from the budget profile (actuals + remaining budget).
    const base = view.forecast
      ? carryForward(view.forecast.months, h.actuals, e)
      : carryForward(h.budget ? h.budget.map((v) => v ?? 0) : new Array<Ore>(12).fill(0), h.actuals, e);
    const months = withMonth(base, e, month - 1, c.ore);
    return this.write([{ costLine: line, months, phasing: 'monthly', method: 'manual', logMonths: true }], user, notes, []);
  }

  /** Accepts one method's proposal for every line that has one; lines without it are listed as skipped. */
  acceptAll(edit: AcceptAllEdit): Promise<SaveResult> {
    return this.serial(() => this.acceptAllNow(edit));
  }

  private async acceptAllNow(edit: AcceptAllEdit): Promise<SaveResult> {
    const user = userOf(this.env);
    const refusal = await this.prepareWrite();
    if (refusal) return { status: 'refused', errors: [refusal] };
    const changes: Change[] = [];
    const skipped: { costLine: string; message: ForecastMessage }[] = [];
    const questions: (ForecastMessage & { costLine: string })[] = [];
    const notes: ForecastMessage[] = [];
    for (const line of this.lineNames()) {
      const v = this.lineView(line);
      const p = v.proposals[edit.method];
      if (!p.ok) {
        skipped.push({ costLine: line, message: message(p.reason, p.params) });
        continue;
      }
      if (v.actualToDateOre === null) {
        skipped.push({ costLine: line, message: message('forecast.error.noActualsForLine', { line, period: this.round.key }) });
        continue;
      }
      for (const q of amountQuestions(p.ore, { budgetOre: v.budgetYearOre ?? 0, actualToDateOre: v.actualToDateOre, kind: v.kind })) {
        questions.push({ ...q, costLine: line });
      }
      const ph = this.phase(line, p.ore, edit.profile ?? 'budget');
      if (ph.note) notes.push(ph.note);
      changes.push({ costLine: line, months: ph.months, phasing: ph.used, method: edit.method });
    }
    if (questions.length && !edit.confirmed) return { status: 'confirm', questions };
    return this.write(changes, user, notes, skipped);
  }

  /** What a write would do with the rows as this session knows them: upserts (by row index) and audit rows. */
  private plan(changes: Change[], user: string, now: string): WritePlan {
    const round = this.round.key;
    const cc = this.costCenter;
    const fUpdates: TableRowUpdate[] = [];
    const fAppends: CellValue[][] = [];
    const cUpdates: TableRowUpdate[] = [];
    const cAppends: CellValue[][] = [];
    const audit: AuditEntry[] = [];
    const writtenForecasts: Omit<StoredForecast, 'index' | 'fullYear'>[] = [];
    const writtenComments: Omit<StoredComment, 'index'>[] = [];
    const entry = (costLine: string, field: string, from: string, to: string): AuditEntry => ({
      time: now,
      user,
      costCenter: cc,
      costLine,
      round,
      field,
      from,
      to,
    });

    for (const ch of changes) {
      const line = ch.costLine;
      const stored = this.forecasts.get(line);
      const current = this.currentForecast(line);
      if (ch.months) {
        const oldMonths = current?.months ?? null;
        const oldFull = oldMonths ? fullYearOf(oldMonths) : null;
        const newFull = fullYearOf(ch.months);
        const monthsChanged = !oldMonths || oldMonths.some((v, i) => v !== (ch.months as Ore[])[i]);
        const phasingChanged = (current?.phasing ?? null) !== (ch.phasing ?? current?.phasing ?? null);
        if (monthsChanged || phasingChanged || !stored) {
          const row = { round, costCenter: cc, costLine: line, months: ch.months, phasing: ch.phasing ?? current?.phasing ?? null, changedAt: now, changedBy: user };
          writtenForecasts.push(row);
          const cells = forecastCells(row);
          if (stored) fUpdates.push({ index: stored.index, values: cells });
          else fAppends.push(cells);
          if (oldFull !== newFull) audit.push(entry(line, AUDIT_FIELDS.fullYear, auditMoney(oldFull), auditMoney(newFull)));
          // Month by month when asked (month edits, re-phasing) and whenever the months moved under the same year.
          if (oldMonths && (ch.logMonths || oldFull === newFull)) {
            ch.months.forEach((v, i) => {
              if (i >= this.round.elapsed && v !== oldMonths[i]) {
                audit.push(entry(line, AUDIT_FIELDS.month(i), auditMoney(oldMonths[i]), auditMoney(v)));
              }
            });
          }
          if (phasingChanged && current?.phasing && ch.phasing) {
            audit.push(entry(line, AUDIT_FIELDS.phasing, PHASING_CODES[current.phasing], PHASING_CODES[ch.phasing]));
          }
        }
      }
      const oldC = this.comments.get(line);
      const method = ch.method ?? oldC?.method ?? current?.source ?? null;
      const cause = ch.cause ?? oldC?.cause ?? '';
      const action = ch.action ?? oldC?.action ?? '';
      const methodChanged = (oldC?.method ?? null) !== method && ch.method !== undefined;
      const causeChanged = (oldC?.cause ?? '') !== cause;
      const actionChanged = (oldC?.action ?? '') !== action;
      if (methodChanged || causeChanged || actionChanged) {
        const row = { round, costCenter: cc, costLine: line, method, cause, action, changedAt: now, changedBy: user };
        writtenComments.push(row);
        const cells = commentCells(row);
        if (oldC) cUpdates.push({ index: oldC.index, values: cells });
        else cAppends.push(cells);
        if (methodChanged) {
          audit.push(entry(line, AUDIT_FIELDS.method, oldC?.method ? SOURCE_CODES[oldC.method] : '', method ? SOURCE_CODES[method] : ''));
        }
        if (causeChanged) audit.push(entry(line, AUDIT_FIELDS.cause, oldC?.cause ?? '', cause));
        if (actionChanged) audit.push(entry(line, AUDIT_FIELDS.action, oldC?.action ?? '', action));
      }
    }

    return { fUpdates, fAppends, cUpdates, cAppends, audit, writtenForecasts, writtenComments };
  }

  /** Writes changes as upserts plus audit rows; unchanged fields write nothing. */
  private async write(
    changes: Change[],
    user: string,
    notes: ForecastMessage[],
    skipped: { costLine: string; message: ForecastMessage }[],
  ): Promise<SaveResult> {
    const now = nowOf(this.env);
    let p = this.plan(changes, user, now);
    if (p.fUpdates.some((u) => u.index < 0) || p.cUpdates.some((u) => u.index < 0)) {
      // Rows this session appended: find them (one read of the table concerned), then plan again on what was read.
      await this.locateRows(p.fUpdates.some((u) => u.index < 0), p.cUpdates.some((u) => u.index < 0));
      p = this.plan(changes, user, now);
    }
    const { fUpdates, fAppends, cUpdates, cAppends, audit, writtenForecasts, writtenComments } = p;
    const port = this.env.port;
    if (fUpdates.length || fAppends.length || cUpdates.length || cAppends.length) {
      await this.ensureRoundRecorded(user, now);
      await upsertRows(port, FORECAST_TABLE, fUpdates, fAppends);
      await upsertRows(port, FORECAST_COMMENTS_TABLE, cUpdates, cAppends);
      if (audit.length) await port.appendTableRows(FORECAST_AUDIT_TABLE, audit.map(auditCells));
      // Keep the view current without reading back; an appended row's index is found before its first update (−1 here).
      for (const w of writtenForecasts) {
        const prev = this.forecasts.get(w.costLine);
        this.forecasts.set(w.costLine, { ...w, index: prev?.index ?? -1, fullYear: fullYearOf(w.months) });
      }
      for (const w of writtenComments) {
        const prev = this.comments.get(w.costLine);
        this.comments.set(w.costLine, { ...w, index: prev?.index ?? -1 });
      }
      this.roundRecorded = true;
    }
    const touched = new Set(changes.map((c) => c.costLine));
    return { status: 'saved', lines: this.lineNames().filter((l) => touched.has(l)).map((l) => this.lineView(l)), notes, skipped };
  }

  private async ensureRoundRecorded(user: string, now: string): Promise<void> {
    if (this.roundRecorded) return;
    const rounds = await readRounds(this.env.port);
    if (!rounds.some((r) => r.round === this.round.key)) {
      await this.env.port.appendTableRows(FORECAST_ROUNDS_TABLE, [
        roundCells({ round: this.round.key, label: roundLabel(this.round.key), fromRound: this.prevRoundKey ?? '', createdAt: now, createdBy: user }),
      ]);
    }
    this.roundRecorded = true;
  }

  private async setStatus(action: WorkflowAction, user: string, comment: string): Promise<void> {
    const now = nowOf(this.env);
    const from = this.status;
    const to = nextStatus(from, action);
    const cells = statusCells({ round: this.round.key, costCenter: this.costCenter, status: to, changedAt: now, changedBy: user, comment });
    await upsertRows(this.env.port, FORECAST_STATUS_TABLE, this.statusRow ? [{ index: this.statusRow.index, values: cells }] : [], this.statusRow ? [] : [cells]);
    const audit: AuditEntry[] = [
      { time: now, user, costCenter: this.costCenter, costLine: '', round: this.round.key, field: AUDIT_FIELDS.status, from: STATUS_CODES[from], to: STATUS_CODES[to] },
    ];
    if (comment) {
      audit.push({ time: now, user, costCenter: this.costCenter, costLine: '', round: this.round.key, field: 'Kommentar', from: this.statusRow?.comment ?? '', to: comment });
    }
    await this.env.port.appendTableRows(FORECAST_AUDIT_TABLE, audit.map(auditCells));
    await this.loadStored();
  }

  private workflow(action: WorkflowAction, comment = ''): Promise<WorkflowResult> {
    return this.serial(() => this.workflowNow(action, comment));
  }

  private async workflowNow(action: WorkflowAction, comment: string): Promise<WorkflowResult> {
    const user = userOf(this.env);
    await this.loadStored();
    try {
      nextStatus(this.status, action);
    } catch (e) {
      if (e instanceof UserError) return { status: 'refused', errors: [message(e.key, e.params)] };
      throw e;
    }
    if (action === 'submit') {
      const issues = this.lineNames().flatMap((l) => this.lineView(l).issues);
      if (issues.length) return { status: 'refused', errors: issues };
      // Lines carried from the previous round are stored now, so the submitted round is complete in the workbook.
      const carried: Change[] = [];
      for (const l of this.lineNames()) {
        const v = this.lineView(l);
        if (v.forecast && !v.forecast.stored) carried.push({ costLine: l, months: v.forecast.months, method: 'previousRound' });
      }
      if (carried.length) await this.write(carried, user, [], []);
    }
    await this.ensureRoundRecorded(user, nowOf(this.env));
    await this.setStatus(action, user, comment);
    return { status: 'done', unit: this.view() };
  }

  /** utkast → inlämnad, when every line has a forecast and the comment rules are met. */
  submit(): Promise<WorkflowResult> {
    return this.workflow('submit');
  }

  /** inlämnad → godkänd (the ekonom); the round is then locked for the unit. */
  approve(): Promise<WorkflowResult> {
    return this.workflow('approve');
  }

  /** inlämnad/godkänd → utkast, with a required comment (why it is reopened). */
  async reopen(comment: string): Promise<WorkflowResult> {
    const c = checkComment(comment);
    if (!c.ok) return { status: 'refused', errors: c.errors };
    if (c.text === '') return { status: 'refused', errors: [message('forecast.workflow.reopenCommentRequired')] };
    return this.workflow('reopen', c.text);
  }
}

/** Opens one unit in one round (see UnitForecastSession). */
export function openUnit(env: ForecastEnv, costCenter: string, round: string): Promise<UnitForecastSession> {
  return UnitForecastSession.open(env, costCenter, round);
}

// ---------------------------------------------------------------------------
// Units and rounds for the ekonom

export interface UnitListItem {
  costCenter: string;
  name: string;
  unit: string;
  area: string;
}

/** Units (ansvar) known to the workbook: the organisation table plus any with budget or actuals. */
export async function listUnits(env: ForecastEnv, year: number): Promise<UnitListItem[]> {
  const src = await loadSources(env.port, year, { costLineOf: env.costLineOf });
  const ccs = new Set([...src.units.keys(), ...src.lines.keys()]);
  return [...ccs]
    .sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))
    .map((cc) => {
      const u = src.units.get(cc);
      return { costCenter: cc, name: u?.name ?? '', unit: u?.unit ?? '', area: u?.area ?? '' };
    });
}

export interface RoundOverview {
  round: string;
  label: string;
  fromRound: string | null;
  /** Status per unit that has rows or a status in the round. */
  units: { costCenter: string; status: ForecastStatus }[];
}

/** The rounds kept in the workbook, newest first, with each unit's status. */
export async function listRounds(port: WorkbookPort): Promise<RoundOverview[]> {
  const [rounds, forecasts, statuses] = await Promise.all([readRounds(port), readForecasts(port), readStatuses(port)]);
  const keys = new Set<string>([...rounds.map((r) => r.round), ...forecasts.map((f) => f.round)]);
  const statusOf = lastByKey(statuses, (s) => s.round + '\u0000' + s.costCenter);
  return [...keys]
    .filter((k) => /^\d{4}-\d{2}$/.test(k))
    .sort()
    .reverse()
    .map((k) => {
      const rec = rounds.find((r) => r.round === k);
      const ccs = new Set<string>([...forecasts.filter((f) => f.round === k).map((f) => f.costCenter), ...statuses.filter((s) => s.round === k).map((s) => s.costCenter)]);
      return {
        round: k,
        label: rec?.label || roundLabel(k),
        fromRound: rec ? rec.fromRound || null : previousRound(keys, k),
        units: [...ccs].sort().map((cc) => ({ costCenter: cc, status: statusOf.get(k + '\u0000' + cc)?.status ?? 'draft' })),
      };
    });
}

/** One unit's line in the ekonom's overview of a round. */
export interface UnitRoundSummary {
  costCenter: string;
  name: string;
  unit: string;
  area: string;
  status: ForecastStatus;
  /** False while nothing of the unit is stored in the round (shown as "not started"). */
  started: boolean;
  statusChangedAt: string;
  statusChangedBy: string;
  statusComment: string;
  lines: number;
  /** Rule issues that block submitting (missing forecasts, orsak, åtgärd). */
  issues: number;
  totals: UnitTotals;
}

export interface RoundSummary {
  round: string;
  label: string;
  previousRound: string | null;
  actualsImported: boolean;
  units: UnitRoundSummary[];
  counts: { notStarted: number; draft: number; submitted: number; approved: number };
}

/** Every unit of a round with its status and totals, from one read of the workbook (the ekonom's overview). */
export async function roundOverview(env: ForecastEnv, round: string): Promise<RoundSummary> {
  const r = parseRound(round);
  const { sessions, sources } = await UnitForecastSession.openMany(env, r.key);
  const counts = { notStarted: 0, draft: 0, submitted: 0, approved: 0 };
  const units = sessions.map((s): UnitRoundSummary => {
    const v = s.view();
    if (!v.started) counts.notStarted++;
    else counts[v.status]++;
    const u = sources.units.get(s.costCenter);
    return {
      costCenter: s.costCenter,
      name: v.name,
      unit: v.unit,
      area: u?.area ?? '',
      status: v.status,
      started: v.started,
      statusChangedAt: v.statusChangedAt,
      statusChangedBy: v.statusChangedBy,
      statusComment: v.statusComment,
      lines: v.lines.length,
      issues: v.lines.reduce((n, l) => n + l.issues.length, 0),
      totals: v.totals,
    };
  });
  const prev = sessions[0]?.view().previousRound ?? null;
  return { round: r.key, label: roundLabel(r.key), previousRound: prev, actualsImported: sources.actualPeriods.has(r.key), units, counts };
}

export interface ForecastStart {
  /** The latest month of actuals in the workbook; null when nothing is imported. */
  latestActualPeriod: string | null;
  /** Rounds kept in the workbook, newest first. */
  rounds: RoundOverview[];
  /** The round to show first: the newest of the rounds and the latest month of actuals. */
  defaultRound: string | null;
  /** Rounds to offer: those kept plus the latest month of actuals, newest first, each with its label. */
  choices: { round: string; label: string; started: boolean }[];
}

/** What the pane needs to start: the rounds and the latest month of actuals. */
export async function forecastStart(port: WorkbookPort): Promise<ForecastStart> {
  const [rounds, latest] = await Promise.all([listRounds(port), latestActualPeriod(port)]);
  const choices = rounds.map((x) => ({ round: x.round, label: x.label, started: true }));
  if (latest && !rounds.some((x) => x.round === latest)) choices.push({ round: latest, label: roundLabel(latest), started: false });
  choices.sort((a, b) => (a.round < b.round ? 1 : a.round > b.round ? -1 : 0));
  return { latestActualPeriod: latest, rounds, defaultRound: choices[0]?.round ?? null, choices };
}

/**
 * Starts a round for all units (the ekonom's "new round"): records it and stores, for every unit × line of the
 * previous round of the year, that round's figures with the months closed since replaced by actuals.
 * Lines already stored in the new round are left alone (idempotent).
 */
export async function startRound(env: ForecastEnv, round: string): Promise<{ round: string; fromRound: string | null; linesCarried: number }> {
  const user = userOf(env);
  const r = parseRound(round);
  const now = nowOf(env);
  const [rounds, forecasts] = await Promise.all([readRounds(env.port), readForecasts(env.port)]);
  const keys = new Set<string>([...rounds.map((x) => x.round), ...forecasts.map((f) => f.round)]);
  const from = previousRound(keys, r.key);
  const existing = new Set(forecasts.filter((f) => f.round === r.key).map((f) => lineKey(f.round, f.costCenter, f.costLine)));
  const appends: CellValue[][] = [];
  const commentAppends: CellValue[][] = [];
  const audit: AuditEntry[] = [];
  if (from) {
    const prev = lastByKey(
      forecasts.filter((f) => f.round === from),
      (f) => f.costCenter + '\u0000' + f.costLine,
    );
    const src = await loadSources(env.port, r.year, { costLineOf: env.costLineOf });
    for (const f of prev.values()) {
      if (existing.has(lineKey(r.key, f.costCenter, f.costLine))) continue;
      const h = src.lines.get(f.costCenter)?.get(f.costLine) ?? emptyHistory(src, f.costLine);
      if (sumRange(h.actuals, 0, r.elapsed) === null) throw new UserError('forecast.error.noActualsForPeriod', { period: r.key });
      const months = carryForward(f.months, h.actuals, r.elapsed);
      appends.push(forecastCells({ round: r.key, costCenter: f.costCenter, costLine: f.costLine, months, phasing: f.phasing, changedAt: now, changedBy: user }));
      commentAppends.push(commentCells({ round: r.key, costCenter: f.costCenter, costLine: f.costLine, method: 'previousRound', cause: '', action: '', changedAt: now, changedBy: user }));
      audit.push({ time: now, user, costCenter: f.costCenter, costLine: f.costLine, round: r.key, field: AUDIT_FIELDS.fullYear, from: '', to: auditMoney(fullYearOf(months)) });
    }
  }
  if (!rounds.some((x) => x.round === r.key)) {
    await env.port.appendTableRows(FORECAST_ROUNDS_TABLE, [roundCells({ round: r.key, label: roundLabel(r.key), fromRound: from ?? '', createdAt: now, createdBy: user })]);
  }
  if (appends.length) {
    await env.port.appendTableRows(FORECAST_TABLE, appends);
    await env.port.appendTableRows(FORECAST_COMMENTS_TABLE, commentAppends);
    await env.port.appendTableRows(FORECAST_AUDIT_TABLE, audit.map(auditCells));
  }
  return { round: r.key, fromRound: from, linesCarried: appends.length };
}

// ---------------------------------------------------------------------------
// Proposals for many units (CLI batch)

export interface ProposalRow {
  costCenter: string;
  costLine: string;
  budgetOre: Ore | null;
  budgetToDateOre: Ore | null;
  actualToDateOre: Ore | null;
  proposals: ProposalSet;
  backtests: BacktestSet;
}

export interface ProposalBatch {
  asOf: string;
  rows: ProposalRow[];
  /** Accounts in the actuals that map to no cost line (left out, to be mapped in IFO_Kontoplan). */
  unmapped: { account: string; ore: Ore }[];
}

/** Proposals and backtests for every line of the given units (all units when none are given). */
export async function computeProposals(env: Omit<ForecastEnv, 'user'>, asOf: string, units: string[] = []): Promise<ProposalBatch> {
  const r = parseRound(asOf);
  const wanted = units.length ? new Set(units.map((u) => u.trim())) : undefined;
  const src = await loadSources(env.port, r.year, { costLineOf: env.costLineOf, costCenters: wanted });
  if (!src.actualPeriods.has(r.key)) throw new UserError('forecast.error.noActualsForPeriod', { period: r.key });
  if (wanted) {
    const unknown = [...wanted].filter((u) => !src.units.has(u) && !src.lines.has(u));
    if (unknown.length) throw new UserError('forecast.error.unknownUnit', { unit: unknown.join(', ') });
  }
  const ccs = [...(wanted ?? new Set(src.lines.keys()))].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
  const rows: ProposalRow[] = [];
  for (const cc of ccs) {
    const byLine = src.lines.get(cc);
    if (!byLine) continue;
    for (const line of sortLines(src, [...byLine].filter(([, h]) => isActive(h)).map(([l]) => l))) {
      const h = withPlacements(byLine.get(line) as LineHistory, env as ForecastEnv, cc, line, r.key);
      rows.push({
        costCenter: cc,
        costLine: line,
        budgetOre: h.budget ? sumRange(h.budget, 0, 12) : null,
        budgetToDateOre: h.budget ? sumRange(h.budget, 0, r.elapsed) : null,
        actualToDateOre: sumRange(h.actuals, 0, r.elapsed),
        proposals: proposeAll(h, r.elapsed),
        backtests: backtestAll(h, r.elapsed),
      });
    }
  }
  return { asOf: r.key, rows, unmapped: src.unmapped };
}

/** The CLI's JSON shape of a batch (öre or null; backtest per method or null when it has none). */
export function proposalsJson(batch: ProposalBatch): unknown {
  return {
    asOf: batch.asOf,
    rows: batch.rows.map((r) => ({
      costCenter: r.costCenter,
      costLine: r.costLine,
      budgetOre: r.budgetOre,
      actualToDateOre: r.actualToDateOre,
      proposals: Object.fromEntries(FORECAST_METHODS.map((m) => [m, r.proposals[m].ok ? r.proposals[m].ore : null])),
      backtest: Object.fromEntries(
        FORECAST_METHODS.map((m) => {
          const b = r.backtests[m];
          return [m, b.ok ? { errorOre: b.errorOre, errorPct: b.errorPct } : null];
        }),
      ),
    })),
  };
}

/** Writes a batch to IFO_Prognosforslag: rows of the same round × unit × line are overwritten, others appended. */
export async function writeProposals(port: WorkbookPort, batch: ProposalBatch, now: string = localTimestamp()): Promise<{ updated: number; appended: number }> {
  const data = await port.readTable(FORECAST_PROPOSALS_TABLE.name);
  const existing = new Map<string, number>();
  if (data) {
    data.rows.forEach((row, i) => {
      const k = lineKey(String(row[0] ?? ''), String(row[1] ?? ''), String(row[2] ?? ''));
      existing.set(k, i);
    });
  }
  const kr = (v: Ore | null) => (v === null ? null : v / 100);
  const updates: TableRowUpdate[] = [];
  const appends: CellValue[][] = [];
  for (const r of batch.rows) {
    const notes: string[] = [];
    for (const m of FORECAST_METHODS) {
      const p = r.proposals[m];
      if (!p.ok) notes.push(`${t(`forecast.method.${m}` as StringKey)}: ${t(p.reason, p.params)}`);
    }
    const cells: CellValue[] = [
      batch.asOf,
      r.costCenter,
      r.costLine,
      kr(r.budgetOre),
      kr(r.budgetToDateOre),
      kr(r.actualToDateOre),
      ...FORECAST_METHODS.map((m) => {
        const p = r.proposals[m];
        return p.ok ? kr(p.ore) : null;
      }),
      ...FORECAST_METHODS.map((m) => {
        const b = r.backtests[m];
        return b.ok ? kr(b.errorOre) : null;
      }),
      ...FORECAST_METHODS.map((m) => {
        const b = r.backtests[m];
        return b.ok && b.errorPct !== null ? b.errorPct / 100 : null;
      }),
      notes.join('; '),
      now,
    ];
    const idx = existing.get(lineKey(batch.asOf, r.costCenter, r.costLine));
    if (idx === undefined) appends.push(cells);
    else updates.push({ index: idx, values: cells });
  }
  await upsertRows(port, FORECAST_PROPOSALS_TABLE, updates, appends);
  return { updated: updates.length, appended: appends.length };
}
