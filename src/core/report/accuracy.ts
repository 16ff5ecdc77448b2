/**
 * Forecast accuracy (prognossäkerhet): every kept round's full-year forecast per unit against a reference —
 * the year's outcome once all twelve months are imported, else the latest round's forecast (then the latest round
 * itself is the reference and not scored).
 *
 * Per unit × round: error = forecast − reference (positive = the forecast was too high, i.e. over-forecast for costs);
 * error % = error ÷ |reference| (none when the reference is 0). Per unit: bias = mean error (öre, rounded half away
 * from zero), MAPE = mean of |error %| over the rounds that have one, and a streak when the unit missed in the same
 * direction three kept rounds in a row (a round without a forecast breaks the row).
 * Only submitted or approved forecasts count (a draft is not the unit's forecast).
 */
import { divRound, oreToKronor, type Ore } from '../money';

export interface AccuracyPoint {
  round: string;
  forecastOre: Ore;
  referenceOre: Ore;
  errorOre: Ore;
  /** Ratio (0.05 = 5 %); null when the reference is 0. */
  errorPct: number | null;
}

export interface AccuracyStreak {
  direction: 'over' | 'under';
  /** The rounds of the latest run of at least three. */
  rounds: string[];
}

export interface AccuracyUnit {
  costCenter: string;
  name: string;
  points: AccuracyPoint[];
  biasOre: Ore | null;
  mapePct: number | null;
  streak: AccuracyStreak | null;
}

export interface AccuracyModel {
  reference: 'outcome' | 'latestForecast';
  /** The round used as reference while the year is open; null with the outcome (or when there is no round). */
  referenceRound: string | null;
  /** The rounds scored, oldest first. */
  rounds: string[];
  units: AccuracyUnit[];
  /** All units together per round (sum of the units scored in that round). */
  total: AccuracyUnit;
}

export interface AccuracyInput {
  /** Rounds kept for the year up to the report period, any order. */
  rounds: readonly string[];
  /** costCenter → round → full-year forecast (submitted or approved only). */
  forecasts: ReadonlyMap<string, ReadonlyMap<string, Ore>>;
  /** costCenter → the year's outcome; null while the year is not closed. */
  outcome: ReadonlyMap<string, Ore> | null;
  names?: ReadonlyMap<string, string>;
  /** The reference round while the year is open (the report's round); the latest round when omitted. */
  referenceRound?: string | null;
}

/** error ÷ |reference| computed on kronor values, as the sheet's formula computes it. */
export function errorRatio(errorOre: Ore, referenceOre: Ore): number | null {
  if (referenceOre === 0) return null;
  return oreToKronor(errorOre) / Math.abs(oreToKronor(referenceOre));
}

function summarise(costCenter: string, name: string, points: AccuracyPoint[], rounds: readonly string[]): AccuracyUnit {
  const n = points.length;
  let sum = 0;
  for (const p of points) sum += p.errorOre;
  const pcts = points.map((p) => p.errorPct).filter((x): x is number => x !== null);
  // Left to right, as the sheet's formula (ABS(a)+ABS(b)+…)/n adds.
  let abs = 0;
  for (const x of pcts) abs += Math.abs(x);
  return {
    costCenter,
    name,
    points,
    biasOre: n ? divRound(sum, n) : null,
    mapePct: pcts.length ? abs / pcts.length : null,
    streak: streakOf(points, rounds),
  };
}

/** The latest run of ≥ 3 consecutive kept rounds with errors of the same sign (0 breaks a run). */
export function streakOf(points: readonly AccuracyPoint[], rounds: readonly string[]): AccuracyStreak | null {
  const byRound = new Map(points.map((p) => [p.round, p]));
  let best: AccuracyStreak | null = null;
  let run: string[] = [];
  let sign = 0;
  for (const r of rounds) {
    const p = byRound.get(r);
    const s = p ? Math.sign(p.errorOre) : 0;
    if (s !== 0 && s === sign) run.push(r);
    else {
      run = s !== 0 ? [r] : [];
      sign = s;
    }
    if (run.length >= 3) best = { direction: sign > 0 ? 'over' : 'under', rounds: [...run] };
  }
  return best;
}

export function computeAccuracy(input: AccuracyInput): AccuracyModel {
  const all = [...new Set(input.rounds)].sort();
  const reference: AccuracyModel['reference'] = input.outcome ? 'outcome' : 'latestForecast';
  const referenceRound = input.outcome ? null : (input.referenceRound ?? all[all.length - 1] ?? null);
  const rounds = input.outcome ? all : referenceRound === null ? [] : all.filter((r) => r < referenceRound);
  const units: AccuracyUnit[] = [];
  const totals = new Map<string, { f: Ore; r: Ore; any: boolean }>(rounds.map((r) => [r, { f: 0, r: 0, any: false }]));
  const ccs = [...input.forecasts.keys()].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }));
  for (const cc of ccs) {
    const byRound = input.forecasts.get(cc) as ReadonlyMap<string, Ore>;
    const ref = input.outcome ? input.outcome.get(cc) : referenceRound ? byRound.get(referenceRound) : undefined;
    if (ref === undefined) continue;
    const points: AccuracyPoint[] = [];
    for (const r of rounds) {
      const f = byRound.get(r);
      if (f === undefined) continue;
      const err = f - ref;
      points.push({ round: r, forecastOre: f, referenceOre: ref, errorOre: err, errorPct: errorRatio(err, ref) });
      const t = totals.get(r) as { f: Ore; r: Ore; any: boolean };
      t.f += f;
      t.r += ref;
      t.any = true;
    }
    if (!points.length) continue;
    units.push(summarise(cc, input.names?.get(cc) ?? '', points, rounds));
  }
  const totalPoints: AccuracyPoint[] = [];
  for (const r of rounds) {
    const t = totals.get(r) as { f: Ore; r: Ore; any: boolean };
    if (!t.any) continue;
    const err = t.f - t.r;
    totalPoints.push({ round: r, forecastOre: t.f, referenceOre: t.r, errorOre: err, errorPct: errorRatio(err, t.r) });
  }
  return { reference, referenceRound, rounds, units, total: summarise('', '', totalPoints, rounds) };
}
