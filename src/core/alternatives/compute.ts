/**
 * The cost model of a resource-board case.
 *
 * Cost of a component in a month (calendar month P, month index i of the horizon):
 *   dygn:                price × quantity(P) × days(P) × (1 + uplift)^k
 *   månad, timme, vecka: price × quantity(P) × (1 + uplift)^k
 *   engång:              price × quantity(P) × (1 + uplift)^k, only in its `from` month
 * where k = year(P) − year(first month) (uplift from each 1 January after the first month), quantity(P) is the
 * expression evaluated with `days` = days of P and price names = their price in kronor.
 * Everything is exact (rationals); ROUNDING TO ÖRE HAPPENS ONCE PER COMPONENT PER MONTH, half away from zero.
 * An alternative's month is the sum of its rounded components; totals are sums of months (integers).
 *
 * Expected cost under risk (p, m, follow-on F):
 *   expected = round((1 − p) × own total + p × (own months 1..m + F's months m+1..H as if F started in month m+1))
 * rounded once, half away from zero (the scenario is a sum of already rounded months).
 */
import { addMonths, daysInMonth, periodParts, type Period } from '../dates';
import { assertOre, type Ore } from '../money';
import { UserError } from '../errors';
import { t } from '../strings';
import { DAYS_NAME, evaluateAst, ExpressionError, expressionMessage } from './expression';
import { fieldIssue, priceScope, type Alternative, type CostComponent, type ResourceCase } from './model';
import * as Q from './rational';
import type { Rational } from './rational';

/** Price changes for sensitivity: key → factor (1.1 = +10 %). Keys: a price name, or `lit:<alt>:<component>`. */
export type PriceFactors = ReadonlyMap<string, Rational>;

export interface RunOptions {
  /** Number of months to compute (default: the case's horizon). */
  horizon?: number;
  priceFactors?: PriceFactors;
  /** Months added to (or taken from) the end of each alternative's plan: components ending last move. */
  durationShift?: number;
}

export function literalPriceKey(alt: number, comp: number): string {
  return `lit:${alt}:${comp}`;
}

interface MonthContext {
  periods: Period[];
  days: number[];
  /** k per month: years since the first month's year. */
  years: number[];
}

function monthContext(firstMonth: Period, horizon: number): MonthContext {
  const first = periodParts(firstMonth).year;
  const periods: Period[] = [];
  const days: number[] = [];
  const years: number[] = [];
  for (let i = 0; i < horizon; i++) {
    const p = addMonths(firstMonth, i);
    const { year, month } = periodParts(p);
    periods.push(p);
    days.push(daysInMonth(year, month));
    years.push(year - first);
  }
  return { periods, days, years };
}

/** The month (1-based, own timeline) each component of an alternative ends after a duration shift. */
function shiftedEnds(alt: Alternative, shift: number): number[] {
  const recurring = alt.components.filter((c) => c.unit !== 'engång');
  const planEnd = recurring.length ? Math.max(...recurring.map((c) => c.to)) : 0;
  return alt.components.map((c) => (c.unit !== 'engång' && c.to === planEnd ? c.to + shift : c.to));
}

/**
 * Monthly cost of one component over the months of ctx, with the alternative starting at `offset`
 * (month index of its own month 1; 0 normally, m for a follow-on after a breakdown in month m).
 */
function componentMonths(
  rc: ResourceCase,
  comp: CostComponent,
  to: number,
  offset: number,
  ctx: MonthContext,
  scope: Map<string, Rational>,
  priceFactor: Rational,
  field: string,
): Ore[] {
  const out = new Array<Ore>(ctx.periods.length).fill(0);
  let price: Rational =
    comp.price.kind === 'amount' ? Q.rat(comp.price.ore) : Q.rat(rc.prices.get(comp.price.name)?.priceOre ?? 0);
  price = Q.mul(price, priceFactor);
  const upliftBase = Q.add(Q.ONE, comp.uplift);
  const last = comp.unit === 'engång' ? comp.from : to;
  let constantQuantity: Rational | null = null;
  for (let own = comp.from; own <= last; own++) {
    const i = offset + own - 1;
    if (i < 0 || i >= ctx.periods.length) continue;
    let quantity: Rational;
    try {
      if (constantQuantity && !comp.quantity.usesDays) quantity = constantQuantity;
      else {
        scope.set(DAYS_NAME, Q.rat(ctx.days[i]));
        quantity = evaluateAst(comp.quantity.ast, scope);
        constantQuantity = quantity;
      }
    } catch (e) {
      if (e instanceof ExpressionError) {
        const iss = fieldIssue(`${field}.quantity`, e.key, e.params, comp.quantity.source, expressionMessage(e.key, e.params, e.position));
        throw new UserError('alternatives.case.invalid', { count: 1 }, [iss]);
      }
      throw e;
    }
    let v = Q.mul(price, quantity);
    if (comp.unit === 'dygn') v = Q.mul(v, Q.rat(ctx.days[i]));
    if (ctx.years[i] > 0 && !Q.isZero(comp.uplift)) v = Q.mul(v, Q.powInt(upliftBase, ctx.years[i]));
    const ore = Number(Q.roundHalfAwayInt(v));
    if (!Number.isSafeInteger(ore)) {
      throw new UserError('alternatives.case.invalid', { count: 1 }, [fieldIssue(field, 'alternatives.field.tooLarge')]);
    }
    out[i] = ore === 0 ? 0 : ore;
  }
  return out;
}

export interface ComponentResult {
  label: string;
  monthlyOre: Ore[];
  totalOre: Ore;
}

/** Monthly cost of an alternative over ctx (offset as in componentMonths). */
function alternativeMonths(
  rc: ResourceCase,
  altIndex: number,
  offset: number,
  ctx: MonthContext,
  opts: RunOptions,
): { monthly: Ore[]; components: ComponentResult[] } {
  const alt = rc.alternatives[altIndex];
  const scopeBase = priceScope(rc.prices);
  const factors = opts.priceFactors;
  if (factors) {
    for (const [name, f] of factors) {
      const v = scopeBase.get(name);
      if (v) scopeBase.set(name, Q.mul(v, f));
    }
  }
  const ends = shiftedEnds(alt, opts.durationShift ?? 0);
  const monthly = new Array<Ore>(ctx.periods.length).fill(0);
  const components: ComponentResult[] = [];
  alt.components.forEach((comp, k) => {
    const factorKey = comp.price.kind === 'name' ? comp.price.name : literalPriceKey(altIndex, k);
    const factor = factors?.get(factorKey) ?? Q.ONE;
    const months =
      ends[k] < comp.from && comp.unit !== 'engång'
        ? new Array<Ore>(ctx.periods.length).fill(0)
        : componentMonths(rc, comp, ends[k], offset, ctx, scopeBase, factor, `alternatives[${altIndex}].components[${k}]`);
    months.forEach((v, i) => (monthly[i] += v));
    components.push({ label: comp.label, monthlyOre: months, totalOre: sum(months) });
  });
  monthly.forEach((v) => assertOre(v));
  return { monthly, components };
}

function sum(values: readonly number[]): Ore {
  let s = 0;
  for (const v of values) s += v;
  assertOre(s, 'summa');
  return s;
}

function cumulative(values: readonly number[]): Ore[] {
  let s = 0;
  return values.map((v) => (s += v));
}

export interface AlternativeResult {
  name: string;
  kind: Alternative['kind'];
  monthlyOre: Ore[];
  cumulativeOre: Ore[];
  totalOre: Ore;
  /** Part of the total in the current budget year (the year of the case date). */
  currentYearOre: Ore;
  /** Part in later years. */
  laterOre: Ore;
  /** total − the cheapest alternative's total (0 for the cheapest). */
  diffToCheapestOre: Ore;
  /** Expected cost under risk; equals totalOre without risk. */
  expectedOre: Ore;
  /** Cost over the horizon when the breakdown happens (own months 1..m + follow-on), or null without risk. */
  riskScenarioOre: Ore | null;
  components: ComponentResult[];
}

export interface BreakEven {
  a: string;
  b: string;
  /** First month (1-based) where the cumulative costs meet or cross, or null when they never do. */
  month: number | null;
  /** The period of that month. */
  period: Period | null;
  /** Which of the two is cheaper over the whole horizon (by cumulative cost at the end), null when equal. */
  cheaperAtEnd: string | null;
}

export interface SensitivityRow {
  /** Price name, `lit:<alt>:<comp>`, or `duration`. */
  key: string;
  kind: 'price' | 'duration';
  /** Price change as a fraction (0.1 / −0.1) or months (3 / −3). */
  change: number;
  /** What is varied (Swedish). */
  label: string;
  totalsOre: Ore[];
  deltaOre: Ore[];
  /** Name of the cheapest alternative under this variation. */
  cheapest: string;
}

export interface CaseResult {
  periods: Period[];
  budgetYear: number;
  alternatives: AlternativeResult[];
  cheapestIndex: number;
  cheapest: string;
  breakEven: BreakEven[];
  sensitivity: SensitivityRow[];
}

/** Monthly costs of every alternative under the given options (no risk, no derived figures). */
export function runMonthly(rc: ResourceCase, opts: RunOptions = {}): Ore[][] {
  const ctx = monthContext(rc.firstMonth, opts.horizon ?? rc.horizonMonths);
  return rc.alternatives.map((_, i) => alternativeMonths(rc, i, 0, ctx, opts).monthly);
}

/** Totals of every alternative under the given options (sensitivity). */
export function runTotals(rc: ResourceCase, opts: RunOptions = {}): Ore[] {
  return runMonthly(rc, opts).map(sum);
}

function indexOfMin(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] < values[best]) best = i;
  return best;
}

function sign(n: number): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/**
 * Break-even month of two cumulative series: with d(m) = cumA(m) − cumB(m), the first month after d first
 * becomes non-zero where d is zero or has the opposite sign (the early-cheaper alternative loses its lead).
 * Null when the series never cross (or are identical).
 */
export function breakEvenMonth(cumA: readonly number[], cumB: readonly number[]): number | null {
  let initial = 0;
  for (let m = 0; m < cumA.length; m++) {
    const s = sign(cumA[m] - cumB[m]);
    if (initial === 0) {
      initial = s;
      continue;
    }
    if (s !== initial) return m + 1;
  }
  return null;
}

/** The items varied ±10 % in the sensitivity table: each price name used, and each component with its own price. */
export function sensitivityItems(rc: ResourceCase): { key: string; label: string }[] {
  const items: { key: string; label: string }[] = [];
  const seen = new Set<string>();
  rc.alternatives.forEach((alt, a) =>
    alt.components.forEach((comp, k) => {
      const names: string[] = [];
      if (comp.price.kind === 'name') names.push(comp.price.name);
      for (const s of comp.quantity.symbols) if (s !== DAYS_NAME) names.push(s);
      for (const n of names) {
        if (seen.has(n)) continue;
        seen.add(n);
        items.push({ key: n, label: t('alternatives.sensitivity.priceName', { name: n }) });
      }
      if (comp.price.kind === 'amount' && comp.price.ore !== 0) {
        items.push({ key: literalPriceKey(a, k), label: t('alternatives.sensitivity.ownPrice', { alternative: alt.name, label: comp.label }) });
      }
    }),
  );
  return items;
}

export interface ComputeOptions {
  /** Skip the sensitivity table (the task pane's live totals). */
  sensitivity?: boolean;
  /** Price change of the sensitivity table (default 0.1 = ±10 %). */
  priceChange?: Rational;
  /** Duration change in months (default 3). */
  durationChange?: number;
}

export const SENSITIVITY_PRICE_CHANGE = Q.rat(1, 10);
export const SENSITIVITY_DURATION_MONTHS = 3;

export function computeCase(rc: ResourceCase, opts: ComputeOptions = {}): CaseResult {
  const horizon = rc.horizonMonths;
  const ctx = monthContext(rc.firstMonth, horizon);
  const base = rc.alternatives.map((_, i) => alternativeMonths(rc, i, 0, ctx, {}));
  const totals = base.map((b) => sum(b.monthly));
  const cheapestIndex = indexOfMin(totals);
  const inBudgetYear = ctx.periods.map((p) => periodParts(p).year === rc.budgetYear);

  const alternatives: AlternativeResult[] = rc.alternatives.map((alt, i) => {
    const monthly = base[i].monthly;
    const total = totals[i];
    const currentYear = sum(monthly.filter((_, m) => inBudgetYear[m]));
    let expected = total;
    let scenario: Ore | null = null;
    if (alt.risk) {
      const m = alt.risk.afterMonth;
      const follow = alternativeMonths(rc, alt.risk.then, m, ctx, {}).monthly;
      scenario = sum(monthly.slice(0, m)) + sum(follow.slice(m));
      assertOre(scenario);
      const p = alt.risk.probability;
      const e = Q.add(Q.mul(Q.sub(Q.ONE, p), Q.rat(total)), Q.mul(p, Q.rat(scenario)));
      expected = Number(Q.roundHalfAwayInt(e));
    }
    return {
      name: alt.name,
      kind: alt.kind,
      monthlyOre: monthly,
      cumulativeOre: cumulative(monthly),
      totalOre: total,
      currentYearOre: currentYear,
      laterOre: total - currentYear,
      diffToCheapestOre: total - totals[cheapestIndex],
      expectedOre: expected,
      riskScenarioOre: scenario,
      components: base[i].components,
    };
  });

  const breakEven: BreakEven[] = [];
  for (let a = 0; a < alternatives.length; a++) {
    for (let b = a + 1; b < alternatives.length; b++) {
      const month = breakEvenMonth(alternatives[a].cumulativeOre, alternatives[b].cumulativeOre);
      const ta = alternatives[a].totalOre;
      const tb = alternatives[b].totalOre;
      breakEven.push({
        a: alternatives[a].name,
        b: alternatives[b].name,
        month,
        period: month === null ? null : ctx.periods[month - 1],
        cheaperAtEnd: ta < tb ? alternatives[a].name : tb < ta ? alternatives[b].name : null,
      });
    }
  }

  const sensitivity: SensitivityRow[] = [];
  if (opts.sensitivity !== false) {
    const change = opts.priceChange ?? SENSITIVITY_PRICE_CHANGE;
    const months = opts.durationChange ?? SENSITIVITY_DURATION_MONTHS;
    const row = (key: string, kind: SensitivityRow['kind'], changeValue: number, label: string, ro: RunOptions) => {
      const tt = runTotals(rc, ro);
      sensitivity.push({
        key,
        kind,
        change: changeValue,
        label,
        totalsOre: tt,
        deltaOre: tt.map((v, i) => v - totals[i]),
        cheapest: rc.alternatives[indexOfMin(tt)].name,
      });
    };
    const pct = Q.toNumber(change);
    for (const item of sensitivityItems(rc)) {
      for (const dir of [1, -1]) {
        const f = dir > 0 ? Q.add(Q.ONE, change) : Q.sub(Q.ONE, change);
        row(item.key, 'price', dir * pct, item.label, { priceFactors: new Map([[item.key, f]]) });
      }
    }
    for (const dir of [1, -1]) {
      row('duration', 'duration', dir * months, t('alternatives.sensitivity.duration'), {
        durationShift: dir * months,
        horizon: dir > 0 ? horizon + months : horizon,
      });
    }
  }

  return {
    periods: ctx.periods,
    budgetYear: rc.budgetYear,
    alternatives,
    cheapestIndex,
    cheapest: alternatives[cheapestIndex].name,
    breakEven,
    sensitivity,
  };
}

/** The CLI's `--json` shape (the issue's contract). */
export interface CompareJson {
  alternatives: { name: string; totalOre: Ore; currentYearOre: Ore; expectedOre: Ore; monthlyOre: Ore[] }[];
  cheapest: string;
  breakEven: { a: string; b: string; month: number | null }[];
}

export function toCompareJson(r: CaseResult): CompareJson {
  return {
    alternatives: r.alternatives.map((a) => ({
      name: a.name,
      totalOre: a.totalOre,
      currentYearOre: a.currentYearOre,
      expectedOre: a.expectedOre,
      monthlyOre: [...a.monthlyOre],
    })),
    cheapest: r.cheapest,
    breakEven: r.breakEven.map((b) => ({ a: b.a, b: b.b, month: b.month })),
  };
}
