/**
 * The placement projection for a year, as of a date: what the register's placements cost and how many care
 * days (vårddygn) they give in each month (cost.ts, one placement at a time), how many are placed at each
 * month end, by form / unit (ansvar) / target group; the committed cost to year end; the expected cost of new
 * placements; the accrual (cost earned vs what the ledger has booked) and the alerts.
 *
 * ## Time axis
 * `asOf` is a date. The **closed months** are the months of the year up to and including the last month that
 * ends on or before `asOf` (`closedThrough`; null when none of the year's months is closed). Months after it are
 * the remaining months. With the usual as-of — the last day of the last month the ledger holds — the split is
 * exactly "booked" / "to come".
 *
 * ## Figures
 * - **Committed to year end**: the register's cost in the remaining months (placements to their planned end,
 *   open-ended ones to 31 December), price changes at uplift dates included.
 * - **Expected new placements**, separate from the committed part, per unit × cost line (group):
 *     rate × average cost per care day × Σ over the remaining months k of min(D, days from the 1st of k to 31 Dec)
 *   where the rate is new placements per month — from the register's history (placements of the group that
 *   started in the 12 months ending with `closedThrough`, / 12) or set by the user (a total per month, shared
 *   between the groups in proportion to their starts in those 12 months, or to their active placements when
 *   nothing started); the average cost per care day is the group's cost / care days over the same 12 months;
 *   D is the average length in days of the group's ended placements (of all ended placements when the group has
 *   none; no cap when the register has no ended placement). New placements are assumed to start on the 1st.
 *   Computed exactly (integers), **rounded once per group** to whole öre, half away from zero; the total is the
 *   sum of the groups.
 * - **Accrual** per unit × account of the register: earned = the register's cost in the closed months of the
 *   year; booked = the ledger's actuals (IFO_Utfall) on that unit × account in the same months; unbilled =
 *   earned − booked (invoices for HVB and SiS arrive late).
 * - **Alerts** (as of `asOf`): a review overdue (Nästa omprövning before asOf) or due within 30 days, for
 *   placements not ended before asOf; past the planned end (Slutdatum before asOf while a review is still
 *   scheduled: the register says neither "ended" nor "extended"); no end date (active, open-ended); no ledger
 *   postings (active in a closed month of the year, but the ledger has no posting at all on its unit × account in
 *   the closed months — only when actuals are imported).
 */
import { addDays, addMonths, daysInclusive, firstDayOf, lastDayOf, makePeriod, monthsBetween, periodOfDate, periodParts, type IsoDate, type Period } from '../dates';
import { assertOre, roundFraction, type Ore } from '../money';
import type { PriceEntry } from '../prices';
import { placementMonthTotals, type MonthTotals } from './cost';
import { formReference, type FormReference, type PlacementFormDef } from './lists';
import { placementCostTerms, type Placement } from './register';

/** The ledger's actuals on the register's accounts: `${costCenter}\u0001${account}` → period → öre. */
export interface BookedLedger {
  byKey: Map<string, Map<Period, Ore>>;
  /** Periods the actuals table holds (imported months). */
  periods: Set<Period>;
}

export function bookedKey(costCenter: string, account: string): string {
  return `${costCenter}\u0001${account}`;
}

/** How the inflow of new placements is set. */
export type InflowSetting = { mode: 'history' } | { mode: 'set'; /** New placements per month × 1000 (0,5 → 500). */ perMonthMilli: number };

export interface ProjectionInput {
  placements: readonly Placement[];
  forms: readonly PlacementFormDef[];
  prices: readonly PriceEntry[];
  /** Actuals by unit × account × period; null when no actuals are imported. */
  booked: BookedLedger | null;
  /** Account → cost line (the account map); null when the account is not mapped. */
  costLineOf: (account: string) => string | null;
  inflow?: InflowSetting;
}

export interface ProjectionOptions {
  year: number;
  asOf: IsoDate;
}

export interface MonthFigures {
  month: Period;
  costOre: Ore;
  careDays: number;
  countAtMonthEnd: number;
}

export interface GroupFigures {
  costOre: Ore;
  careDays: number;
  /** Twelve months of the year. */
  months: MonthFigures[];
  /** Placements active on asOf. */
  activeAtAsOf: number;
}

export interface ExpectedNewGroup {
  costCenter: string;
  /** '' when the account maps to no cost line. */
  costLine: string;
  /** Placements of the group that started in the history window. */
  starts: number;
  /** New placements per month used for the group, × 1000, rounded (display). */
  ratePerMonthMilli: number;
  /** Cost per care day over the history window, rounded to öre (display; the figure uses the exact ratio). */
  costPerCareDayOre: Ore;
  /** Average length of ended placements in days, rounded (display); null = no cap. */
  averageDurationDays: number | null;
  committedOre: Ore;
  /**
   * Earned by the register in the closed months but not yet booked (the positive un-invoiced estimates of the
   * group's accounts): invoices still to come, which the forecast adds to the committed cost.
   */
  unbilledOre: Ore;
  expectedOre: Ore;
  /** Placements of the group in the register (any time). */
  placements: number;
}

export interface AccrualRow {
  costCenter: string;
  account: string;
  earnedOre: Ore;
  bookedOre: Ore;
  unbilledOre: Ore;
}

export const ALERT_KINDS = ['reviewOverdue', 'reviewDue', 'pastPlannedEnd', 'noEndDate', 'noLedgerPostings'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface PlacementAlert {
  caseKey: string;
  kind: AlertKind;
  /** The review date, the planned end, the start date, or (no postings) the first day in the year it was active. */
  date: IsoDate;
  costCenter: string;
  form: string;
}

/** Days before a review that it counts as due. */
export const REVIEW_DUE_DAYS = 30;

export interface PlacementProjection {
  year: number;
  asOf: IsoDate;
  closedThrough: Period | null;
  /** Twelve months: the register's cost, care days, count at month end; booked = the ledger on the register's accounts. */
  monthly: (MonthFigures & { bookedOre: Ore | null })[];
  costOre: Ore;
  careDays: number;
  byForm: Record<string, GroupFigures>;
  byCostCenter: Record<string, GroupFigures>;
  byTargetGroup: Record<string, GroupFigures>;
  /** The register's cost in the closed months of the year. */
  earnedToDateOre: Ore;
  /** The ledger's actuals on the register's units × accounts in the closed months; null without actuals. */
  bookedToDateOre: Ore | null;
  committedToYearEndOre: Ore;
  expectedNewOre: Ore;
  /** The year's placements: earned to date + committed + expected new. */
  fullYearOre: Ore;
  /** Σ of the accrual's unbilled estimates (0 without actuals). */
  unbilledOre: Ore;
  inflow: { source: 'history' | 'set'; perMonthMilli: number; windowFrom: Period; windowTo: Period };
  groups: ExpectedNewGroup[];
  accrual: AccrualRow[];
  alerts: PlacementAlert[];
  /** Reference levels per form (price list). */
  references: Record<string, FormReference>;
  /** Placements in the register; active on asOf. */
  placements: number;
  activeAtAsOf: number;
}

interface Prepared {
  p: Placement;
  terms: ReturnType<typeof placementCostTerms>;
  costLine: string;
}

function emptyGroup(year: number): GroupFigures {
  return {
    costOre: 0,
    careDays: 0,
    months: Array.from({ length: 12 }, (_, i) => ({ month: makePeriod(year, i + 1), costOre: 0, careDays: 0, countAtMonthEnd: 0 })),
    activeAtAsOf: 0,
  };
}

function addMonth(g: GroupFigures, y: number, costOre: Ore, careDays: number, end: number): void {
  const gm = g.months[y];
  gm.costOre += costOre;
  gm.careDays += careDays;
  gm.countAtMonthEnd += end;
  g.costOre += costOre;
  g.careDays += careDays;
}

function roundDiv(num: bigint, den: bigint): Ore {
  if (den === 0n) return 0;
  const out = Number(roundFraction(num, den));
  assertOre(out, 'förväntad kostnad');
  return out === 0 ? 0 : out;
}

/** The last month that ends on or before the date. */
function lastClosedMonth(asOf: IsoDate): Period {
  const p = periodOfDate(asOf);
  return lastDayOf(p) === asOf ? p : addMonths(p, -1);
}

/** Prepares the placements once (terms, cost line); reused by every projection over the same input. */
export function preparePlacements(input: ProjectionInput): Prepared[] {
  return input.placements.map((p) => ({
    p,
    terms: placementCostTerms(p, input.forms, input.prices),
    costLine: input.costLineOf(p.account) ?? '',
  }));
}

/** Projects the register for a year as of a date. Pure: the same input gives the same figures. */
export function projectPlacements(input: ProjectionInput, options: ProjectionOptions, prepared: Prepared[] = preparePlacements(input)): PlacementProjection {
  const { year, asOf } = options;
  const jan = makePeriod(year, 1);
  const dec = makePeriod(year, 12);
  const yearStart = firstDayOf(jan);
  const yearEnd = lastDayOf(dec);
  // histEnd: the last closed month, clamped to [December of last year, December of this year].
  let histEnd = lastClosedMonth(asOf);
  if (histEnd < addMonths(jan, -1)) histEnd = addMonths(jan, -1);
  if (histEnd > dec) histEnd = dec;
  const closedThrough = histEnd >= jan ? histEnd : null;
  const windowFrom = addMonths(histEnd, -11);
  const rangeFrom = windowFrom < jan ? windowFrom : jan;
  const rangeLen = monthsBetween(rangeFrom, dec) + 1;
  const yearOffset = monthsBetween(rangeFrom, jan);
  const windowOffset = monthsBetween(rangeFrom, windowFrom);
  const histOffset = monthsBetween(rangeFrom, histEnd); // index of histEnd in the range
  const closedInYear = closedThrough ? monthsBetween(jan, closedThrough) + 1 : 0;
  const rangeFirstDay = firstDayOf(rangeFrom);

  const monthly = Array.from({ length: 12 }, (_, i) => ({
    month: makePeriod(year, i + 1),
    costOre: 0,
    careDays: 0,
    countAtMonthEnd: 0,
    bookedOre: null as Ore | null,
  }));
  const byForm: Record<string, GroupFigures> = {};
  const byCostCenter: Record<string, GroupFigures> = {};
  const byTargetGroup: Record<string, GroupFigures> = {};
  for (const f of input.forms) byForm[f.name] = emptyGroup(year);
  const groupOf = (rec: Record<string, GroupFigures>, k: string) => (rec[k] ??= emptyGroup(year));

  interface GroupAcc {
    costCenter: string;
    costLine: string;
    placements: number;
    starts: number;
    histCost: number;
    histDays: number;
    committed: number;
    durationSum: number;
    durationCount: number;
    activeAtAsOf: number;
    unbilled: number;
  }
  // Nested maps keyed by the placements' own strings (no key built per placement).
  const groups = new Map<string, Map<string, GroupAcc>>();
  interface AccrualAcc {
    costCenter: string;
    account: string;
    earned: number;
    group: GroupAcc;
    /** The ledger has a posting on this unit × account in a closed month of the year (null = not looked yet). */
    posted: boolean | null;
  }
  const accrual = new Map<string, Map<string, AccrualAcc>>();
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const alerts: PlacementAlert[] = [];
  const histEndDay = lastDayOf(histEnd);
  let allDurSum = 0;
  let allDurCount = 0;
  let activeAtAsOf = 0;
  let earned = 0;
  let committed = 0;
  const dueLimit = addDays(asOf, REVIEW_DUE_DAYS);
  const closedLast = closedThrough ? lastDayOf(closedThrough) : null;
  const rangeStart = periodParts(rangeFrom);
  const buf: MonthTotals = { totalOre: new Array<number>(rangeLen).fill(0), careDays: new Array<number>(rangeLen).fill(0), activeAtMonthEnd: new Array<boolean>(rangeLen).fill(false) };

  for (const { p, terms, costLine } of prepared) {
    let byLine = groups.get(p.costCenter);
    if (!byLine) groups.set(p.costCenter, (byLine = new Map()));
    let g = byLine.get(costLine);
    if (!g) {
      g = { costCenter: p.costCenter, costLine, placements: 0, starts: 0, histCost: 0, histDays: 0, committed: 0, durationSum: 0, durationCount: 0, activeAtAsOf: 0, unbilled: 0 };
      byLine.set(costLine, g);
    }
    g.placements++;
    let byAccount = accrual.get(p.costCenter);
    if (!byAccount) accrual.set(p.costCenter, (byAccount = new Map()));
    let acc = byAccount.get(p.account);
    if (!acc) {
      acc = { costCenter: p.costCenter, account: p.account, earned: 0, group: g, posted: null };
      byAccount.set(p.account, acc);
    }
    const startPeriod = periodOfDate(p.startDate);
    if (startPeriod >= windowFrom && startPeriod <= histEnd) g.starts++;
    if (p.endDate !== null && p.endDate <= histEndDay) {
      const d = daysInclusive(p.startDate, p.endDate);
      g.durationSum += d;
      g.durationCount++;
      allDurSum += d;
      allDurCount++;
    }
    const active = p.startDate <= asOf && (p.endDate === null || p.endDate >= asOf);
    if (active) {
      activeAtAsOf++;
      g.activeAtAsOf++;
    }

    // Alerts.
    const endedBefore = p.endDate !== null && p.endDate < asOf;
    if (p.nextReview && !endedBefore) {
      if (p.nextReview < asOf) alerts.push({ caseKey: p.caseKey, kind: 'reviewOverdue', date: p.nextReview, costCenter: p.costCenter, form: p.form });
      else if (p.nextReview <= dueLimit) alerts.push({ caseKey: p.caseKey, kind: 'reviewDue', date: p.nextReview, costCenter: p.costCenter, form: p.form });
    }
    if (endedBefore && p.nextReview) alerts.push({ caseKey: p.caseKey, kind: 'pastPlannedEnd', date: p.endDate!, costCenter: p.costCenter, form: p.form });
    if (active && p.endDate === null) alerts.push({ caseKey: p.caseKey, kind: 'noEndDate', date: p.startDate, costCenter: p.costCenter, form: p.form });

    // Cost: only placements that touch the range.
    if (p.startDate > yearEnd || (p.endDate !== null && p.endDate < rangeFirstDay)) continue;
    placementMonthTotals(terms, rangeStart.year, rangeStart.month, rangeLen, buf);
    const fg = groupOf(byForm, p.form);
    const cg = groupOf(byCostCenter, p.costCenter);
    const tg = groupOf(byTargetGroup, p.targetGroup);
    if (active) {
      fg.activeAtAsOf++;
      cg.activeAtAsOf++;
      tg.activeAtAsOf++;
    }
    let closedCareDays = 0;
    for (let i = 0; i < rangeLen; i++) {
      const days = buf.careDays[i];
      if (days === 0) continue;
      const cost = buf.totalOre[i];
      if (i >= windowOffset && i <= histOffset) {
        g.histCost += cost;
        g.histDays += days;
      }
      if (i < yearOffset) continue;
      const y = i - yearOffset;
      const row = monthly[y];
      row.costOre += cost;
      row.careDays += days;
      const end = buf.activeAtMonthEnd[i] ? 1 : 0;
      row.countAtMonthEnd += end;
      addMonth(fg, y, cost, days, end);
      addMonth(cg, y, cost, days, end);
      addMonth(tg, y, cost, days, end);
      if (y < closedInYear) {
        acc.earned += cost;
        earned += cost;
        closedCareDays += days;
      } else {
        g.committed += cost;
        committed += cost;
      }
    }
    if (input.booked && closedLast && closedCareDays > 0) {
      if (acc.posted === null) {
        const perPeriod = input.booked.byKey.get(bookedKey(p.costCenter, p.account));
        acc.posted = false;
        if (perPeriod) for (const per of perPeriod.keys()) if (per >= jan && per <= closedThrough!) acc.posted = true;
      }
      if (!acc.posted) alerts.push({ caseKey: p.caseKey, kind: 'noLedgerPostings', date: p.startDate > yearStart ? p.startDate : yearStart, costCenter: p.costCenter, form: p.form });
    }
  }

  // Booked per month and per unit × account.
  let bookedToDate: Ore | null = null;
  const accrualRows: AccrualRow[] = [];
  if (input.booked && closedThrough) {
    bookedToDate = 0;
    for (let y = 0; y < closedInYear; y++) {
      const per = monthly[y].month;
      if (input.booked.periods.has(per)) monthly[y].bookedOre = 0;
    }
    const all = [...accrual.values()].flatMap((m) => [...m.values()]);
    for (const a of all.sort((x, y) => cmp(x.costCenter, y.costCenter) || cmp(x.account, y.account))) {
      let booked = 0;
      const perPeriod = input.booked.byKey.get(bookedKey(a.costCenter, a.account));
      if (perPeriod) {
        for (const [per, ore] of perPeriod) {
          if (per < jan || per > closedThrough) continue;
          booked += ore;
          const y = monthsBetween(jan, per);
          monthly[y].bookedOre = (monthly[y].bookedOre ?? 0) + ore;
        }
      }
      bookedToDate += booked;
      if (a.earned > booked) a.group.unbilled += a.earned - booked;
      if (a.earned === 0 && booked === 0) continue;
      accrualRows.push({ costCenter: a.costCenter, account: a.account, earnedOre: a.earned, bookedOre: booked, unbilledOre: a.earned - booked });
    }
  }

  // Expected new placements per group.
  const inflow = input.inflow ?? { mode: 'history' as const };
  const remaining: number[] = [];
  for (let per = addMonths(histEnd, 1); per <= dec; per = addMonths(per, 1)) remaining.push(daysInclusive(firstDayOf(per), yearEnd));
  const groupList = [...groups.values()].flatMap((m) => [...m.values()]).sort((a, b) => cmp(a.costCenter, b.costCenter) || cmp(a.costLine, b.costLine));
  const totalStarts = groupList.reduce((s, g) => s + g.starts, 0);
  const totalActive = groupList.reduce((s, g) => s + g.activeAtAsOf, 0);
  const groupRows: ExpectedNewGroup[] = [];
  let expected = 0;
  for (const g of groupList) {
    // Duration cap D = durSum / durCount (rational); Σ_k min(D, x_k) = Σ_k min(durSum, x_k × durCount) / durCount.
    const durSum = g.durationCount ? g.durationSum : allDurSum;
    const durCount = g.durationCount ? g.durationCount : allDurCount;
    let sumMinNum = 0n;
    const dDen = BigInt(durCount || 1);
    for (const x of remaining) {
      sumMinNum += durCount ? BigInt(Math.min(durSum, x * durCount)) : BigInt(x);
    }
    // rate = rateNum / rateDen new placements per month.
    let rateNum: bigint;
    let rateDen: bigint;
    if (inflow.mode === 'history') {
      rateNum = BigInt(g.starts);
      rateDen = 12n;
    } else if (totalStarts > 0) {
      rateNum = BigInt(inflow.perMonthMilli) * BigInt(g.starts);
      rateDen = 1000n * BigInt(totalStarts);
    } else {
      rateNum = BigInt(inflow.perMonthMilli) * BigInt(g.activeAtAsOf);
      rateDen = 1000n * BigInt(totalActive || 1);
    }
    let exp = 0;
    if (g.histDays > 0 && rateNum !== 0n && remaining.length) {
      exp = roundDiv(rateNum * BigInt(g.histCost) * sumMinNum, rateDen * BigInt(g.histDays) * dDen);
    }
    expected += exp;
    groupRows.push({
      costCenter: g.costCenter,
      costLine: g.costLine,
      starts: g.starts,
      ratePerMonthMilli: roundDiv(rateNum * 1000n, rateDen),
      costPerCareDayOre: g.histDays ? roundDiv(BigInt(g.histCost), BigInt(g.histDays)) : 0,
      averageDurationDays: durCount ? roundDiv(BigInt(durSum), BigInt(durCount)) : null,
      committedOre: g.committed,
      unbilledOre: g.unbilled,
      expectedOre: exp,
      placements: g.placements,
    });
  }

  const references: Record<string, FormReference> = {};
  for (const f of input.forms) references[f.name] = formReference(f, input.prices);
  // Forms not in the list (should not happen after validation) keep their figures; empty forms are dropped.
  for (const k of Object.keys(byForm)) if (byForm[k].careDays === 0 && byForm[k].activeAtAsOf === 0) delete byForm[k];

  const order: Record<AlertKind, number> = { reviewOverdue: 0, reviewDue: 1, pastPlannedEnd: 2, noEndDate: 3, noLedgerPostings: 4 };
  alerts.sort((a, b) => order[a.kind] - order[b.kind] || cmp(a.date, b.date) || cmp(a.caseKey, b.caseKey));

  const costOre = monthly.reduce((s, m) => s + m.costOre, 0);
  assertOre(costOre, 'placeringskostnad');
  return {
    year,
    asOf,
    closedThrough,
    monthly,
    costOre,
    careDays: monthly.reduce((s, m) => s + m.careDays, 0),
    byForm: sortRecord(byForm),
    byCostCenter: sortRecord(byCostCenter),
    byTargetGroup: sortRecord(byTargetGroup),
    earnedToDateOre: earned,
    bookedToDateOre: bookedToDate,
    committedToYearEndOre: committed,
    expectedNewOre: expected,
    fullYearOre: earned + committed + expected,
    unbilledOre: accrualRows.reduce((s, a) => s + a.unbilledOre, 0),
    inflow: {
      source: inflow.mode === 'history' ? 'history' : 'set',
      perMonthMilli: inflow.mode === 'history' ? roundDiv(BigInt(totalStarts) * 1000n, 12n) : inflow.perMonthMilli,
      windowFrom,
      windowTo: histEnd,
    },
    groups: groupRows,
    accrual: accrualRows,
    alerts,
    references,
    placements: prepared.length,
    activeAtAsOf,
  };
}

function sortRecord<V>(rec: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(rec).sort((a, b) => a.localeCompare(b, 'sv'))) out[k] = rec[k];
  return out;
}

/** The CLI's JSON contract for a projection (amounts in öre). */
export function projectionJson(p: PlacementProjection) {
  const byForm: Record<string, { costOre: Ore; careDays: number }> = {};
  for (const [k, v] of Object.entries(p.byForm)) byForm[k] = { costOre: v.costOre, careDays: v.careDays };
  return {
    year: p.year,
    asOf: p.asOf,
    monthly: p.monthly.map((m) => ({ month: m.month, costOre: m.costOre, careDays: m.careDays, countAtMonthEnd: m.countAtMonthEnd })),
    committedToYearEndOre: p.committedToYearEndOre,
    expectedNewOre: p.expectedNewOre,
    byForm,
    alerts: p.alerts.map((a) => ({ caseKey: a.caseKey, kind: a.kind, date: a.date })),
    accrual: p.accrual.map((a) => ({ costCenter: a.costCenter, account: a.account, earnedOre: a.earnedOre, bookedOre: a.bookedOre, unbilledOre: a.unbilledOre })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// The forecast's feed

/** What the forecast needs per unit × purchased-care line (src/core/forecast/types.ts PlacementOutlook). */
export interface PlacementOutlookFigures {
  committedOre: Ore;
  expectedNewOre: Ore;
}

/**
 * The register's outlook for one unit (ansvar) × purchased-care cost line, as of a closed month `asOf`
 * ('YYYY-MM'): committed cost and expected new placements for the months after asOf to the end of its year.
 * The committed cost also holds what the register earned up to asOf but the ledger has not booked yet (the
 * positive un-invoiced estimates of the line's accounts): those invoices arrive after asOf, so the forecast
 * (actuals to date + committed + expected new) would otherwise miss them.
 * Returns a function for src/core/forecast (`env.placementsOf`) that computes each as-of month once. A unit ×
 * line the register has never had a placement on gives null ("no register figure").
 */
export function makePlacementsOf(input: ProjectionInput): (costCenter: string, costLine: string, asOf: string) => PlacementOutlookFigures | null {
  const prepared = preparePlacements(input);
  const cache = new Map<string, Map<string, ExpectedNewGroup>>();
  return (costCenter, costLine, asOf) => {
    let byGroup = cache.get(asOf);
    if (!byGroup) {
      const year = +asOf.slice(0, 4);
      const proj = projectPlacements(input, { year, asOf: lastDayOf(asOf) }, prepared);
      byGroup = new Map(proj.groups.map((g) => [`${g.costCenter}\u0001${g.costLine}`, g]));
      cache.set(asOf, byGroup);
    }
    const g = byGroup.get(`${costCenter}\u0001${costLine}`);
    return g ? { committedOre: g.committedOre + g.unbilledOre, expectedNewOre: g.expectedOre } : null;
  };
}

/** The outlook of one unit × cost line as of a closed month (one call; see makePlacementsOf for many). */
export function placementOutlook(input: ProjectionInput, costCenter: string, costLine: string, asOf: Period): PlacementOutlookFigures | null {
  return makePlacementsOf(input)(costCenter, costLine, asOf);
}
