/**
 * The cost rules of ONE placement: what it costs, and how many care days (vårddygn) it gives, in each month.
 *
 * This module is the single definition of placement cost in IFO Prognos. The example municipality books its
 * placement invoices with it, and the placements projection (issue 6) sums it over the register, so the two
 * agree to the öre by construction.
 *
 * ## The rules
 * - **Active days.** A placement is active from `startDate` to `endDate`, both days included. An open-ended
 *   placement (`endDate` null/undefined) stays active. The active days of a month are its care days
 *   (vårddygn); month lengths and leap years come from the calendar (dates.ts), never from "30 days".
 * - **Price per day** (`pricePerDayOre`: HVB, SiS, konsulentstött familjehem, stödboende, LVM, skyddat boende):
 *   cost = price per day × active days. Exact, no rounding.
 * - **Prices per month** (`pricePerMonthOre`: arvode of an own family home or a contracted jourhem;
 *   `expensesPerMonthOre`: omkostnadsersättning; `extraPerMonthOre`: extra costs such as förstärkning):
 *   a whole month costs exactly the monthly price; a partly active month costs the price pro rata,
 *   price × active days / days in the month, rounded to whole öre half away from zero (mulDivRound).
 * - **Yearly uplift** (`uplift`, in basis points: 2,5 % = 250). Uplift dates are `uplift.firstDate` and the same
 *   month and day every following year (29 February becomes 28 February in common years). Each uplift date
 *   strictly after `pricesValidFrom` (default: the start date) raises the price per day, the price per month
 *   and the expenses per month by the percentage, **rounded to whole öre when it takes effect** (half away from
 *   zero); the next uplift compounds on the rounded price. Extra costs per month are not uplifted (they are
 *   agreed separately, case by case). In other words: the prices given are the prices agreed at
 *   `pricesValidFrom`; uplift dates on or before it are already included in them.
 * - **A month split by an uplift date** is costed day-exactly in two parts: the days before the uplift date at
 *   the old prices, the days from it at the new prices. Per-month prices are pro-rated separately in each part
 *   (each part rounded on its own), so a whole month with an uplift on the 15th costs
 *   round(old × 14/31) + round(new × 17/31).
 * - A placement before its start date or after its end date costs nothing and has no care days.
 *
 * Everything is integer öre and integer day numbers: no floats, no time zones.
 */
import { assertOre, mulDivRound, type Ore } from '../money';
import {
  civilDayNumber, dateParts, daysInMonth, fromDayNumber, isIsoDate, makePeriod, periodParts, toDayNumber,
  type IsoDate, type Period,
} from '../dates';

/** Basis points in 100 %. */
export const BASIS_POINTS_PER_UNIT = 10_000;

/** A yearly price uplift (uppräkning). */
export interface PlacementUplift {
  /** Uplift per year in basis points (hundredths of a percent): 2,5 % = 250, 3 % = 300. 0 = none. */
  basisPoints: number;
  /**
   * The first date the uplift may take effect (Uppräkningsdatum). It recurs every year on the same month and
   * day. Usually 1 January, or the anniversary of the contract.
   */
  firstDate: IsoDate;
}

/** What a placement costs: its dates and prices. All amounts in öre; absent prices count as 0. */
export interface PlacementCostTerms {
  /** First day of care (included). */
  startDate: IsoDate;
  /** Last day of care (included); null or undefined = open-ended. */
  endDate?: IsoDate | null;
  /** Price per day of care (Pris per dygn). */
  pricePerDayOre?: Ore;
  /** Price per month (Pris per månad): the arvode of an own family home or a contracted jourhem. */
  pricePerMonthOre?: Ore;
  /** Expenses per month (Omkostnad per månad): the omkostnadsersättning of a family home or jourhem. */
  expensesPerMonthOre?: Ore;
  /** Extra costs per month (Extra kostnad per månad), pro rata like the other monthly prices; never uplifted. */
  extraPerMonthOre?: Ore;
  /** Yearly uplift; null/undefined or 0 basis points = prices fixed. */
  uplift?: PlacementUplift | null;
  /** The date the prices above were agreed; uplift dates on or before it are included in them. Default: startDate. */
  pricesValidFrom?: IsoDate;
}

/** The prices in effect on a given day. */
export interface PlacementPrices {
  pricePerDayOre: Ore;
  pricePerMonthOre: Ore;
  expensesPerMonthOre: Ore;
  extraPerMonthOre: Ore;
}

/** Cost and care days of one placement in one month. */
export interface PlacementMonthCost {
  period: Period;
  /** Days active in the month (vårddygn), start and end days included. */
  careDays: number;
  /** Price per day × active days (summed over the parts of a month split by an uplift). */
  dayCostOre: Ore;
  /** The price per month pro rata (arvode). */
  monthCostOre: Ore;
  /** The expenses per month pro rata (omkostnad). */
  expensesOre: Ore;
  /** The extra costs per month pro rata. */
  extraOre: Ore;
  /** dayCostOre + monthCostOre + expensesOre + extraOre. */
  totalOre: Ore;
  /** Whether the placement is active on the last day of the month (for "count at month end"). */
  activeAtMonthEnd: boolean;
  /** Prices in effect on the last active day of the month (null when not active in the month). */
  prices: PlacementPrices | null;
}

/** Problems in a set of terms, as English reasons for programmers (the register import validates for users). */
export function termsProblems(terms: PlacementCostTerms): string[] {
  const out: string[] = [];
  if (!isIsoDate(terms.startDate)) out.push(`startDate is not a date: ${terms.startDate}`);
  if (terms.endDate != null) {
    if (!isIsoDate(terms.endDate)) out.push(`endDate is not a date: ${terms.endDate}`);
    else if (isIsoDate(terms.startDate) && terms.endDate < terms.startDate) out.push('endDate is before startDate');
  }
  if (terms.pricesValidFrom !== undefined && !isIsoDate(terms.pricesValidFrom)) {
    out.push(`pricesValidFrom is not a date: ${terms.pricesValidFrom}`);
  }
  for (const k of ['pricePerDayOre', 'pricePerMonthOre', 'expensesPerMonthOre', 'extraPerMonthOre'] as const) {
    const v = terms[k];
    if (v !== undefined && !Number.isSafeInteger(v)) out.push(`${k} is not an integer number of öre: ${v}`);
  }
  if (terms.uplift) {
    const bp = terms.uplift.basisPoints;
    if (!Number.isSafeInteger(bp) || bp <= -BASIS_POINTS_PER_UNIT) out.push(`uplift basisPoints invalid: ${bp}`);
    if (!isIsoDate(terms.uplift.firstDate)) out.push(`uplift firstDate is not a date: ${terms.uplift.firstDate}`);
  }
  return out;
}

function checkTerms(terms: PlacementCostTerms): void {
  const p = termsProblems(terms);
  if (p.length) throw new RangeError(`invalid placement terms: ${p.join('; ')}`);
}

/** Raises a price by basis points, rounded to whole öre half away from zero. */
export function upliftPrice(priceOre: Ore, basisPoints: number): Ore {
  if (basisPoints === 0 || priceOre === 0) return priceOre;
  return mulDivRound(priceOre, BASIS_POINTS_PER_UNIT + basisPoints, BASIS_POINTS_PER_UNIT);
}

/** A price change: from day number `fromDay` (inclusive) these prices apply. */
interface PriceStep {
  fromDay: number;
  prices: PlacementPrices;
}

function basePrices(terms: PlacementCostTerms): PlacementPrices {
  return {
    pricePerDayOre: terms.pricePerDayOre ?? 0,
    pricePerMonthOre: terms.pricePerMonthOre ?? 0,
    expensesPerMonthOre: terms.expensesPerMonthOre ?? 0,
    extraPerMonthOre: terms.extraPerMonthOre ?? 0,
  };
}

/**
 * The price schedule up to and including `untilDay`: the base prices (from minus infinity) followed by one step
 * per uplift date after pricesValidFrom. Ascending by fromDay.
 */
function priceSchedule(terms: PlacementCostTerms, untilDay: number): PriceStep[] {
  let prices = basePrices(terms);
  const steps: PriceStep[] = [{ fromDay: Number.NEGATIVE_INFINITY, prices }];
  const up = terms.uplift;
  if (!up || up.basisPoints === 0) return steps;
  const validFromDay = toDayNumber(terms.pricesValidFrom ?? terms.startDate);
  const f = dateParts(up.firstDate);
  // The k-th uplift date as a day number: same month and day k years on, the day clamped (29 Feb → 28 Feb).
  const upliftDay = (k: number) => civilDayNumber(f.year + k, f.month, Math.min(f.day, daysInMonth(f.year + k, f.month)));
  const first = upliftDay(0);
  // First k whose uplift date is after pricesValidFrom: start from a close estimate, then adjust.
  let k = Math.max(0, Math.floor((validFromDay - first) / 366));
  while (k > 0 && upliftDay(k - 1) > validFromDay) k--;
  while (upliftDay(k) <= validFromDay) k++;
  for (; ; k++) {
    const day = upliftDay(k);
    if (day > untilDay) break;
    prices = {
      pricePerDayOre: upliftPrice(prices.pricePerDayOre, up.basisPoints),
      pricePerMonthOre: upliftPrice(prices.pricePerMonthOre, up.basisPoints),
      expensesPerMonthOre: upliftPrice(prices.expensesPerMonthOre, up.basisPoints),
      extraPerMonthOre: prices.extraPerMonthOre,
    };
    steps.push({ fromDay: day, prices });
  }
  return steps;
}

function pricesAt(steps: PriceStep[], day: number): PlacementPrices {
  let p = steps[0].prices;
  for (const s of steps) {
    if (s.fromDay <= day) p = s.prices;
    else break;
  }
  return p;
}

/** price × days / daysInMonth, half away from zero; exact (a whole month returns the price itself). */
function proRata(priceOre: Ore, days: number, monthDays: number): Ore {
  if (priceOre === 0 || days === 0) return 0;
  if (days === monthDays) return priceOre;
  const num = priceOre * days;
  if (Number.isSafeInteger(num)) {
    const a = Math.abs(num);
    let q = Math.floor(a / monthDays);
    if ((a - q * monthDays) * 2 >= monthDays) q++;
    return num < 0 ? -q : q;
  }
  return mulDivRound(priceOre, days, monthDays);
}

/** The active span of a placement as day numbers (end = +∞ when open-ended), computed once per call. */
interface ActiveSpan {
  startDay: number;
  endDay: number;
}

function activeSpan(terms: PlacementCostTerms): ActiveSpan {
  return {
    startDay: toDayNumber(terms.startDate),
    endDay: terms.endDate != null ? toDayNumber(terms.endDate) : Number.POSITIVE_INFINITY,
  };
}

function emptyMonth(period: Period): PlacementMonthCost {
  return {
    period, careDays: 0, dayCostOre: 0, monthCostOre: 0, expensesOre: 0, extraOre: 0, totalOre: 0,
    activeAtMonthEnd: false, prices: null,
  };
}

/** One month's figures, written into a reused object (no allocation in the projection's loops). */
interface MonthScratch {
  careDays: number;
  dayCost: Ore;
  monthCost: Ore;
  expenses: Ore;
  extra: Ore;
  total: Ore;
  activeAtMonthEnd: boolean;
  prices: PlacementPrices | null;
}

function newScratch(): MonthScratch {
  return { careDays: 0, dayCost: 0, monthCost: 0, expenses: 0, extra: 0, total: 0, activeAtMonthEnd: false, prices: null };
}

/** The figures of one month: the single definition every function of this module uses. */
function computeMonth(out: MonthScratch, terms: PlacementCostTerms, steps: PriceStep[], year: number, month: number, span: ActiveSpan): void {
  const dim = daysInMonth(year, month);
  const monthStart = civilDayNumber(year, month, 1);
  const monthEnd = monthStart + dim - 1;
  const from = Math.max(monthStart, span.startDay);
  const to = Math.min(monthEnd, span.endDay);
  if (to < from) {
    out.careDays = out.dayCost = out.monthCost = out.expenses = out.extra = out.total = 0;
    out.activeAtMonthEnd = false;
    out.prices = null;
    return;
  }
  let dayCost = 0;
  let monthCost = 0;
  let expenses = 0;
  // Split [from, to] at each price step inside it; each part is costed at its own prices.
  let segStart = from;
  let prices = pricesAt(steps, from);
  for (let i = 1; i < steps.length; i++) {
    const b = steps[i];
    if (b.fromDay <= from || b.fromDay > to) continue;
    const days = b.fromDay - segStart;
    dayCost += prices.pricePerDayOre * days;
    monthCost += proRata(prices.pricePerMonthOre, days, dim);
    expenses += proRata(prices.expensesPerMonthOre, days, dim);
    segStart = b.fromDay;
    prices = b.prices;
  }
  const days = to - segStart + 1;
  dayCost += prices.pricePerDayOre * days;
  monthCost += proRata(prices.pricePerMonthOre, days, dim);
  expenses += proRata(prices.expensesPerMonthOre, days, dim);
  const careDays = to - from + 1;
  const extra = proRata(terms.extraPerMonthOre ?? 0, careDays, dim);
  const total = dayCost + monthCost + expenses + extra;
  assertOre(total, 'placeringskostnad');
  out.careDays = careDays;
  out.dayCost = dayCost;
  out.monthCost = monthCost;
  out.expenses = expenses;
  out.extra = extra;
  out.total = total;
  out.activeAtMonthEnd = to === monthEnd;
  out.prices = prices;
}

function costOfMonth(terms: PlacementCostTerms, steps: PriceStep[], year: number, month: number, span: ActiveSpan): PlacementMonthCost {
  const period = makePeriod(year, month);
  const m = newScratch();
  computeMonth(m, terms, steps, year, month, span);
  if (m.careDays === 0) return emptyMonth(period);
  return {
    period,
    careDays: m.careDays,
    dayCostOre: m.dayCost,
    monthCostOre: m.monthCost,
    expensesOre: m.expenses,
    extraOre: m.extra,
    totalOre: m.total,
    activeAtMonthEnd: m.activeAtMonthEnd,
    prices: m.prices,
  };
}

/** Per-month totals of one placement, in arrays the caller owns and reuses (index 0 = the first month). */
export interface MonthTotals {
  totalOre: number[];
  careDays: number[];
  activeAtMonthEnd: boolean[];
}

/**
 * The total cost, care days and month-end activity of `count` months from `fromYear`-`fromMonth`, written into
 * `into` (for sums over many placements: no object per month). The same figures as placementCostBetween.
 */
export function placementMonthTotals(terms: PlacementCostTerms, fromYear: number, fromMonth: number, count: number, into: MonthTotals): void {
  checkTerms(terms);
  const span = activeSpan(terms);
  const first = fromYear * 12 + fromMonth - 1;
  const last = first + count - 1;
  const ly = Math.floor(last / 12);
  const lm = (last % 12) + 1;
  const steps = priceSchedule(terms, Math.min(civilDayNumber(ly, lm, 1) + daysInMonth(ly, lm) - 1, span.endDay));
  const m = SCRATCH;
  for (let i = 0; i < count; i++) {
    const idx = first + i;
    computeMonth(m, terms, steps, Math.floor(idx / 12), (idx % 12) + 1, span);
    into.totalOre[i] = m.total;
    into.careDays[i] = m.careDays;
    into.activeAtMonthEnd[i] = m.activeAtMonthEnd;
  }
}

const SCRATCH = newScratch();

/** Cost and care days of one placement in one month ('YYYY-MM'). */
export function placementMonthCost(terms: PlacementCostTerms, period: Period): PlacementMonthCost {
  checkTerms(terms);
  const { year, month } = periodParts(period);
  const steps = priceSchedule(terms, civilDayNumber(year, month, 1) + daysInMonth(year, month) - 1);
  return costOfMonth(terms, steps, year, month, activeSpan(terms));
}

/** Cost and care days of one placement in each month of a year (12 entries, January first). */
export function placementYearCost(terms: PlacementCostTerms, year: number): PlacementMonthCost[] {
  checkTerms(terms);
  const steps = priceSchedule(terms, civilDayNumber(year, 12, 31));
  const span = activeSpan(terms);
  const out: PlacementMonthCost[] = [];
  for (let m = 1; m <= 12; m++) out.push(costOfMonth(terms, steps, year, m, span));
  return out;
}

/** Cost per month over a range of periods, both included (from ≤ to). */
export function placementCostBetween(terms: PlacementCostTerms, from: Period, to: Period): PlacementMonthCost[] {
  checkTerms(terms);
  const a = periodParts(from);
  const b = periodParts(to);
  const span = activeSpan(terms);
  const out: PlacementMonthCost[] = [];
  const first = a.year * 12 + a.month - 1;
  const last = b.year * 12 + b.month - 1;
  // Months after the end or before the start cost nothing: the price schedule is only built when needed.
  const steps = priceSchedule(terms, Math.min(civilDayNumber(b.year, b.month, 1) + daysInMonth(b.year, b.month) - 1, span.endDay));
  for (let idx = first; idx <= last; idx++) {
    out.push(costOfMonth(terms, steps, Math.floor(idx / 12), (idx % 12) + 1, span));
  }
  return out;
}

/** The prices in effect on a date (uplifts on that very date included). */
export function placementPricesOn(terms: PlacementCostTerms, date: IsoDate): PlacementPrices {
  checkTerms(terms);
  const day = toDayNumber(date);
  return pricesAt(priceSchedule(terms, day), day);
}

/** True when the placement is active on the date (start and end included). */
export function isPlacementActiveOn(terms: Pick<PlacementCostTerms, 'startDate' | 'endDate'>, date: IsoDate): boolean {
  return terms.startDate <= date && (terms.endDate == null || date <= terms.endDate);
}

/** The uplift dates after pricesValidFrom up to and including `until` (ascending). */
export function upliftDatesUntil(terms: PlacementCostTerms, until: IsoDate): IsoDate[] {
  checkTerms(terms);
  return priceSchedule(terms, toDayNumber(until))
    .slice(1)
    .map((s) => fromDayNumber(s.fromDay));
}

// ---------------------------------------------------------------------------
// The register's percent column ("2,5 %")

/**
 * Reads an uplift percentage as written in a register: "2,5 %", "2.5%", "3", "0 %", "2,75 %".
 * Returns basis points (2,5 % → 250), 0 for an empty cell, null when the text is not a percentage
 * with at most two decimals between 0 and 100 %.
 */
export function parseUpliftPercent(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (s === '') return 0;
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const bp = parseInt(m[1], 10) * 100 + (m[2] ? parseInt(m[2].padEnd(2, '0'), 10) : 0);
  return bp <= BASIS_POINTS_PER_UNIT ? bp : null;
}

/** Writes basis points as a Swedish percentage: 250 → "2,5 %", 300 → "3 %", 275 → "2,75 %". */
export function formatUpliftPercent(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`basis points must be an integer: ${basisPoints}`);
  const sign = basisPoints < 0 ? '-' : '';
  const a = Math.abs(basisPoints);
  const whole = Math.floor(a / 100);
  const frac = String(a % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${frac ? ',' + frac : ''} %`;
}
