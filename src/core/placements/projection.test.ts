import { DEFAULT_PRICE_LIST } from '../prices';
import { DEFAULT_FORMS } from './lists';
import type { Placement } from './register';
import {
  bookedKey,
  makePlacementsOf,
  projectPlacements,
  projectionJson,
  type BookedLedger,
  type ProjectionInput,
} from './projection';

const kr = (n: number) => Math.round(n * 100);

function placement(over: Partial<Placement>): Placement {
  return {
    caseKey: 'BU-2024-001',
    costCenter: '52110',
    account: '46311',
    targetGroup: 'Barn och unga',
    form: 'HVB',
    legalBasis: 'SoL',
    provider: 'Solgläntans HVB AB',
    startDate: '2024-01-01',
    endDate: null,
    pricePerDayOre: null,
    pricePerMonthOre: null,
    expensesPerMonthOre: null,
    extraPerMonthOre: null,
    upliftBasisPoints: 0,
    upliftDate: null,
    nextReview: null,
    decisionDate: null,
    note: '',
    ...over,
  };
}

function input(placements: Placement[], booked: BookedLedger | null = null, extra: Partial<ProjectionInput> = {}): ProjectionInput {
  return {
    placements,
    forms: DEFAULT_FORMS,
    prices: DEFAULT_PRICE_LIST,
    booked,
    costLineOf: (a) => (a.startsWith('4631') ? 'Köpt vård institution barn och unga' : a.startsWith('4533') || a.startsWith('4634') ? 'Familjehemsvård' : null),
    ...extra,
  };
}

/** cost (kr), care days and count at month end for the twelve months of the year. */
function monthsOf(p: Placement, year: number, asOf = `${year}-12-31`) {
  const r = projectPlacements(input([p]), { year, asOf });
  return r.monthly.map((m) => [m.costOre / 100, m.careDays, m.countAtMonthEnd]);
}

const ZERO = [0, 0, 0];

describe('projection: hand-computed placements, every month', () => {
  it('a placement over the leap day (20 Feb – 5 Mar 2024, 1 000 kr/dygn)', () => {
    const p = placement({ startDate: '2024-02-20', endDate: '2024-03-05', pricePerDayOre: kr(1000) });
    expect(monthsOf(p, 2024)).toEqual([
      ZERO,
      [10_000, 10, 1], // 20–29 February: 10 days in a leap year, active on the 29th
      [5_000, 5, 0],
      ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO,
    ]);
  });

  it('a placement crossing the year (20 Dec 2024 – 10 Jan 2025, 2 000 kr/dygn)', () => {
    const p = placement({ startDate: '2024-12-20', endDate: '2025-01-10', pricePerDayOre: kr(2000) });
    expect(monthsOf(p, 2024)).toEqual([ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, [24_000, 12, 1]]);
    expect(monthsOf(p, 2025)).toEqual([[20_000, 10, 0], ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO]);
  });

  it('a placement ending mid-month (1 Jan – 15 Apr 2024, 3 000 kr/dygn)', () => {
    const p = placement({ startDate: '2024-01-01', endDate: '2024-04-15', pricePerDayOre: kr(3000) });
    expect(monthsOf(p, 2024)).toEqual([
      [93_000, 31, 1],
      [87_000, 29, 1],
      [93_000, 31, 1],
      [45_000, 15, 0],
      ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO,
    ]);
  });

  it('a per-month price (own family home from 10 Mar 2024: arvode 12 000 + omkostnad 5 000 per month)', () => {
    const p = placement({
      form: 'Eget familjehem',
      account: '45331',
      costCenter: '52120',
      startDate: '2024-03-10',
      pricePerMonthOre: kr(12_000),
      expensesPerMonthOre: kr(5_000),
    });
    // March: 22 of 31 days. 12 000 × 22/31 = 8 516,129… → 8 516,13; 5 000 × 22/31 = 3 548,387… → 3 548,39.
    expect(monthsOf(p, 2024)).toEqual([
      ZERO,
      ZERO,
      [12_064.52, 22, 1],
      [17_000, 30, 1],
      [17_000, 31, 1],
      [17_000, 30, 1],
      [17_000, 31, 1],
      [17_000, 31, 1],
      [17_000, 30, 1],
      [17_000, 31, 1],
      [17_000, 30, 1],
      [17_000, 31, 1],
    ]);
  });

  it('an uplift on 1 January (2 000 kr/dygn from June 2024, +3 % from 1 Jan 2025)', () => {
    const p = placement({ startDate: '2024-06-01', pricePerDayOre: kr(2000), upliftBasisPoints: 300, upliftDate: '2025-01-01' });
    const y2024 = monthsOf(p, 2024);
    expect(y2024.slice(5)).toEqual([
      [60_000, 30, 1],
      [62_000, 31, 1],
      [62_000, 31, 1],
      [60_000, 30, 1],
      [62_000, 31, 1],
      [60_000, 30, 1],
      [62_000, 31, 1],
    ]);
    // 2 060 kr/dygn all of 2025 (not a leap year).
    expect(monthsOf(p, 2025)).toEqual([
      [63_860, 31, 1],
      [57_680, 28, 1],
      [63_860, 31, 1],
      [61_800, 30, 1],
      [63_860, 31, 1],
      [61_800, 30, 1],
      [63_860, 31, 1],
      [63_860, 31, 1],
      [61_800, 30, 1],
      [63_860, 31, 1],
      [61_800, 30, 1],
      [63_860, 31, 1],
    ]);
  });

  it('an open-ended placement (contracted jourhem since May 2023, 17 531 kr per month)', () => {
    const p = placement({ form: 'Jourhem', account: '46341', startDate: '2023-05-01', pricePerMonthOre: kr(17_531) });
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(monthsOf(p, 2024)).toEqual(days.map((d) => [17_531, d, 1]));
  });

  it('uses the price list when the placement has no price of its own (HVB → hvb_barn_dygn, 3 283 kr)', () => {
    const p = placement({ startDate: '2024-04-01', endDate: '2024-04-30' });
    expect(monthsOf(p, 2024)[3]).toEqual([98_490, 30, 1]); // active on its last day, 30 April
  });
});

describe('projection: totals, committed, expected new', () => {
  // One group (52110 × institution children), 1 000 kr/dygn: two ended placements (30 and 60 days) and one running.
  const A = placement({ caseKey: 'BU-2023-001', startDate: '2023-07-01', endDate: '2023-07-30', pricePerDayOre: kr(1000) });
  const B = placement({ caseKey: 'BU-2023-002', startDate: '2023-09-01', endDate: '2023-10-30', pricePerDayOre: kr(1000) });
  const C = placement({ caseKey: 'BU-2024-003', startDate: '2024-01-01', pricePerDayOre: kr(1000), nextReview: '2024-07-01' });

  it('splits the year at the last closed month and computes the expected new placements exactly', () => {
    const r = projectPlacements(input([A, B, C]), { year: 2024, asOf: '2024-06-30' });
    expect(r.closedThrough).toBe('2024-06');
    // Jan–Jun 2024: 182 days of C.
    expect(r.earnedToDateOre).toBe(kr(182_000));
    // Jul–Dec: 184 days of C.
    expect(r.committedToYearEndOre).toBe(kr(184_000));
    // History window Jul 2023 – Jun 2024: 3 starts → 0,25 per month; 1 000 kr per care day; D = (30 + 60) / 2 = 45 days.
    // New placements on the 1st of Jul … Dec run min(45, days to 31 Dec) = 45 × 5 + 31 = 256 days:
    // 0,25 × 1 000 × 256 = 64 000 kr.
    expect(r.expectedNewOre).toBe(kr(64_000));
    expect(r.groups).toEqual([
      {
        costCenter: '52110',
        costLine: 'Köpt vård institution barn och unga',
        starts: 3,
        ratePerMonthMilli: 250,
        costPerCareDayOre: kr(1000),
        averageDurationDays: 45,
        committedOre: kr(184_000),
        unbilledOre: 0,
        expectedOre: kr(64_000),
        placements: 3,
      },
    ]);
    expect(r.inflow).toEqual({ source: 'history', perMonthMilli: 250, windowFrom: '2023-07', windowTo: '2024-06' });
    expect(r.costOre).toBe(kr(366_000));
    expect(r.monthly.map((m) => m.countAtMonthEnd)).toEqual(new Array(12).fill(1));
  });

  it('uses an inflow set by the user instead of the history', () => {
    const r = projectPlacements(input([A, B, C], null, { inflow: { mode: 'set', perMonthMilli: 500 } }), { year: 2024, asOf: '2024-06-30' });
    expect(r.expectedNewOre).toBe(kr(128_000)); // 0,5 × 1 000 × 256
    expect(r.inflow.source).toBe('set');
  });

  it('treats an as-of date inside a month as the end of the month before', () => {
    const r = projectPlacements(input([C]), { year: 2024, asOf: '2024-06-15' });
    expect(r.closedThrough).toBe('2024-05');
    expect(r.committedToYearEndOre).toBe(kr(214_000)); // June–December: 30 + 184 days
  });

  it('has nothing left after December and everything left before January', () => {
    const end = projectPlacements(input([A, B, C]), { year: 2024, asOf: '2024-12-31' });
    expect(end.committedToYearEndOre).toBe(0);
    expect(end.expectedNewOre).toBe(0);
    const start = projectPlacements(input([C]), { year: 2024, asOf: '2023-12-31' });
    expect(start.closedThrough).toBeNull();
    expect(start.committedToYearEndOre).toBe(kr(366_000));
    expect(start.accrual).toEqual([]);
  });

  it('feeds the forecast per unit × cost line as of a closed month', () => {
    const of = makePlacementsOf(input([A, B, C]));
    expect(of('52110', 'Köpt vård institution barn och unga', '2024-06')).toEqual({ committedOre: kr(184_000), expectedNewOre: kr(64_000) });
    expect(of('52110', 'Familjehemsvård', '2024-06')).toBeNull();
    expect(of('99999', 'Köpt vård institution barn och unga', '2024-06')).toBeNull();
  });

  it('groups by form, unit and target group', () => {
    const fh = placement({ caseKey: 'BU-2024-010', form: 'Eget familjehem', account: '45331', costCenter: '52120', startDate: '2024-01-01', endDate: '2024-01-31', pricePerMonthOre: kr(10_000) });
    const adult = placement({ caseKey: 'VU-2024-001', form: 'LVM-hem', account: '46332', costCenter: '53110', targetGroup: 'Vuxna', startDate: '2024-01-01', endDate: '2024-01-10', pricePerDayOre: kr(5000) });
    const r = projectPlacements(input([C, fh, adult]), { year: 2024, asOf: '2024-01-31' });
    expect(Object.keys(r.byForm)).toEqual(['Eget familjehem', 'HVB', 'LVM-hem']);
    expect(r.byForm['LVM-hem']).toMatchObject({ costOre: kr(50_000), careDays: 10 });
    expect(r.byForm['Eget familjehem']).toMatchObject({ costOre: kr(10_000), careDays: 31 });
    expect(r.byCostCenter['52120'].costOre).toBe(kr(10_000));
    expect(r.byTargetGroup['Vuxna'].careDays).toBe(10);
    expect(r.byTargetGroup['Barn och unga'].months[0].countAtMonthEnd).toBe(2);
    expect(r.monthly[0].countAtMonthEnd).toBe(2);
  });
});

describe('projection: accrual and alerts', () => {
  const C = placement({ caseKey: 'BU-2024-003', startDate: '2024-01-01', pricePerDayOre: kr(1000), nextReview: '2024-07-10' });
  const D = placement({ caseKey: 'BU-2024-004', costCenter: '52120', account: '46321', form: 'Konsulentstött familjehem', startDate: '2024-03-01', endDate: '2024-08-31', pricePerDayOre: kr(2000), nextReview: '2024-06-01' });

  function booked(entries: [string, string, string, number][]): BookedLedger {
    const byKey = new Map<string, Map<string, number>>();
    const periods = new Set<string>();
    for (const [cc, acc, per, ore] of entries) {
      periods.add(per);
      const k = bookedKey(cc, acc);
      if (!byKey.has(k)) byKey.set(k, new Map());
      byKey.get(k)!.set(per, (byKey.get(k)!.get(per) ?? 0) + ore);
    }
    return { byKey, periods };
  }

  it('estimates the un-invoiced cost per unit and account (June invoice of C missing)', () => {
    const ledger = booked([
      ['52110', '46311', '2024-01', kr(31_000)],
      ['52110', '46311', '2024-02', kr(29_000)],
      ['52110', '46311', '2024-03', kr(31_000)],
      ['52110', '46311', '2024-04', kr(30_000)],
      ['52110', '46311', '2024-05', kr(31_000)],
      ['52120', '46321', '2024-03', kr(62_000)],
      ['52120', '46321', '2024-04', kr(60_000)],
      ['52120', '46321', '2024-05', kr(62_000)],
      ['52120', '46321', '2024-06', kr(60_000)],
      ['99999', '46311', '2024-06', kr(5_000)],
    ]);
    const r = projectPlacements(input([C, D], ledger), { year: 2024, asOf: '2024-06-30' });
    expect(r.accrual).toEqual([
      { costCenter: '52110', account: '46311', earnedOre: kr(182_000), bookedOre: kr(152_000), unbilledOre: kr(30_000) },
      { costCenter: '52120', account: '46321', earnedOre: kr(244_000), bookedOre: kr(244_000), unbilledOre: 0 },
    ]);
    expect(r.bookedToDateOre).toBe(kr(396_000));
    expect(r.monthly[5].bookedOre).toBe(kr(60_000));
    expect(r.monthly[6].bookedOre).toBeNull();
    expect(projectionJson(r).accrual[0]).toEqual({ costCenter: '52110', account: '46311', earnedOre: 18_200_000, bookedOre: 15_200_000, unbilledOre: 3_000_000 });
    // The forecast's committed cost holds the invoice still to come (June of C) besides July–December.
    const of = makePlacementsOf(input([C, D], ledger));
    expect(of('52110', 'Köpt vård institution barn och unga', '2024-06')).toEqual({
      committedOre: kr(184_000 + 30_000),
      // One start in 12 months, 1 000 kr/dygn, no ended placement (no cap): 1/12 × 1 000 × (184+153+122+92+61+31) = 53 583,33.
      expectedNewOre: 5_358_333,
    });
  });

  it('raises reviews due and overdue, past planned end, no end date and no ledger postings', () => {
    const ended = placement({ caseKey: 'BU-2023-009', startDate: '2023-01-01', endDate: '2024-05-31', pricePerDayOre: kr(1000), nextReview: '2024-05-01' });
    const finished = placement({ caseKey: 'BU-2023-010', startDate: '2023-01-01', endDate: '2024-05-31', pricePerDayOre: kr(1000), nextReview: null });
    const planned = placement({ caseKey: 'BU-2024-020', startDate: '2024-07-15', pricePerDayOre: kr(1000), nextReview: '2025-01-15' });
    const ledger = booked([['52110', '46311', '2024-01', kr(31_000)]]);
    const r = projectPlacements(input([C, D, ended, finished, planned], ledger), { year: 2024, asOf: '2024-06-30' });
    expect(r.alerts.map((a) => [a.caseKey, a.kind, a.date])).toEqual([
      ['BU-2024-004', 'reviewOverdue', '2024-06-01'],
      ['BU-2024-003', 'reviewDue', '2024-07-10'],
      ['BU-2023-009', 'pastPlannedEnd', '2024-05-31'],
      ['BU-2024-003', 'noEndDate', '2024-01-01'],
      ['BU-2024-004', 'noLedgerPostings', '2024-03-01'],
    ]);
    // The planned placement is no alert yet (open-ended but not active), and a review 31 days ahead is not due.
    const later = projectPlacements(input([C]), { year: 2024, asOf: '2024-06-09' });
    expect(later.alerts.map((a) => a.kind)).toEqual(['noEndDate']);
  });

  it('gives the JSON contract with exactly its keys', () => {
    const r = projectPlacements(input([C]), { year: 2024, asOf: '2024-06-30' });
    const j = projectionJson(r);
    expect(Object.keys(j)).toEqual(['year', 'asOf', 'monthly', 'committedToYearEndOre', 'expectedNewOre', 'byForm', 'alerts', 'accrual']);
    expect(Object.keys(j.monthly[0])).toEqual(['month', 'costOre', 'careDays', 'countAtMonthEnd']);
    expect(j.byForm).toEqual({ HVB: { costOre: kr(366_000), careDays: 366 } });
    expect(j.alerts[0]).toEqual({ caseKey: 'BU-2024-003', kind: 'reviewDue', date: '2024-07-10' });
  });
});
