import fc from 'fast-check';
import { carryForward, fullYearOf, phaseFullYear, profileWeights, withMonth } from './phasing';
import type { PhasingProfile } from './types';
import { UserError } from '../errors';

const act3 = [100, 100, 100, null, null, null, null, null, null, null, null, null];

describe('phasing a full-year figure', () => {
  it('spreads the rest evenly, exact to the öre (remainders to the earliest months)', () => {
    // 1 000 öre for the year, 300 booked: 700 over nine months = 77 r 7.
    const r = phaseFullYear({ fullYear: 1000, elapsed: 3, actuals: act3, profile: 'even', budget: null, lastYear: null });
    expect(r.months).toEqual([100, 100, 100, 78, 78, 78, 78, 78, 78, 78, 77, 77]);
    expect(r.profile).toBe('even');
    expect(r.fallbackReason).toBeUndefined();
  });

  it('follows the budget profile of the remaining months', () => {
    const budget = [0, 0, 0, 100, 100, 100, 100, 100, 100, 200, 200, 200];
    const r = phaseFullYear({ fullYear: 2700, elapsed: 3, actuals: act3, profile: 'budget', budget, lastYear: null });
    expect(r.months).toEqual([100, 100, 100, 200, 200, 200, 200, 200, 200, 400, 400, 400]);
  });

  it("follows last year's profile, also for revenue (negative months)", () => {
    const lastYear = [-5, -5, -5, -1, -1, -1, -1, -1, -1, -1, -1, -2];
    const actuals = [-10, -10, -10, null, null, null, null, null, null, null, null, null];
    const r = phaseFullYear({ fullYear: -130, elapsed: 3, actuals, profile: 'lastYear', budget: null, lastYear });
    expect(r.months).toEqual([-10, -10, -10, -10, -10, -10, -10, -10, -10, -10, -10, -20]);
    expect(fullYearOf(r.months)).toBe(-130);
  });

  it('falls back to even with a reason when the profile cannot be used', () => {
    const mixed = [0, 0, 0, 100, -100, 100, 100, 100, 100, 100, 100, 100];
    expect(phaseFullYear({ fullYear: 1200, elapsed: 3, actuals: act3, profile: 'budget', budget: mixed, lastYear: null })).toEqual({
      months: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
      profile: 'even',
      fallbackReason: 'forecast.phasing.fallback.mixedSigns',
    });
    expect(profileWeights('budget', 3, null, null)).toEqual({ ok: false, reason: 'forecast.phasing.fallback.noBudget' });
    expect(profileWeights('lastYear', 3, null, null)).toEqual({ ok: false, reason: 'forecast.phasing.fallback.noLastYear' });
    expect(profileWeights('lastYear', 3, null, new Array(12).fill(0))).toEqual({ ok: false, reason: 'forecast.phasing.fallback.zeroProfile' });
  });

  it('spreads a forecast below the actuals as negative months', () => {
    const r = phaseFullYear({ fullYear: 210, elapsed: 3, actuals: act3, profile: 'even', budget: null, lastYear: null });
    expect(r.months.slice(3)).toEqual([-10, -10, -10, -10, -10, -10, -10, -10, -10]);
  });

  it('in December only the actuals themselves are a valid full year', () => {
    const all = new Array(12).fill(10);
    expect(phaseFullYear({ fullYear: 120, elapsed: 12, actuals: all, profile: 'budget', budget: null, lastYear: null }).months).toEqual(all);
    expect(() => phaseFullYear({ fullYear: 121, elapsed: 12, actuals: all, profile: 'even', budget: null, lastYear: null })).toThrow(UserError);
  });

  it('refuses to phase over months without actuals', () => {
    expect(() => phaseFullYear({ fullYear: 1, elapsed: 4, actuals: act3, profile: 'even', budget: null, lastYear: null })).toThrow(
      expect.objectContaining({ key: 'forecast.phasing.noActuals', params: { month: 4 } }),
    );
  });

  it('property: the twelve months always sum to the full-year figure, actuals untouched', () => {
    const money = fc.integer({ min: -50_000_000_000, max: 50_000_000_000 });
    const maybe = fc.option(money, { nil: null });
    fc.assert(
      fc.property(
        money,
        fc.integer({ min: 0, max: 11 }),
        fc.array(money, { minLength: 12, maxLength: 12 }),
        fc.constantFrom<PhasingProfile>('even', 'budget', 'lastYear'),
        fc.option(fc.array(maybe, { minLength: 12, maxLength: 12 }), { nil: null }),
        fc.option(fc.array(maybe, { minLength: 12, maxLength: 12 }), { nil: null }),
        (fullYear, elapsed, actuals, profile, budget, lastYear) => {
          const r = phaseFullYear({ fullYear, elapsed, actuals, profile, budget, lastYear });
          expect(r.months).toHaveLength(12);
          expect(r.months.every(Number.isSafeInteger)).toBe(true);
          expect(fullYearOf(r.months)).toBe(fullYear);
          expect(r.months.slice(0, elapsed)).toEqual(actuals.slice(0, elapsed));
          if (r.profile !== profile) expect(r.fallbackReason).toBeDefined();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: an even spread differs by at most one öre between remaining months', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 11 }), (fullYear, elapsed) => {
        const actuals = new Array(12).fill(0);
        const r = phaseFullYear({ fullYear, elapsed, actuals, profile: 'even', budget: null, lastYear: null });
        const rest = r.months.slice(elapsed);
        expect(Math.max(...rest) - Math.min(...rest)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('month by month and new rounds', () => {
  it('overrides one remaining month; months with actuals are refused', () => {
    const m = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(withMonth(m, 3, 5, 600)).toEqual([1, 2, 3, 4, 5, 600, 7, 8, 9, 10, 11, 12]);
    expect(fullYearOf(withMonth(m, 3, 5, 600))).toBe(78 - 6 + 600);
    expect(() => withMonth(m, 3, 2, 1)).toThrow(expect.objectContaining({ key: 'forecast.input.monthHasActuals' }));
  });

  it('a new round keeps the previous round’s months ahead and takes the actuals for the months closed since', () => {
    const prev = [10, 10, 10, 20, 20, 20, 20, 20, 20, 20, 20, 20];
    const actuals = [10, 10, 10, 25, null, null, null, null, null, null, null, null];
    expect(carryForward(prev, actuals, 4)).toEqual([10, 10, 10, 25, 20, 20, 20, 20, 20, 20, 20, 20]);
  });
});
