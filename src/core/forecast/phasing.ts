/**
 * Phasing (periodisering) of a full-year forecast: months 1..elapsed are the actuals, the rest of the full-year
 * figure is spread over the remaining months evenly, by the budget's profile or by last year's profile.
 * Exact to the öre: `allocate` (largest remainder) makes the remaining months sum to exactly
 * fullYear − actuals to date, so the twelve months always sum to the full-year figure.
 */
import { allocate, assertOre, type Ore } from '../money';
import { UserError } from '../errors';
import type { StringKey } from '../strings';
import type { Months, PhasingProfile } from './types';

export interface PhasingInput {
  fullYear: Ore;
  /** Months of actuals (0–12). */
  elapsed: number;
  /** This year's actuals; months 1..elapsed must have data. */
  actuals: Months;
  profile: PhasingProfile;
  budget: Months | null;
  lastYear: Months | null;
}

export interface PhasingResult {
  /** Twelve months: actuals for 1..elapsed, phased forecast after. Sum = fullYear. */
  months: Ore[];
  /** The profile actually used (even when the asked-for profile had no usable months). */
  profile: PhasingProfile;
  /** Why the asked-for profile was not used. */
  fallbackReason?: StringKey;
}

/**
 * Weights for months elapsed+1..12 from a profile, or the reason the profile cannot be used
 * (missing months, all zero, or months of both signs — a profile must point one way to be a share).
 */
export function profileWeights(
  profile: PhasingProfile,
  elapsed: number,
  budget: Months | null,
  lastYear: Months | null,
): { ok: true; weights: number[] } | { ok: false; reason: StringKey } {
  const n = 12 - elapsed;
  if (profile === 'even') return { ok: true, weights: new Array<number>(n).fill(1) };
  const src = profile === 'budget' ? budget : lastYear;
  if (src === null) return { ok: false, reason: profile === 'budget' ? 'forecast.phasing.fallback.noBudget' : 'forecast.phasing.fallback.noLastYear' };
  const w: number[] = [];
  let pos = false;
  let neg = false;
  for (let i = elapsed; i < 12; i++) {
    const v = src[i];
    if (v === null || v === undefined) {
      return { ok: false, reason: profile === 'budget' ? 'forecast.phasing.fallback.noBudget' : 'forecast.phasing.fallback.noLastYear' };
    }
    if (v > 0) pos = true;
    if (v < 0) neg = true;
    w.push(Math.abs(v));
  }
  if (pos && neg) return { ok: false, reason: 'forecast.phasing.fallback.mixedSigns' };
  if (!pos && !neg) return { ok: false, reason: 'forecast.phasing.fallback.zeroProfile' };
  return { ok: true, weights: w };
}

/** Spreads a full-year figure over the remaining months; the twelve months sum exactly to fullYear. */
export function phaseFullYear(input: PhasingInput): PhasingResult {
  const { fullYear, elapsed, actuals } = input;
  assertOre(fullYear, 'prognos');
  if (!Number.isInteger(elapsed) || elapsed < 0 || elapsed > 12) throw new RangeError(`elapsed måste vara 0–12: ${elapsed}`);
  const months: Ore[] = [];
  let ytd = 0;
  for (let i = 0; i < elapsed; i++) {
    const v = actuals[i];
    if (v === null || v === undefined) throw new UserError('forecast.phasing.noActuals', { month: i + 1 });
    months.push(v);
    ytd += v;
  }
  const rest = fullYear - ytd;
  assertOre(rest, 'prognos');
  if (elapsed === 12) {
    if (rest !== 0) throw new UserError('forecast.phasing.noMonthsLeft');
    return { months, profile: input.profile };
  }
  const w = profileWeights(input.profile, elapsed, input.budget, input.lastYear);
  const weights = w.ok ? w.weights : new Array<number>(12 - elapsed).fill(1);
  months.push(...allocate(rest, weights));
  return w.ok ? { months, profile: input.profile } : { months, profile: 'even', fallbackReason: w.reason };
}

/**
 * A month-by-month override: sets one remaining month (0-based index ≥ elapsed) and returns the new twelve
 * months; the full-year figure is then their sum. Months holding actuals cannot be overridden.
 */
export function withMonth(months: readonly Ore[], elapsed: number, index: number, ore: Ore): Ore[] {
  assertOre(ore, 'månad');
  if (!Number.isInteger(index) || index < 0 || index > 11) throw new RangeError(`månad måste vara 0–11: ${index}`);
  if (index < elapsed) throw new UserError('forecast.input.monthHasActuals', { month: index + 1 });
  const out = months.slice(0, 12);
  out[index] = ore;
  return out;
}

/**
 * A new round's starting months: this year's actuals for 1..elapsed and the previous round's figures for the
 * months still ahead (so a new round starts from the previous one; the months that have closed since are
 * replaced by their actuals).
 */
export function carryForward(previous: readonly Ore[], actuals: Months, elapsed: number): Ore[] {
  const out: Ore[] = [];
  for (let i = 0; i < 12; i++) {
    if (i < elapsed) {
      const v = actuals[i];
      if (v === null || v === undefined) throw new UserError('forecast.phasing.noActuals', { month: i + 1 });
      out.push(v);
    } else out.push(previous[i] ?? 0);
  }
  return out;
}

/** Sum of twelve months. */
export function fullYearOf(months: readonly Ore[]): Ore {
  let s = 0;
  for (const v of months) s += v;
  assertOre(s, 'prognos');
  return s;
}
