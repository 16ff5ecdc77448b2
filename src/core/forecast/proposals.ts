/**
 * Forecast proposals: five ways to turn the monthly series of one unit × cost line into a full-year figure,
 * and a backtest of each (what it would have said at the same month last year against last year's outcome).
 *
 * Rounding: every method computes an exact rational full-year figure and rounds it to whole öre once, at the
 * end, half away from zero, with BigInt arithmetic (products of öre can exceed 2^53). Sums of öre need no
 * rounding. A method that lacks its data returns { ok: false, reason } — never a made-up number.
 */
import { assertOre, roundFraction, type Ore } from '../money';
import {
  FORECAST_METHODS,
  type Backtest,
  type BacktestSet,
  type LineHistory,
  type Months,
  type PlacementOutlook,
  type Proposal,
  type ProposalSet,
  type Unavailable,
} from './types';
import type { StringKey, TextParams } from '../strings';

/** Fewest monthly points the trend regression accepts. */
export const TREND_MIN_POINTS = 3;
/** Default number of months (ending at asOf, reaching into last year) the trend regression uses. */
export const TREND_WINDOW = 12;

function unavailable(reason: StringKey, params?: TextParams): Unavailable {
  return params ? { ok: false, reason, params } : { ok: false, reason };
}

function checkElapsed(elapsed: number): void {
  if (!Number.isInteger(elapsed) || elapsed < 0 || elapsed > 12) throw new RangeError(`elapsed måste vara 0–12: ${elapsed}`);
}

/** Sum of months[from..to) or null when one of them has no data. */
export function sumRange(months: Months, from: number, to: number): Ore | null {
  let s = 0;
  for (let i = from; i < to; i++) {
    const v = months[i];
    if (v === null || v === undefined) return null;
    s += v;
  }
  assertOre(s, 'summa');
  return s;
}

/** Sum of all twelve months, or null when one has no data. */
export function sumYear(months: Months): Ore | null {
  return sumRange(months, 0, 12);
}

/** Index (0-based) of the first month without data in [from, to), or -1. */
function firstMissing(months: Months, from: number, to: number): number {
  for (let i = from; i < to; i++) if (months[i] === null || months[i] === undefined) return i;
  return -1;
}

/** Actuals to date (months 1..elapsed), or why they are missing. */
function actualsToDate(actuals: Months, elapsed: number): { ok: true; ore: Ore } | Unavailable {
  const miss = firstMissing(actuals, 0, elapsed);
  if (miss >= 0) return unavailable('forecast.reason.noActualsMonth', { month: miss + 1 });
  return { ok: true, ore: sumRange(actuals, 0, elapsed) as Ore };
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A BigInt figure as a proposal: beyond the safe integer range (an absurd extrapolation) it is no figure. */
function figure(v: bigint): Proposal {
  if (v > MAX_SAFE || v < -MAX_SAFE) return unavailable('forecast.reason.outOfRange');
  const n = Number(v);
  return { ok: true, ore: n === 0 ? 0 : n };
}

/** Exact p × a / b rounded half away from zero, as a proposal. */
function mulDiv(a: Ore, p: number, q: number): Proposal {
  return figure(roundFraction(BigInt(a) * BigInt(p), BigInt(q)));
}

// ---------------------------------------------------------------------------
// The five methods

/** 1. Run-rate: actuals to date ÷ elapsed months × 12, rounded once to öre. */
export function runRate(actuals: Months, elapsed: number): Proposal {
  checkElapsed(elapsed);
  if (elapsed === 0) return unavailable('forecast.reason.noActualsYet');
  const ytd = actualsToDate(actuals, elapsed);
  if (!ytd.ok) return ytd;
  return mulDiv(ytd.ore, 12, elapsed);
}

/** 2. Budget profile: actuals to date + the budget of the remaining months (exact, no rounding). */
export function budgetProfile(actuals: Months, budget: Months | null, elapsed: number): Proposal {
  checkElapsed(elapsed);
  if (budget === null) return unavailable('forecast.reason.noBudget');
  const ytd = actualsToDate(actuals, elapsed);
  if (!ytd.ok) return ytd;
  const missing = firstMissing(budget, elapsed, 12);
  if (missing >= 0) return unavailable('forecast.reason.noBudgetMonth', { month: missing + 1 });
  const rest = sumRange(budget, elapsed, 12) as Ore;
  return figure(BigInt(ytd.ore) + BigInt(rest));
}

/**
 * 3. Last year's season: actuals to date ÷ last year's share of the year at the same month
 *    = ytd × lastYearTotal ÷ lastYearToDate, rounded once to öre.
 * Needs all twelve months of last year; a share that is zero, negative or above 1 in sign terms
 * (last year to date and last year's total of opposite signs) is not usable.
 */
export function lastYearSeason(actuals: Months, lastYear: Months | null, elapsed: number): Proposal {
  checkElapsed(elapsed);
  if (elapsed === 0) return unavailable('forecast.reason.noActualsYet');
  if (lastYear === null) return unavailable('forecast.reason.noLastYear');
  const missing = firstMissing(lastYear, 0, 12);
  if (missing >= 0) return unavailable('forecast.reason.noLastYearMonth', { month: missing + 1 });
  const ytd = actualsToDate(actuals, elapsed);
  if (!ytd.ok) return ytd;
  const lyToDate = sumRange(lastYear, 0, elapsed) as Ore;
  const lyTotal = sumYear(lastYear) as Ore;
  if (lyToDate === 0) return unavailable('forecast.reason.lastYearZeroToDate', { month: elapsed });
  if (lyTotal === 0 || lyTotal < 0 !== lyToDate < 0) return unavailable('forecast.reason.lastYearShareUnusable');
  return mulDiv(ytd.ore, lyTotal, lyToDate);
}

/**
 * 4. Placements: actuals to date + committed cost of the register's placements (to planned end or year end)
 *    + expected new placements. Only for purchased-care lines, only when the register exists.
 */
export function placementsProposal(
  actuals: Months,
  elapsed: number,
  purchasedCare: boolean,
  outlook: PlacementOutlook | null,
): Proposal {
  checkElapsed(elapsed);
  if (!purchasedCare) return unavailable('forecast.reason.notPurchasedCare');
  if (outlook === null) return unavailable('forecast.reason.noPlacementRegister');
  assertOre(outlook.committedOre, 'placeringar');
  assertOre(outlook.expectedNewOre, 'placeringar');
  const ytd = actualsToDate(actuals, elapsed);
  if (!ytd.ok) return ytd;
  return figure(BigInt(ytd.ore) + BigInt(outlook.committedOre) + BigInt(outlook.expectedNewOre));
}

/**
 * The monthly points the trend regression uses: the contiguous run of months with data ending at asOf,
 * at most `window` long, reaching back into last year when this year has fewer months.
 */
export function trendPoints(actuals: Months, lastYear: Months | null, elapsed: number, window = TREND_WINDOW): Ore[] {
  const points: Ore[] = [];
  for (let k = 0; k < window; k++) {
    const idx = elapsed - 1 - k;
    if (idx < -12) break;
    const v = idx >= 0 ? actuals[idx] : lastYear ? lastYear[12 + idx] : null;
    if (v === null || v === undefined) break;
    points.push(v);
  }
  return points.reverse();
}

/**
 * Exact least-squares projection: for points y_0..y_{n−1} at x = 0..n−1, the sum of the fitted line over
 * x = n..n+k−1, as a fraction num/den of BigInts.
 *   b = (n·Sxy − Sx·Sy) / D,  a = (Sy − b·Sx) / n,  D = n·Sxx − Sx²
 *   Σ (a + b·x) over the k future x = [k·Sy·D + (n·Sxy − Sx·Sy)·(n·SX − k·Sx)] / (n·D),  SX = Σ future x.
 */
export function regressionProjection(points: readonly Ore[], k: number): { num: bigint; den: bigint } {
  const n = BigInt(points.length);
  if (points.length < 2) throw new RangeError('regression kräver minst två punkter');
  const kk = BigInt(k);
  let sy = 0n;
  let sxy = 0n;
  points.forEach((y, x) => {
    const by = BigInt(y);
    sy += by;
    sxy += BigInt(x) * by;
  });
  const sx = (n * (n - 1n)) / 2n;
  const sxx = ((n - 1n) * n * (2n * n - 1n)) / 6n;
  const d = n * sxx - sx * sx;
  const bigSX = kk * n + (kk * (kk - 1n)) / 2n;
  const num = kk * sy * d + (n * sxy - sx * sy) * (n * bigSX - kk * sx);
  return { num, den: n * d };
}

/**
 * 5. Trend: a straight line fitted by least squares to the monthly actuals (the last `window` months up to asOf,
 *    reaching into last year), projected over the remaining months; forecast = actuals to date + projection,
 *    rounded once to öre. Needs at least TREND_MIN_POINTS months.
 */
export function trend(actuals: Months, lastYear: Months | null, elapsed: number, window = TREND_WINDOW): Proposal {
  checkElapsed(elapsed);
  if (elapsed === 0) return unavailable('forecast.reason.noActualsYet');
  const ytd = actualsToDate(actuals, elapsed);
  if (!ytd.ok) return ytd;
  const points = trendPoints(actuals, lastYear, elapsed, window);
  if (points.length < TREND_MIN_POINTS) {
    return unavailable('forecast.reason.tooFewMonths', { min: TREND_MIN_POINTS, months: points.length });
  }
  const k = 12 - elapsed;
  if (k === 0) return { ok: true, ore: ytd.ore };
  const { num, den } = regressionProjection(points, k);
  return figure(BigInt(ytd.ore) + roundFraction(num, den));
}

// ---------------------------------------------------------------------------
// All methods, and their backtests

/** All five proposals for one line as of month `elapsed` of the history's year. */
export function proposeAll(h: LineHistory, elapsed: number, trendWindow = TREND_WINDOW): ProposalSet {
  return {
    runRate: runRate(h.actuals, elapsed),
    budgetProfile: budgetProfile(h.actuals, h.budget, elapsed),
    lastYearSeason: lastYearSeason(h.actuals, h.lastYear, elapsed),
    placements: placementsProposal(h.actuals, elapsed, h.purchasedCare, h.placements),
    trend: trend(h.actuals, h.lastYear, elapsed, trendWindow),
  };
}

/** errorOre / |outcome| in percent, one decimal, half away from zero; null when the outcome is zero. */
export function errorPercent(errorOre: Ore, outcomeOre: Ore): number | null {
  if (outcomeOre === 0) return null;
  const tenths = roundFraction(BigInt(errorOre) * 1000n, BigInt(Math.abs(outcomeOre)));
  const pct = Number(tenths) / 10;
  return pct === 0 ? 0 : pct;
}

/** Compares one proposal made a year earlier with that year's outcome. */
export function backtestOf(p: Proposal, outcomeOre: Ore): Backtest {
  if (!p.ok) return p;
  const errorOre = p.ore - outcomeOre;
  if (!Number.isSafeInteger(errorOre)) return unavailable('forecast.reason.outOfRange');
  return { ok: true, proposalOre: p.ore, outcomeOre, errorOre, errorPct: errorPercent(errorOre, outcomeOre) };
}

/**
 * Backtests of all five methods: each method applied at the same month of last year (last year's actuals and
 * budget, the year before as its "last year") and compared with last year's full-year outcome.
 * The placements method has no backtest: the register keeps no snapshot of last year's outlook.
 */
export function backtestAll(h: LineHistory, elapsed: number, trendWindow = TREND_WINDOW): BacktestSet {
  checkElapsed(elapsed);
  const none = (reason: StringKey, params?: TextParams): BacktestSet => {
    const u = unavailable(reason, params);
    return Object.fromEntries(FORECAST_METHODS.map((m) => [m, u])) as BacktestSet;
  };
  if (h.lastYear === null) return none('forecast.reason.noLastYear');
  const missing = firstMissing(h.lastYear, 0, 12);
  if (missing >= 0) return none('forecast.reason.noLastYearMonth', { month: missing + 1 });
  const outcome = sumYear(h.lastYear) as Ore;
  const then: LineHistory = {
    year: h.year - 1,
    actuals: h.lastYear,
    budget: h.lastYearBudget,
    lastYear: h.twoYearsAgo,
    lastYearBudget: null,
    twoYearsAgo: null,
    purchasedCare: h.purchasedCare,
    placements: null,
  };
  const p = proposeAll(then, elapsed, trendWindow);
  const placements: Backtest = h.purchasedCare
    ? unavailable('forecast.reason.noPlacementHistory')
    : unavailable('forecast.reason.notPurchasedCare');
  return {
    runRate: backtestOf(p.runRate, outcome),
    budgetProfile: backtestOf(p.budgetProfile, outcome),
    lastYearSeason: backtestOf(p.lastYearSeason, outcome),
    placements,
    trend: backtestOf(p.trend, outcome),
  };
}

/**
 * The method whose backtest error was smallest in absolute terms (ties: the earlier method in FORECAST_METHODS),
 * among methods that have a proposal now; null when no method has both.
 */
export function bestMethod(proposals: ProposalSet, backtests: BacktestSet): (typeof FORECAST_METHODS)[number] | null {
  let best: (typeof FORECAST_METHODS)[number] | null = null;
  let bestErr = Infinity;
  for (const m of FORECAST_METHODS) {
    const b = backtests[m];
    if (!proposals[m].ok || !b.ok) continue;
    const e = Math.abs(b.errorOre);
    if (e < bestErr) {
      bestErr = e;
      best = m;
    }
  }
  return best;
}
