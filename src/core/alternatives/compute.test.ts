import fc from 'fast-check';
import { DEFAULT_PRICE_LIST } from '../prices';
import { computeCase, runTotals, breakEvenMonth, toCompareJson, literalPriceKey } from './compute';
import { validateCase, type CaseFile, type ComponentFile } from './model';
import * as Q from './rational';

/** A case with two alternatives, the rest defaulted. */
function twoAlternatives(over: Partial<CaseFile>, a: ComponentFile[], b: ComponentFile[], risk?: CaseFile['alternatives'][number]['risk']): CaseFile {
  return {
    caseKey: 'BU-2026-001',
    date: '2026-01-15',
    targetGroup: 'Barn och unga',
    reason: 'Behov av dygnsvård.',
    firstMonth: '2026-01',
    horizonMonths: 3,
    alternatives: [
      { name: 'A', kind: 'extern', components: a },
      { name: 'B', kind: 'hemmaplan', components: b, ...(risk ? { risk } : {}) },
    ],
    ...over,
  };
}

const kr = (k: number) => k * 100;

describe('worked examples (monthly figures computed by hand)', () => {
  it('1. days of the months: 3 000 kr/dygn over January–March 2026', () => {
    // A: 3 000 kr/dygn × 31 (jan) = 93 000 kr; × 28 (feb 2026, not a leap year) = 84 000 kr; × 31 (mar) = 93 000 kr.
    //    total 270 000 kr; cumulative 93 000, 177 000, 270 000.
    // B: 20 000 kr/månad × 3 = 60 000 kr.
    // Cheapest B, A − B = 210 000 kr; A is dearer in every month, so the curves never cross (break-even null).
    const rc = validateCase(
      twoAlternatives({}, [{ label: 'HVB', unit: 'dygn', price: 3000 }], [{ label: 'Stöd', unit: 'månad', price: 20000 }]),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.alternatives[0].monthlyOre).toEqual([kr(93000), kr(84000), kr(93000)]);
    expect(r.alternatives[0].cumulativeOre).toEqual([kr(93000), kr(177000), kr(270000)]);
    expect(r.alternatives[0].totalOre).toBe(kr(270000));
    expect(r.alternatives[1].monthlyOre).toEqual([kr(20000), kr(20000), kr(20000)]);
    expect(r.cheapest).toBe('B');
    expect(r.alternatives[0].diffToCheapestOre).toBe(kr(210000));
    expect(r.alternatives[1].diffToCheapestOre).toBe(0);
    expect(r.breakEven).toEqual([{ a: 'A', b: 'B', month: null, period: null, cheaperAtEnd: 'B' }]);
    expect(r.alternatives[0].currentYearOre).toBe(kr(270000));
    expect(r.alternatives[0].laterOre).toBe(0);
  });

  it('2. leap February 2028, a price-list name and an expression with days', () => {
    // A: sis_dygn 9 504 kr × 29 (feb 2028, leap year) = 275 616 kr; × 31 (mar) = 294 624 kr. Total 570 240 kr.
    // B: oppenvard_timme 650 kr × (2 * 6 * 52 / 12 = 52 h) = 33 800 kr each month;
    //    plus 100 kr × (days * 2): feb 58 × 100 = 5 800 kr, mar 62 × 100 = 6 200 kr.
    //    feb 39 600 kr, mar 40 000 kr; total 79 600 kr.
    const rc = validateCase(
      twoAlternatives(
        { date: '2028-01-20', firstMonth: '2028-02', horizonMonths: 2 },
        [{ label: 'SiS', unit: 'dygn', price: 'sis_dygn' }],
        [
          { label: 'Familjebehandling', unit: 'timme', price: 'oppenvard_timme', quantity: '2 * 6 * 52 / 12' },
          { label: 'Stöd per dag', unit: 'månad', price: 100, quantity: 'days * 2' },
        ],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.periods).toEqual(['2028-02', '2028-03']);
    expect(r.alternatives[0].monthlyOre).toEqual([kr(275616), kr(294624)]);
    expect(r.alternatives[1].monthlyOre).toEqual([kr(39600), kr(40000)]);
    expect(r.alternatives[1].components.map((c) => c.totalOre)).toEqual([kr(67600), kr(12000)]);
    expect(r.alternatives[1].totalOre).toBe(kr(79600));
  });

  it('3. uplift from each 1 January after the first month, rounded once per component and month', () => {
    // First month 2026-11, hvb_barn_dygn 3 283 kr/dygn, uplift 3.5 %:
    //   nov 2026: 3 283 × 30 = 98 490 kr                          = 9 849 000 öre
    //   dec 2026: 3 283 × 31 = 101 773 kr                         = 10 177 300 öre
    //   jan 2027: 101 773 × 1.035 = 105 335.055 kr = 10 533 505.5 öre → 10 533 506 öre (half away from zero)
    //   feb 2027: 3 283 × 28 = 91 924 × 1.035 = 95 141.34 kr       = 9 514 134 öre
    //   total 40 073 940 öre; budget year 2026: 20 026 300 öre; later 20 047 640 öre.
    // B: 10 000 kr/månad, uplift 3 %: 10 000, 10 000, 10 300, 10 300 kr.
    const rc = validateCase(
      twoAlternatives(
        { date: '2026-10-01', firstMonth: '2026-11', horizonMonths: 4 },
        [{ label: 'HVB', unit: 'dygn', price: 'hvb_barn_dygn', uplift: 0.035 }],
        [{ label: 'Stöd', unit: 'månad', price: 10000, uplift: 0.03 }],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.alternatives[0].monthlyOre).toEqual([9849000, 10177300, 10533506, 9514134]);
    expect(r.alternatives[0].totalOre).toBe(40073940);
    expect(r.alternatives[0].currentYearOre).toBe(20026300);
    expect(r.alternatives[0].laterOre).toBe(20047640);
    expect(r.alternatives[1].monthlyOre).toEqual([kr(10000), kr(10000), kr(10300), kr(10300)]);
  });

  it('3b. the uplift compounds: two New Years later (jan and leap feb 2028)', () => {
    // jan 2028 (k = 2): 3 283 × 31 × 1.035² = 101 773 × 1.071225 = 109 021.781925 kr → 10 902 178 öre
    // feb 2028 (k = 2, 29 days): 3 283 × 29 × 1.071225 = 101 988.118575 kr → 10 198 812 öre
    const rc = validateCase(
      twoAlternatives(
        { date: '2026-10-01', firstMonth: '2026-11', horizonMonths: 16 },
        [{ label: 'HVB', unit: 'dygn', price: 'hvb_barn_dygn', uplift: 0.035 }],
        [{ label: 'Stöd', unit: 'månad', price: 10000 }],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.periods[14]).toBe('2028-01');
    expect(r.alternatives[0].monthlyOre[14]).toBe(10902178);
    expect(r.alternatives[0].monthlyOre[15]).toBe(10198812);
  });

  it('4. an engång cost in its first month only, a jourhem month and an own family home', () => {
    // First month 2026-03. A: konsulentstott_fh_dygn 1 900 kr/dygn:
    //   mar 31 × 1 900 = 58 900; apr 30 × 1 900 = 57 000; maj 58 900; jun 57 000. Total 231 800 kr.
    // B: jourhem_arvode_manad 17 531 kr in month 1 only;
    //    engång 25 000 kr in month 2 (its `to` of 4 does not repeat it);
    //    fh_arvode_manad 11 237 + fh_omkostnad_manad 4 400 = 15 637 kr in months 2–4.
    //    mar 17 531; apr 25 000 + 15 637 = 40 637; maj 15 637; jun 15 637. Total 89 442 kr.
    //    cumulative 17 531, 58 168, 73 805, 89 442: B stays below A (58 900, 115 900, 174 800, 231 800).
    const rc = validateCase(
      twoAlternatives(
        { date: '2026-02-01', firstMonth: '2026-03', horizonMonths: 4 },
        [{ label: 'Konsulentstött familjehem', unit: 'dygn', price: 'konsulentstott_fh_dygn' }],
        [
          { label: 'Jourhem', unit: 'månad', price: 'jourhem_arvode_manad', from: 1, to: 1 },
          { label: 'Uppstart', unit: 'engång', price: 25000, from: 2, to: 4 },
          { label: 'Arvode', unit: 'månad', price: 'fh_arvode_manad', from: 2 },
          { label: 'Omkostnad', unit: 'månad', price: 'fh_omkostnad_manad', from: 2 },
        ],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.alternatives[0].monthlyOre).toEqual([kr(58900), kr(57000), kr(58900), kr(57000)]);
    expect(r.alternatives[1].monthlyOre).toEqual([kr(17531), kr(40637), kr(15637), kr(15637)]);
    expect(r.alternatives[1].cumulativeOre).toEqual([kr(17531), kr(58168), kr(73805), kr(89442)]);
    expect(r.alternatives[1].components[1].monthlyOre).toEqual([0, kr(25000), 0, 0]);
    expect(r.breakEven[0].month).toBeNull();
    expect(r.cheapest).toBe('B');
  });

  it('5. risk-weighted: the home-based option breaks down after month 2 and HVB follows', () => {
    // First month 2026-01, horizon 6.
    // A (HVB): engång 10 000 kr in month 1 + 3 000 kr/dygn:
    //   jan 10 000 + 93 000 = 103 000; feb 84 000; mar 93 000; apr 90 000; maj 93 000; jun 90 000. Total 553 000 kr.
    // B (hemmaplan): 30 000 kr/månad → 180 000 kr; risk p = 0.25 after month 2, then A.
    //   scenario: B jan + feb = 60 000; A as if it started in month 3 (mar): its engång 10 000 in mar
    //   and 3 000 kr × calendar days of mar–jun = 93 000 + 90 000 + 93 000 + 90 000 = 366 000 → 436 000 kr.
    //   expected = 0.75 × 180 000 + 0.25 × 436 000 = 135 000 + 109 000 = 244 000 kr.
    // A carries no risk: expected = total.
    const rc = validateCase(
      twoAlternatives(
        { horizonMonths: 6 },
        [
          { label: 'Inskrivning', unit: 'engång', price: 10000 },
          { label: 'HVB', unit: 'dygn', price: 3000 },
        ],
        [{ label: 'Familjebehandling', unit: 'månad', price: 30000 }],
        { probability: 0.25, afterMonth: 2, then: 'A' },
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.alternatives[0].monthlyOre).toEqual([103000, 84000, 93000, 90000, 93000, 90000].map(kr));
    expect(r.alternatives[0].expectedOre).toBe(kr(553000));
    expect(r.alternatives[1].riskScenarioOre).toBe(kr(436000));
    expect(r.alternatives[1].expectedOre).toBe(kr(244000));
    expect(toCompareJson(r).alternatives[1]).toEqual({
      name: 'B',
      totalOre: kr(180000),
      currentYearOre: kr(180000),
      expectedOre: kr(244000),
      monthlyOre: Array(6).fill(kr(30000)),
    });
  });

  it('5b. the expected cost is rounded once, half away from zero', () => {
    // B: 1,00 kr/månad for 1 month = 100 öre; risk p = 0.333 after month 0 → A from month 1: 2,01 kr = 201 öre.
    // expected = 0.667 × 100 + 0.333 × 201 = 66.7 + 66.933 = 133.633 öre → 134 öre.
    const rc = validateCase(
      twoAlternatives(
        { horizonMonths: 1 },
        [{ label: 'A', unit: 'månad', price: 2.01 }],
        [{ label: 'B', unit: 'månad', price: 1 }],
        { probability: 0.333, afterMonth: 0, then: 'A' },
      ),
      DEFAULT_PRICE_LIST,
    );
    expect(computeCase(rc).alternatives[1].expectedOre).toBe(134);
  });

  it('6. break-even month and the sensitivity table', () => {
    // A: 50 000 kr/månad. B: engång 120 000 kr in month 1 + 30 000 kr/månad.
    // cumulative A = 50 000 × m, B = 120 000 + 30 000 × m: equal when 20 000 × m = 120 000, m = 6 → break-even month 6.
    // Totals over 12 months: A 600 000, B 480 000.
    // Sensitivity: B's engång +10 % → +12 000 kr on B, nothing on A; −10 % → −12 000.
    //   A's own price ±10 % → ±60 000 on A. Duration +3 months: A +150 000, B +90 000 (the engång does not move);
    //   −3 months: A −150 000, B −90 000.
    const rc = validateCase(
      twoAlternatives(
        { horizonMonths: 12 },
        [{ label: 'Placering', unit: 'månad', price: 50000 }],
        [
          { label: 'Uppstart', unit: 'engång', price: 120000 },
          { label: 'Behandling', unit: 'månad', price: 30000 },
        ],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.breakEven[0]).toMatchObject({ a: 'A', b: 'B', month: 6, period: '2026-06', cheaperAtEnd: 'B' });
    const find = (key: string, change: number) => r.sensitivity.find((s) => s.key === key && s.change === change);
    expect(find(literalPriceKey(1, 0), 0.1)?.deltaOre).toEqual([0, kr(12000)]);
    expect(find(literalPriceKey(1, 0), -0.1)?.deltaOre).toEqual([0, kr(-12000)]);
    expect(find(literalPriceKey(0, 0), 0.1)?.deltaOre).toEqual([kr(60000), 0]);
    expect(find('duration', 3)?.deltaOre).toEqual([kr(150000), kr(90000)]);
    expect(find('duration', -3)?.deltaOre).toEqual([kr(-150000), kr(-90000)]);
    expect(r.sensitivity).toHaveLength(3 * 2 + 2);
  });

  it('7. a stepped plan: only the components that end the plan move with the duration', () => {
    // B: HVB 40 000 kr/månad months 1–3, then family home 15 000 kr/månad months 4–6 (horizon 6).
    // +3 months: the family home runs to month 9 (+45 000); the HVB months do not move.
    // −3 months: the family home (4–6) ends at 3 and drops out (−45 000).
    const rc = validateCase(
      twoAlternatives(
        { horizonMonths: 6 },
        [{ label: 'HVB', unit: 'månad', price: 60000 }],
        [
          { label: 'HVB', unit: 'månad', price: 40000, to: 3 },
          { label: 'Familjehem', unit: 'månad', price: 15000, from: 4 },
        ],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.sensitivity.find((s) => s.key === 'duration' && s.change === 3)?.deltaOre).toEqual([kr(180000), kr(45000)]);
    expect(r.sensitivity.find((s) => s.key === 'duration' && s.change === -3)?.deltaOre).toEqual([kr(-180000), kr(-45000)]);
  });

  it('8. a price name inside a quantity expression varies with that price', () => {
    // B: 1 kr × (fh_arvode_manad / 2) = 5 618,50 kr per month; +10 % on fh_arvode_manad → 6 180,35 kr.
    const rc = validateCase(
      twoAlternatives(
        { horizonMonths: 1 },
        [{ label: 'A', unit: 'månad', price: 1000 }],
        [{ label: 'Halvt arvode', unit: 'månad', price: 1, quantity: 'fh_arvode_manad / 2' }],
      ),
      DEFAULT_PRICE_LIST,
    );
    const r = computeCase(rc);
    expect(r.alternatives[1].totalOre).toBe(561850);
    expect(r.sensitivity.find((s) => s.key === 'fh_arvode_manad' && s.change === 0.1)?.totalsOre[1]).toBe(618035);
  });
});

describe('breakEvenMonth', () => {
  it('finds the first meeting or crossing after the first difference', () => {
    expect(breakEvenMonth([1, 2, 3], [2, 3, 4])).toBeNull();
    expect(breakEvenMonth([5, 6, 7], [1, 6, 9])).toBe(2);
    expect(breakEvenMonth([0, 5, 6], [0, 1, 9])).toBe(3);
    expect(breakEvenMonth([1, 1], [1, 1])).toBeNull();
  });
});

// ---------------------------------------------------------------------------
// Properties over random cases

const unitArb = fc.constantFrom('dygn', 'månad', 'timme', 'vecka', 'engång');
const componentArb = (horizon: number) =>
  fc
    .record({
      unit: unitArb,
      price: fc.integer({ min: 0, max: 2_000_000 }).map((ore) => ore / 100),
      quantity: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 40 }), fc.constant('6 * 52 / 12'), fc.constant('min(days, 30) / 2')),
      a: fc.integer({ min: 1, max: horizon }),
      b: fc.integer({ min: 1, max: horizon }),
      uplift: fc.constantFrom(0, 0.02, 0.035, 0.1),
    })
    .map(({ unit, price, quantity, a, b, uplift }) => ({
      label: 'K',
      unit,
      price,
      quantity,
      from: Math.min(a, b),
      to: Math.max(a, b),
      uplift,
    }));

const caseArb = fc.integer({ min: 1, max: 36 }).chain((horizon) =>
  fc.record({
    horizon: fc.constant(horizon),
    year: fc.integer({ min: 2024, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    alts: fc.array(fc.array(componentArb(horizon), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
    risk: fc.record({ p: fc.integer({ min: 0, max: 100 }), after: fc.integer({ min: 0, max: horizon - 1 }) }),
  }),
);

function buildCase(x: { horizon: number; year: number; month: number; alts: ComponentFile[][]; risk: { p: number; after: number } }): CaseFile {
  return {
    caseKey: 'BU-2026-099',
    date: `${x.year}-01-01`,
    targetGroup: 'Barn och unga',
    reason: 'Slumpat ärende.',
    firstMonth: `${x.year}-${String(x.month).padStart(2, '0')}`,
    horizonMonths: x.horizon,
    alternatives: x.alts.map((components, i) => ({
      name: `Alt ${i + 1}`,
      kind: i === 0 ? 'extern' : 'hemmaplan',
      components,
      ...(i === 1 ? { risk: { probability: x.risk.p / 100, afterMonth: x.risk.after, then: 'Alt 1' } } : {}),
    })),
  };
}

describe('properties', () => {
  it('total = sum of months, cumulative is monotone and ends at the total, budget year + later = total', () => {
    fc.assert(
      fc.property(caseArb, (x) => {
        const r = computeCase(validateCase(buildCase(x), DEFAULT_PRICE_LIST), { sensitivity: false });
        for (const a of r.alternatives) {
          expect(a.monthlyOre).toHaveLength(x.horizon);
          expect(a.totalOre).toBe(a.monthlyOre.reduce((s, v) => s + v, 0));
          for (let m = 1; m < a.cumulativeOre.length; m++) expect(a.cumulativeOre[m]).toBeGreaterThanOrEqual(a.cumulativeOre[m - 1]);
          expect(a.cumulativeOre[a.cumulativeOre.length - 1]).toBe(a.totalOre);
          expect(a.currentYearOre + a.laterOre).toBe(a.totalOre);
          for (const v of a.monthlyOre) expect(Number.isSafeInteger(v)).toBe(true);
          if (a.riskScenarioOre !== null) {
            expect(a.expectedOre).toBeGreaterThanOrEqual(Math.min(a.totalOre, a.riskScenarioOre));
            expect(a.expectedOre).toBeLessThanOrEqual(Math.max(a.totalOre, a.riskScenarioOre));
          } else expect(a.expectedOre).toBe(a.totalOre);
        }
        expect(Math.min(...r.alternatives.map((a) => a.diffToCheapestOre))).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('the sensitivity at 0 % and 0 months equals the base; +10 % never lowers a non-negative total', () => {
    fc.assert(
      fc.property(caseArb, (x) => {
        const rc = validateCase(buildCase(x), DEFAULT_PRICE_LIST);
        const base = computeCase(rc, { sensitivity: false }).alternatives.map((a) => a.totalOre);
        const keys = ['hvb_barn_dygn', literalPriceKey(0, 0), literalPriceKey(1, 0)];
        for (const key of keys) {
          expect(runTotals(rc, { priceFactors: new Map([[key, Q.ONE]]), durationShift: 0 })).toEqual(base);
          const up = runTotals(rc, { priceFactors: new Map([[key, Q.rat(11, 10)]]) });
          up.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(base[i]));
        }
        const zero = computeCase(rc, { priceChange: Q.ZERO, durationChange: 0 });
        for (const s of zero.sensitivity) expect(s.deltaOre.every((d) => d === 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
