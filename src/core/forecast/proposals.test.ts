import fc from 'fast-check';
import {
  backtestAll,
  bestMethod,
  budgetProfile,
  errorPercent,
  lastYearSeason,
  placementsProposal,
  proposeAll,
  regressionProjection,
  runRate,
  trend,
  trendPoints,
} from './proposals';
import type { LineHistory, Months, Proposal } from './types';
import { roundFraction } from '../money';
import { t } from '../strings';

/** Twelve months from a prefix; the rest null (not imported yet). */
function months(prefix: number[], fill: number | null = null): (number | null)[] {
  return Array.from({ length: 12 }, (_, i) => (i < prefix.length ? prefix[i] : fill));
}
const flat = (v: number) => months([], v);

function ore(p: Proposal): number {
  if (!p.ok) throw new Error('expected a figure, got ' + p.reason);
  return p.ore;
}

describe('run-rate', () => {
  it('annualises actuals to date', () => {
    // 100 000 kr a month for three months → 1 200 000 kr.
    expect(ore(runRate(months([10_000_000, 10_000_000, 10_000_000]), 3))).toBe(120_000_000);
    expect(ore(runRate(months([100, 100, 101]), 3))).toBe(1204);
  });

  it('rounds once to öre, half away from zero', () => {
    expect(ore(runRate(months([10, 0, 0, 0, 0, 0, 0]), 7))).toBe(17); // 120/7 = 17.14
    expect(ore(runRate(months([1, 0, 0, 0, 0, 0, 0, 0]), 8))).toBe(2); // 1.5 → 2
    expect(ore(runRate(months([-1, 0, 0, 0, 0, 0, 0, 0]), 8))).toBe(-2); // −1.5 → −2
  });

  it('is exact beyond 2^53 in the product (BigInt)', () => {
    // 3 000 000 000 000 001 × 12 / 7 = 5 142 857 142 857 144.57… → …145 (a double would say …144 or …148).
    expect(ore(runRate(months([3_000_000_000_000_001, 0, 0, 0, 0, 0, 0]), 7))).toBe(5_142_857_142_857_145);
  });

  it('says why when there is no figure', () => {
    expect(runRate(months([]), 0)).toEqual({ ok: false, reason: 'forecast.reason.noActualsYet' });
    expect(runRate(months([5, 5]), 3)).toEqual({ ok: false, reason: 'forecast.reason.noActualsMonth', params: { month: 3 } });
    expect(() => runRate(months([1]), 13)).toThrow(RangeError);
  });
});

describe('budget profile', () => {
  it('adds the remaining months of the budget to the actuals to date', () => {
    expect(ore(budgetProfile(months([1000, 2000, 3000]), flat(1500), 3))).toBe(6000 + 9 * 1500);
    expect(ore(budgetProfile(months([1000, 2000, 3000]), flat(1500), 0))).toBe(18_000);
    expect(ore(budgetProfile(flat(7), flat(1500), 12))).toBe(84);
  });

  it('lacks data without a budget', () => {
    expect(budgetProfile(months([1]), null, 1)).toEqual({ ok: false, reason: 'forecast.reason.noBudget' });
    const b = flat(10);
    b[4] = null;
    expect(budgetProfile(months([1, 1]), b, 2)).toEqual({ ok: false, reason: 'forecast.reason.noBudgetMonth', params: { month: 5 } });
  });
});

describe("last year's season", () => {
  // Last year: 100 a month Jan–Mar, 200 Apr–Dec: 2 100 in all; a seventh by March.
  const ly = months([100, 100, 100], 200);

  it('divides actuals to date by last year’s share at the same month', () => {
    expect(ore(lastYearSeason(months([110, 110, 110]), ly, 3))).toBe(2310);
    expect(ore(lastYearSeason(months([110, 110, 111]), ly, 3))).toBe(2317); // 331 × 7
  });

  it('rounds once, half away from zero', () => {
    // share 3/7: 1 × 7/3 = 2.33 → 2; 3 × 7 / 6 = 3.5 → 4; −3.5 → −4.
    expect(ore(lastYearSeason(months([1]), months([3, 4], 0), 1))).toBe(2);
    const ly2 = months([6], 0);
    ly2[1] = 1; // to date 6, total 7
    expect(ore(lastYearSeason(months([3]), ly2, 1))).toBe(4);
    expect(ore(lastYearSeason(months([-3]), ly2, 1))).toBe(-4);
  });

  it('equals last year’s outcome when this year repeats last year', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000_00 }), { minLength: 12, maxLength: 12 }), fc.integer({ min: 1, max: 12 }), (ys, e) => {
        const total = ys.reduce((a, b) => a + b, 0);
        expect(ore(lastYearSeason(ys, ys, e))).toBe(total);
      }),
    );
  });

  it('says "saknar fjolårsdata" without last year', () => {
    const p = lastYearSeason(months([1, 2, 3]), null, 3);
    expect(p).toEqual({ ok: false, reason: 'forecast.reason.noLastYear' });
    if (!p.ok) expect(t(p.reason)).toBe('saknar fjolårsdata');
    const partial = months([100, 100, 100, 100]);
    expect(lastYearSeason(months([1, 2, 3]), partial, 3)).toEqual({ ok: false, reason: 'forecast.reason.noLastYearMonth', params: { month: 5 } });
  });

  it('refuses a zero or opposite-signed share', () => {
    expect(lastYearSeason(months([5]), months([0], 10), 1)).toEqual({ ok: false, reason: 'forecast.reason.lastYearZeroToDate', params: { month: 1 } });
    const odd = months([100], -50); // to date +100, year −450
    expect(lastYearSeason(months([5]), odd, 1)).toEqual({ ok: false, reason: 'forecast.reason.lastYearShareUnusable' });
    const zeroYear = months([100, -100], 0);
    expect(lastYearSeason(months([5]), zeroYear, 1)).toEqual({ ok: false, reason: 'forecast.reason.lastYearShareUnusable' });
  });
});

describe('placements', () => {
  it('adds committed and expected new placements to the actuals to date', () => {
    expect(ore(placementsProposal(months([200, 300]), 2, true, { committedOre: 1000, expectedNewOre: 250 }))).toBe(1750);
  });
  it('applies to purchased care with a register only', () => {
    expect(placementsProposal(months([1]), 1, false, { committedOre: 1, expectedNewOre: 1 })).toEqual({
      ok: false,
      reason: 'forecast.reason.notPurchasedCare',
    });
    expect(placementsProposal(months([1]), 1, true, null)).toEqual({ ok: false, reason: 'forecast.reason.noPlacementRegister' });
  });
});

describe('trend', () => {
  it('projects a straight line through this year’s months', () => {
    // 100, 200, 300 → 400 … 1 200 for April–December (7 200) + 600 to date.
    expect(ore(trend(months([100, 200, 300]), null, 3))).toBe(7800);
  });

  it('reaches back into last year for twelve points', () => {
    // Last April … this March rise by 10 a month: 10 … 120. April–December: 130 … 210 = 1 530; to date 330.
    const ly = months([0, 0, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(trendPoints(months([100, 110, 120]), ly, 3)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    expect(ore(trend(months([100, 110, 120]), ly, 3))).toBe(1860);
  });

  it('rounds the projection once, half away from zero', () => {
    // Fitted line over [0, 0, 0, 1]: 0.3x − 0.2; x = 4 … 11 sums to 16.4 → 16; + 1 to date.
    expect(ore(trend(months([0, 0, 0, 1]), null, 4))).toBe(17);
    // [−1 ×5, 2, 0]: projection 7.5 → 8; to date −3 → 5.  Mirrored: −7.5 → −8; 3 → −5.
    expect(ore(trend(months([-1, -1, -1, -1, -1, 2, 0]), null, 7))).toBe(5);
    expect(ore(trend(months([1, 1, 1, 1, 1, -2, 0]), null, 7))).toBe(-5);
    // [−1, −1, 0, 1, −1, −1, 0, 0, 0]: projection 0.5 → 1; to date −3 → −2.
    expect(ore(trend(months([-1, -1, 0, 1, -1, -1, 0, 0, 0]), null, 9))).toBe(-2);
    expect(ore(trend(months([1, 1, 0, -1, 1, 1, 0, 0, 0]), null, 9))).toBe(2);
  });

  it('matches exact extrapolation of any straight line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 3, max: 12 }),
        (a, b, e) => {
          const ys = Array.from({ length: 12 }, (_, i) => a + b * i);
          const expected = ys.reduce((s, v) => s + v, 0);
          expect(ore(trend(months(ys.slice(0, e)), null, e))).toBe(expected);
        },
      ),
    );
  });

  it('needs three months', () => {
    expect(trend(months([1, 2]), null, 2)).toEqual({ ok: false, reason: 'forecast.reason.tooFewMonths', params: { min: 3, months: 2 } });
    expect(ore(trend(months([1, 2]), flat(1), 2))).toBeDefined();
  });

  it('computes the regression as an exact fraction', () => {
    const { num, den } = regressionProjection([0, 0, 0, 1], 8);
    expect(Number(num) / Number(den)).toBeCloseTo(16.4, 10);
    expect(roundFraction(num, den)).toBe(16n);
    expect(roundFraction(-5n, 2n)).toBe(-3n);
    expect(roundFraction(5n, -2n)).toBe(-3n);
  });
});

describe('backtest', () => {
  // Last year: 100 a month Jan–Mar, 200 Apr–Dec (outcome 2 100); budget 150 a month. The year before had the
  // same season at half the level; this year is on its way (three months).
  const h: LineHistory = {
    year: 2025,
    actuals: months([120, 120, 120]),
    budget: flat(160),
    lastYear: months([100, 100, 100], 200),
    lastYearBudget: flat(150),
    twoYearsAgo: months([50, 50, 50], 100),
    purchasedCare: true,
    placements: { committedOre: 1000, expectedNewOre: 100 },
  };

  it('applies each method at the same month last year and compares with the outcome', () => {
    const b = backtestAll(h, 3);
    // run-rate then: 300 × 4 = 1 200, error −900 (−42.9 %)
    expect(b.runRate).toEqual({ ok: true, proposalOre: 1200, outcomeOre: 2100, errorOre: -900, errorPct: -42.9 });
    // budget profile then: 300 + 9 × 150 = 1 650, error −450 (−21.4 %)
    expect(b.budgetProfile).toEqual({ ok: true, proposalOre: 1650, outcomeOre: 2100, errorOre: -450, errorPct: -21.4 });
    // season then: 300 ÷ (150/1 050) = 2 100, error 0
    expect(b.lastYearSeason).toEqual({ ok: true, proposalOre: 2100, outcomeOre: 2100, errorOre: 0, errorPct: 0 });
    // trend then: twelve points 100 (Apr–Dec the year before, Jan–Mar last year): flat → 1 200
    expect(b.trend).toEqual({ ok: true, proposalOre: 1200, outcomeOre: 2100, errorOre: -900, errorPct: -42.9 });
    expect(b.placements).toEqual({ ok: false, reason: 'forecast.reason.noPlacementHistory' });
  });

  it('names the method that fitted best', () => {
    const p = proposeAll(h, 3);
    expect(p.lastYearSeason).toEqual({ ok: true, ore: 360 * 7 });
    expect(p.placements).toEqual({ ok: true, ore: 360 + 1100 });
    expect(bestMethod(p, backtestAll(h, 3))).toBe('lastYearSeason');
  });

  it('lacks data without last year', () => {
    const b = backtestAll({ ...h, lastYear: null }, 3);
    for (const v of Object.values(b)) expect(v).toEqual({ ok: false, reason: 'forecast.reason.noLastYear' });
    const b2 = backtestAll({ ...h, twoYearsAgo: null }, 3);
    expect(b2.lastYearSeason).toEqual({ ok: false, reason: 'forecast.reason.noLastYear' });
    expect(b2.runRate.ok).toBe(true);
  });

  it('gives the error in percent to one decimal, null for a zero outcome', () => {
    expect(errorPercent(1, 3)).toBe(33.3);
    expect(errorPercent(-1, 3)).toBe(-33.3);
    expect(errorPercent(1, 8)).toBe(12.5);
    expect(errorPercent(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(errorPercent(-1, 16)).toBe(-6.3);
    expect(errorPercent(5, -100)).toBe(5);
    expect(errorPercent(5, 0)).toBeNull();
  });
});

describe('proposals never invent a number', () => {
  it('an extrapolation beyond the safe integer range is no figure', () => {
    // Last year's share at January: 1 öre of 10^14 öre → × 10^14.
    expect(lastYearSeason(months([-2_702_883]), months([1], 0).map((v, i) => (i === 5 ? 100_000_000_000_000 : v)), 1)).toEqual({
      ok: false,
      reason: 'forecast.reason.outOfRange',
    });
    expect(runRate(months([Number.MAX_SAFE_INTEGER]), 1)).toEqual({ ok: false, reason: 'forecast.reason.outOfRange' });
    expect(budgetProfile(months([Number.MAX_SAFE_INTEGER]), flat(1), 1)).toEqual({ ok: false, reason: 'forecast.reason.outOfRange' });
  });

  it('every method either returns a safe integer or a reason, for any series', () => {
    const m = fc.option(fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }), { nil: null });
    const series = fc.array(m, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(series, fc.option(series, { nil: null }), fc.option(series, { nil: null }), fc.integer({ min: 0, max: 12 }), (a, b, ly, e) => {
        // Never throws: a figure or a reason.
        const h: LineHistory = {
          year: 2025,
          actuals: a as Months,
          budget: b as Months | null,
          lastYear: ly as Months | null,
          lastYearBudget: null,
          twoYearsAgo: null,
          purchasedCare: false,
          placements: null,
        };
        for (const p of Object.values(proposeAll(h, e))) {
          if (p.ok) expect(Number.isSafeInteger(p.ore)).toBe(true);
          else expect(t(p.reason, p.params)).not.toMatch(/^forecast\./);
        }
        // The same series one year on: the backtests never throw either.
        const later: LineHistory = { ...h, year: 2026, actuals: h.actuals, lastYear: a as Months, lastYearBudget: b as Months | null, twoYearsAgo: ly as Months | null };
        for (const bt of Object.values(backtestAll(later, e))) {
          if (bt.ok) expect(Number.isSafeInteger(bt.errorOre) && (bt.errorPct === null || Number.isFinite(bt.errorPct))).toBe(true);
          else expect(t(bt.reason, bt.params)).not.toMatch(/^forecast\./);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
