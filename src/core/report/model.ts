/**
 * Builds the report model for a period from the inputs (pure). See types.ts for the sign convention.
 *
 * The forecast round: the latest round of the period's year, up to the period, in which at least one unit has
 * submitted or approved its forecast (or the round asked for). A unit's full-year figures come from that round only
 * when its status there is inlämnad or godkänd; otherwise the unit is listed as missing a forecast and its forecast
 * cells stay empty — never filled with budget. Sums over units (area, activity, total) add the units that have a
 * forecast; their "Avvikelse helår" is the sum of those units' variances.
 *
 * "Previous" is the round before (the unit's stored rows there), else the follow-up import's earlier forecast for the
 * latest period before the round — as the forecast pane shows it.
 */
import { assertOre, oreToKronor, type Ore } from '../money';
import { periodParts, periodsOfYear } from '../dates';
import { issue, UserError, type InputIssue } from '../errors';
import { t } from '../strings';
import { lineKind, sortLines } from '../forecast/data';
import { commentRequired, type CommentThresholds } from '../forecast/rules';
import { previousRound, roundLabel } from '../forecast/rounds';
import { lastByKey, lineKey, type StoredForecast } from '../forecast/store';
import type { ForecastStatus } from '../forecast/types';
import { ACTION_PLAN_TABLE, actionEffect, actionMonths } from './actionPlan';
import { computeAccuracy } from './accuracy';
import type { ReportInputs } from './load';
import type {
  ActionRow,
  Figures,
  Flags,
  GroupRow,
  MissingForecast,
  MonthlySeries,
  ReportLine,
  ReportModel,
  ReportUnit,
  ReportUnitRow,
  RoundTrendRow,
} from './types';

export interface BuildOptions {
  unit?: ReportUnit;
  /** Use this round instead of the latest submitted one. */
  round?: string;
}

const USED: ReadonlySet<ForecastStatus> = new Set<ForecastStatus>(['submitted', 'approved']);

/** Sum of the non-null values; null when every value is null. */
export function sumNullable(values: Iterable<Ore | null>): Ore | null {
  let s = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    s += v;
    any = true;
  }
  if (!any) return null;
  assertOre(s, 'summa');
  return s;
}

/** variance ÷ |budget| on kronor values (as the sheet's formula computes it); null when the budget is 0. */
export function varianceRatio(varianceOre: Ore, budgetOre: Ore): number | null {
  if (budgetOre === 0) return null;
  return oreToKronor(varianceOre) / Math.abs(oreToKronor(budgetOre));
}

/** Whether a variance reaches the thresholds (the forecast's rule), and in which direction. */
export function flagOf(varianceOre: Ore | null, budgetOre: Ore, thr: CommentThresholds): Flags['year'] {
  if (varianceOre === null || varianceOre === 0) return null;
  if (!commentRequired(budgetOre, budgetOre - varianceOre, thr)) return null;
  return varianceOre > 0 ? 'favourable' : 'unfavourable';
}

function flagsOf(f: Figures, thr: CommentThresholds): Flags {
  return { toDate: flagOf(f.varianceToDateOre, f.budgetToDateOre, thr), year: flagOf(f.varianceYearOre, f.budgetYearOre, thr) };
}

/** Figures of a line from its base values. */
export function lineFigures(budgetYear: Ore, budgetToDate: Ore, actualToDate: Ore, forecast: Ore | null, previous: Ore | null): Figures {
  const varianceToDate = budgetToDate - actualToDate;
  return {
    budgetYearOre: budgetYear,
    budgetToDateOre: budgetToDate,
    actualToDateOre: actualToDate,
    varianceToDateOre: varianceToDate,
    varianceToDatePct: varianceRatio(varianceToDate, budgetToDate),
    forecastOre: forecast,
    varianceYearOre: forecast === null ? null : budgetYear - forecast,
    previousOre: previous,
    changeOre: forecast === null || previous === null ? null : forecast - previous,
  };
}

/** Figures of a sum: every amount is the sum of the parts' (null parts left out); the percentage is recomputed. */
export function sumFigures(parts: readonly Figures[]): Figures {
  const sum = (k: keyof Figures) => sumNullable(parts.map((p) => p[k] as Ore | null));
  const budgetToDate = sum('budgetToDateOre') ?? 0;
  const varianceToDate = sum('varianceToDateOre') ?? 0;
  return {
    budgetYearOre: sum('budgetYearOre') ?? 0,
    budgetToDateOre: budgetToDate,
    actualToDateOre: sum('actualToDateOre') ?? 0,
    varianceToDateOre: varianceToDate,
    varianceToDatePct: varianceRatio(varianceToDate, budgetToDate),
    forecastOre: sum('forecastOre'),
    varianceYearOre: sum('varianceYearOre'),
    previousOre: sum('previousOre'),
    changeOre: sum('changeOre'),
  };
}

function sumMonths(m: readonly (Ore | null)[] | null, from: number, to: number): Ore {
  let s = 0;
  if (!m) return 0;
  for (let i = from; i < to; i++) s += m[i] ?? 0;
  return s;
}

/** The round the report uses (see the module comment); null when there is none. */
export function selectRound(inputs: ReportInputs, asked?: string): string | null {
  const { year } = periodParts(inputs.period);
  const keys = roundKeys(inputs).filter((k) => +k.slice(0, 4) === year && k <= inputs.period);
  if (asked !== undefined) {
    if (!keys.includes(asked)) throw new UserError('report.error.roundMissing', { round: asked, period: inputs.period });
    return asked;
  }
  const statusOf = lastByKey(inputs.statuses, (s) => s.round + '\u0000' + s.costCenter);
  const used = keys.filter((k) => [...statusOf.values()].some((s) => s.round === k && USED.has(s.status)));
  const pick = used.length ? used : keys;
  return pick.length ? pick.sort()[pick.length - 1] : null;
}

function roundKeys(inputs: ReportInputs): string[] {
  const s = new Set<string>([...inputs.rounds.map((r) => r.round), ...inputs.forecasts.map((f) => f.round)]);
  return [...s].filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'sv', { numeric: true });
}

export function buildReport(inputs: ReportInputs, opts: BuildOptions = {}): ReportModel {
  const { period, sources: src } = inputs;
  const { year, month: elapsed } = periodParts(period);
  const thr = inputs.thresholds;

  // Every month up to the period must be imported: a report on half a ledger looks right and is wrong.
  const missingMonths = periodsOfYear(year)
    .slice(0, elapsed)
    .filter((p) => !src.actualPeriods.has(p));
  if (missingMonths.length) throw new UserError('report.error.actualsMissing', { periods: missingMonths.join(', '), period });

  const round = selectRound(inputs, opts.round);
  const allKeys = roundKeys(inputs);
  const prevRound = round ? previousRound(allKeys, round) : null;
  const statusOf = lastByKey(inputs.statuses, (s) => s.round + '\u0000' + s.costCenter);
  const forecastOf = lastByKey(inputs.forecasts, (f) => lineKey(f.round, f.costCenter, f.costLine));
  const commentOf = lastByKey(inputs.comments, (c) => lineKey(c.round, c.costCenter, c.costLine));
  const followupOf = new Map<string, string>();
  for (const c of inputs.followupComments) if (c.period === period) followupOf.set(lineKey(c.period, c.costCenter, c.costLine), c.text);

  // Units: every ansvar with budget or actuals this year, or with rows in the round.
  const ccs = new Set<string>(src.lines.keys());
  if (round) for (const f of inputs.forecasts) if (f.round === round) ccs.add(f.costCenter);
  const inRound = new Set(round ? inputs.forecasts.filter((f) => f.round === round).map((f) => f.costCenter) : []);
  const unitRows: ReportUnitRow[] = [];
  const missing: MissingForecast[] = [];
  for (const cc of [...ccs].sort(compareCodes)) {
    const org = inputs.organisation.get(cc);
    const info = src.units.get(cc);
    // A unit with rows in the round but no status row has not been through the workflow yet: a draft.
    const stored = round ? (statusOf.get(round + '\u0000' + cc)?.status ?? (inRound.has(cc) ? 'draft' : null)) : null;
    const status: ForecastStatus | null = stored;
    const hasForecast = status !== null && USED.has(status);
    const hist = src.lines.get(cc) ?? new Map();
    const names = new Set<string>(hist.keys());
    if (round) for (const f of inputs.forecasts) if (f.costCenter === cc && (f.round === round || f.round === prevRound)) names.add(f.costLine);
    const lines: ReportLine[] = [];
    for (const line of sortLines(src, names)) {
      const h = hist.get(line);
      const budgetYear = sumMonths(h?.budget ?? null, 0, 12);
      const budgetToDate = sumMonths(h?.budget ?? null, 0, elapsed);
      const actualToDate = sumMonths(h?.actuals ?? null, 0, elapsed);
      const stored: StoredForecast | undefined = round ? forecastOf.get(lineKey(round, cc, line)) : undefined;
      const forecast = hasForecast && stored ? stored.fullYear : null;
      const previous = previousFigure(inputs, prevRound, round, cc, line, forecastOf);
      const figures = lineFigures(budgetYear, budgetToDate, actualToDate, forecast, previous);
      const comment = round ? commentOf.get(lineKey(round, cc, line)) : undefined;
      const follow = followupOf.get(lineKey(period, cc, line));
      const cause = comment?.cause.trim() ? comment.cause.trim() : (follow ?? '');
      const anything =
        budgetYear !== 0 || actualToDate !== 0 || forecast !== null || (stored !== undefined && stored.fullYear !== 0) || cause !== '';
      if (!anything) continue;
      lines.push({
        ...figures,
        costLine: line,
        kind: lineKind(src, line),
        cause,
        action: comment?.action.trim() ?? '',
        causeSource: comment?.cause.trim() ? 'forecast' : follow ? 'followup' : null,
        flags: flagsOf(figures, thr),
      });
    }
    if (!lines.length) continue;
    const total = sumFigures(lines);
    unitRows.push({
      costCenter: cc,
      name: org?.name || info?.name || '',
      unit: org?.unit || info?.unit || '',
      area: org?.area ?? info?.area ?? '',
      activity: org?.activity ?? '',
      status,
      hasForecast,
      lines,
      total,
      totalFlags: flagsOf(total, thr),
    });
    if (!hasForecast) missing.push({ costCenter: cc, name: org?.name || info?.name || '', status });
  }

  // Actions: on known units only (refused otherwise, naming the row of the action plan).
  const unitByCc = new Map(unitRows.map((u) => [u.costCenter, u]));
  const issues: InputIssue[] = [];
  for (const a of inputs.actions) {
    if (!unitByCc.has(a.costCenter)) {
      issues.push(issue({ sheet: ACTION_PLAN_TABLE.sheet, row: a.sheetRow, column: 'Ansvar', value: a.costCenter }, 'report.actions.costCenterUnknown'));
    }
  }
  if (issues.length) throw new UserError('report.actions.refused', { count: issues.length, sheet: ACTION_PLAN_TABLE.sheet }, issues);
  const actions: ActionRow[] = inputs.actions.map((a) => {
    const u = unitByCc.get(a.costCenter) as ReportUnitRow;
    return { ...a, unitName: u.name, area: u.area, activity: u.activity, months: actionMonths(a, period), effectOre: actionEffect(a, period) };
  });
  const actionsTotal = actions.reduce((s, a) => s + a.effectOre, 0);
  assertOre(actionsTotal, 'åtgärder');

  const group = (key: string, label: string, units: ReportUnitRow[]): GroupRow => {
    const figures = sumFigures(units.map((u) => u.total));
    const set = new Set(units.map((u) => u.costCenter));
    let acts = 0;
    for (const a of actions) if (set.has(a.costCenter)) acts += a.effectOre;
    return {
      ...figures,
      key,
      label,
      costCenters: units.map((u) => u.costCenter),
      actionsOre: acts,
      forecastAfterActionsOre: figures.forecastOre === null ? null : figures.forecastOre - acts,
      varianceAfterActionsOre: figures.varianceYearOre === null ? null : figures.varianceYearOre + acts,
      missing: units.filter((u) => !u.hasForecast).length,
      flags: flagsOf(figures, thr),
    };
  };
  const groupBy = (key: (u: ReportUnitRow) => string, label: (k: string) => string): GroupRow[] => {
    const m = new Map<string, ReportUnitRow[]>();
    for (const u of unitRows) m.set(key(u), [...(m.get(key(u)) ?? []), u]);
    // Groups in the order of their first unit (codes are ordered by area in most charts of accounts); '' last.
    return [...m.entries()]
      .sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0))
      .map(([k, us]) => group(k, label(k), us));
  };
  const areas = groupBy(
    (u) => u.area.trim(),
    (k) => k || t('report.group.noArea'),
  );
  const activities = groupBy(
    (u) => u.activity.trim(),
    (k) => (k ? activityLabel(k) : t('report.group.noActivity')),
  ).sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || compareCodes(a.key, b.key));
  const total = group('', t('report.group.total'), unitRows);

  return {
    period,
    year,
    elapsed,
    round,
    roundLabel: round ? roundLabel(round) : null,
    previousRound: prevRound,
    unit: opts.unit ?? 'tkr',
    thresholds: thr,
    units: unitRows,
    areas,
    activities,
    total,
    actions,
    actionsTotalOre: actionsTotal,
    missingForecasts: missing,
    monthly: monthlySeries(inputs, unitRows, areas, round, forecastOf, elapsed),
    rounds: roundTrend(inputs, allKeys.filter((k) => +k.slice(0, 4) === year && k <= period), statusOf, forecastOf),
    accuracy: accuracyOf(inputs, allKeys.filter((k) => +k.slice(0, 4) === year && k <= period), statusOf, unitRows, round),
    placements: inputs.placements,
    unmapped: src.unmapped,
  };
}

function previousFigure(
  inputs: ReportInputs,
  prevRound: string | null,
  round: string | null,
  cc: string,
  line: string,
  forecastOf: Map<string, StoredForecast>,
): Ore | null {
  if (prevRound) {
    const p = forecastOf.get(lineKey(prevRound, cc, line));
    if (p) return p.fullYear;
  }
  if (!round) return null;
  const byPeriod = inputs.sources.earlierForecasts.get(cc)?.get(line);
  if (!byPeriod) return null;
  let best: string | null = null;
  for (const p of byPeriod.keys()) if (p < round && (best === null || p > best)) best = p;
  return best === null ? null : (byPeriod.get(best) as Ore);
}

/** RS activity names (Räkenskapssammandraget), for the committee summary. */
export const RS_ACTIVITIES: Record<string, string> = {
  '500': 'IFO gemensamt',
  '559': 'Missbrukarvård för vuxna',
  '569': 'Barn- och ungdomsvård',
  '571': 'Övrig vuxenvård',
  '575': 'Ekonomiskt bistånd',
  '585': 'Familjerätt och familjerådgivning',
};

export function activityLabel(code: string): string {
  const name = RS_ACTIVITIES[code];
  return name ? `${code} ${name}` : code;
}

function monthlySeries(
  inputs: ReportInputs,
  units: ReportUnitRow[],
  areas: GroupRow[],
  round: string | null,
  forecastOf: Map<string, StoredForecast>,
  elapsed: number,
): MonthlySeries[] {
  const src = inputs.sources;
  const series = (label: string, ccs: readonly string[]): MonthlySeries => {
    const budget = new Array<Ore>(12).fill(0);
    const actual = new Array<Ore>(12).fill(0);
    const forecast = new Array<Ore>(12).fill(0);
    let anyForecast = false;
    for (const cc of ccs) {
      const u = units.find((x) => x.costCenter === cc) as ReportUnitRow;
      for (const l of u.lines) {
        const h = src.lines.get(cc)?.get(l.costLine);
        for (let m = 0; m < 12; m++) {
          budget[m] += h?.budget?.[m] ?? 0;
          if (m < elapsed) actual[m] += h?.actuals[m] ?? 0;
        }
        if (u.hasForecast && round) {
          const f = forecastOf.get(lineKey(round, cc, l.costLine));
          if (f) {
            anyForecast = true;
            for (let m = 0; m < 12; m++) forecast[m] += f.months[m];
          }
        }
      }
    }
    const cum = (xs: Ore[]) => {
      let s = 0;
      return xs.map((x) => (s += x));
    };
    const actualCum = cum(actual).map((v, m) => (m < elapsed ? v : null));
    return {
      label,
      budgetCum: cum(budget),
      actualCum,
      forecastCum: anyForecast ? cum(forecast) : new Array<Ore | null>(12).fill(null),
    };
  };
  return [series(t('report.group.total'), units.map((u) => u.costCenter)), ...areas.map((a) => series(a.label, a.costCenters))];
}

function roundTrend(
  inputs: ReportInputs,
  keys: string[],
  statusOf: Map<string, { status: ForecastStatus }>,
  forecastOf: Map<string, StoredForecast>,
): RoundTrendRow[] {
  const out: RoundTrendRow[] = [];
  for (const k of keys) {
    const ccs = new Set<string>();
    for (const [key, s] of statusOf) if (key.startsWith(k + '\u0000') && USED.has(s.status)) ccs.add(key.slice(k.length + 1));
    if (!ccs.size) continue;
    let f = 0;
    for (const row of forecastOf.values()) if (row.round === k && ccs.has(row.costCenter)) f += row.fullYear;
    let b = 0;
    for (const cc of ccs) for (const h of inputs.sources.lines.get(cc)?.values() ?? []) b += sumMonths(h.budget, 0, 12);
    out.push({ round: k, label: roundLabel(k), forecastOre: f, budgetOre: b, units: ccs.size });
  }
  return out;
}

function accuracyOf(
  inputs: ReportInputs,
  keys: string[],
  statusOf: Map<string, { status: ForecastStatus }>,
  units: ReportUnitRow[],
  round: string | null,
) {
  const src = inputs.sources;
  const { year } = periodParts(inputs.period);
  const forecasts = new Map<string, Map<string, Ore>>();
  const keySet = new Set(keys);
  for (const f of lastByKey(inputs.forecasts, (x) => lineKey(x.round, x.costCenter, x.costLine)).values()) {
    if (!keySet.has(f.round)) continue;
    if (!USED.has(statusOf.get(f.round + '\u0000' + f.costCenter)?.status as ForecastStatus)) continue;
    let m = forecasts.get(f.costCenter);
    if (!m) forecasts.set(f.costCenter, (m = new Map()));
    m.set(f.round, (m.get(f.round) ?? 0) + f.fullYear);
  }
  const closed = periodsOfYear(year).every((p) => src.actualPeriods.has(p));
  let outcome: Map<string, Ore> | null = null;
  if (closed) {
    outcome = new Map();
    for (const cc of forecasts.keys()) {
      let s = 0;
      for (const h of src.lines.get(cc)?.values() ?? []) s += sumMonths(h.actuals, 0, 12);
      outcome.set(cc, s);
    }
  }
  return computeAccuracy({ rounds: keys, forecasts, outcome, referenceRound: round, names: new Map(units.map((u) => [u.costCenter, u.name])) });
}
