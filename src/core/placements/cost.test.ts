import fc from 'fast-check';
import {
  formatUpliftPercent, isPlacementActiveOn, parseUpliftPercent, placementCostBetween, placementMonthCost,
  placementPricesOn, placementYearCost, termsProblems, upliftDatesUntil, upliftPrice, type PlacementCostTerms,
} from './cost';
import { daysInclusive, fromDayNumber, toDayNumber } from '../dates';

/** kr → öre for readable hand-computed figures (integers only). */
const kr = (k: number, ore = 0) => k * 100 + ore;

function totals(months: { totalOre: number }[]): number[] {
  return months.map((m) => m.totalOre);
}

describe('placement cost: per day', () => {
  it('costs a placement over the leap day (February 2024 has 29 days)', () => {
    const terms: PlacementCostTerms = { startDate: '2024-02-10', endDate: '2024-03-05', pricePerDayOre: kr(3000) };
    const year = placementYearCost(terms, 2024);
    // Feb: 10..29 = 20 days × 3 000 kr; March: 1..5 = 5 days.
    expect(year[1]).toMatchObject({ period: '2024-02', careDays: 20, dayCostOre: kr(60000), totalOre: kr(60000) });
    expect(year[2]).toMatchObject({ period: '2024-03', careDays: 5, totalOre: kr(15000), activeAtMonthEnd: false });
    expect(year[1].activeAtMonthEnd).toBe(true);
    expect(totals(year)).toEqual([0, kr(60000), kr(15000), 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('costs a placement crossing the year', () => {
    const terms: PlacementCostTerms = { startDate: '2025-12-20', endDate: '2026-01-10', pricePerDayOre: kr(4250, 50) };
    expect(placementYearCost(terms, 2025)[11]).toMatchObject({ careDays: 12, totalOre: 5_100_600 });
    expect(placementYearCost(terms, 2026)[0]).toMatchObject({ careDays: 10, totalOre: 4_250_500 });
    const between = placementCostBetween(terms, '2025-11', '2026-02');
    expect(between.map((m) => m.period)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(totals(between)).toEqual([0, 5_100_600, 4_250_500, 0]);
    expect(between.map((m) => m.careDays)).toEqual([0, 12, 10, 0]);
  });

  it('costs a placement ending mid-month', () => {
    const terms: PlacementCostTerms = { startDate: '2025-03-01', endDate: '2025-06-17', pricePerDayOre: kr(2500) };
    const y = placementYearCost(terms, 2025);
    expect(y.map((m) => m.careDays)).toEqual([0, 0, 31, 30, 31, 17, 0, 0, 0, 0, 0, 0]);
    expect(totals(y)).toEqual([0, 0, kr(77500), kr(75000), kr(77500), kr(42500), 0, 0, 0, 0, 0, 0]);
    expect(y[5].activeAtMonthEnd).toBe(false);
    expect(y[4].activeAtMonthEnd).toBe(true);
  });

  it('costs a one-day placement as one care day', () => {
    const m = placementMonthCost({ startDate: '2026-05-31', endDate: '2026-05-31', pricePerDayOre: kr(6100) }, '2026-05');
    expect(m).toMatchObject({ careDays: 1, totalOre: kr(6100), activeAtMonthEnd: true });
  });

  it('costs nothing before the start and after the end', () => {
    const terms: PlacementCostTerms = { startDate: '2025-05-05', endDate: '2025-05-20', pricePerDayOre: kr(1000) };
    expect(placementMonthCost(terms, '2025-04')).toMatchObject({ careDays: 0, totalOre: 0, prices: null });
    expect(placementMonthCost(terms, '2025-06')).toMatchObject({ careDays: 0, totalOre: 0, activeAtMonthEnd: false });
    expect(placementMonthCost(terms, '2025-05')).toMatchObject({ careDays: 16, totalOre: kr(16000) });
  });

  it('keeps an open-ended placement active every day of the year', () => {
    const terms: PlacementCostTerms = { startDate: '2023-05-10', endDate: null, pricePerDayOre: kr(2800) };
    const y = placementYearCost(terms, 2026);
    expect(y.reduce((s, m) => s + m.careDays, 0)).toBe(365);
    expect(y.every((m) => m.activeAtMonthEnd)).toBe(true);
    expect(y[1]).toMatchObject({ careDays: 28, totalOre: 28 * kr(2800) });
    expect(y.reduce((s, m) => s + m.totalOre, 0)).toBe(365 * kr(2800));
  });
});

describe('placement cost: per month, pro rata', () => {
  it('costs whole months at exactly the monthly prices (own family home: arvode + omkostnad + extra)', () => {
    const terms: PlacementCostTerms = {
      startDate: '2025-01-01',
      pricePerMonthOre: kr(11237),
      expensesPerMonthOre: kr(5200),
      extraPerMonthOre: kr(1500),
    };
    const y = placementYearCost(terms, 2025);
    for (const m of y) {
      expect(m).toMatchObject({ monthCostOre: 1_123_700, expensesOre: 520_000, extraOre: 150_000, totalOre: 1_793_700 });
    }
    expect(y[1].careDays).toBe(28);
  });

  it('pro-rates a start mid-month by active days / days in month, half away from zero', () => {
    const terms: PlacementCostTerms = {
      startDate: '2025-04-11',
      pricePerMonthOre: kr(11237),
      expensesPerMonthOre: kr(5200),
      extraPerMonthOre: kr(1500),
    };
    // April: 20 of 30 days. 1 123 700 × 20/30 = 749 133,33 → 749 133; 520 000 × 20/30 = 346 666,67 → 346 667.
    expect(placementMonthCost(terms, '2025-04')).toMatchObject({
      careDays: 20, monthCostOre: 749_133, expensesOre: 346_667, extraOre: 100_000, totalOre: 1_195_800,
    });
  });

  it('pro-rates over a leap February (15 of 29 days)', () => {
    const terms: PlacementCostTerms = { startDate: '2024-02-15', pricePerMonthOre: kr(12000), expensesPerMonthOre: kr(5000) };
    // 1 200 000 × 15/29 = 620 689,66 → 620 690; 500 000 × 15/29 = 258 620,69 → 258 621.
    expect(placementMonthCost(terms, '2024-02')).toMatchObject({
      careDays: 15, monthCostOre: 620_690, expensesOre: 258_621, totalOre: 879_311,
    });
    // The same start in 2025 (28 days): 14 of 28 days = exactly half.
    expect(placementMonthCost({ ...terms, startDate: '2025-02-15' }, '2025-02')).toMatchObject({
      careDays: 14, monthCostOre: 600_000, expensesOre: 250_000,
    });
  });

  it('pro-rates a jourhem ending mid-month', () => {
    const terms: PlacementCostTerms = {
      startDate: '2025-02-03', endDate: '2025-06-17', pricePerMonthOre: kr(18000), expensesPerMonthOre: kr(6500),
    };
    // June: 17 of 30. 1 800 000 × 17/30 = 1 020 000; 650 000 × 17/30 = 368 333,33 → 368 333.
    expect(placementMonthCost(terms, '2025-06')).toMatchObject({
      careDays: 17, monthCostOre: 1_020_000, expensesOre: 368_333, totalOre: 1_388_333, activeAtMonthEnd: false,
    });
    // February: 26 of 28. 1 800 000 × 26/28 = 1 671 428,57 → 1 671 429; 650 000 × 26/28 = 603 571,43 → 603 571.
    expect(placementMonthCost(terms, '2025-02')).toMatchObject({ careDays: 26, monthCostOre: 1_671_429, expensesOre: 603_571 });
  });

  it('rounds a pro-rata half öre away from zero', () => {
    // 1 öre × 15/30 = 0,5 → 1; −1 öre (a credit) → −1.
    expect(placementMonthCost({ startDate: '2025-06-16', pricePerMonthOre: 1 }, '2025-06').monthCostOre).toBe(1);
    expect(placementMonthCost({ startDate: '2025-06-16', pricePerMonthOre: -1 }, '2025-06').monthCostOre).toBe(-1);
  });
});

describe('placement cost: yearly uplift', () => {
  it('applies an uplift on 1 January, not on the uplift date before the start', () => {
    const terms: PlacementCostTerms = {
      startDate: '2025-06-01', pricePerDayOre: kr(3000), uplift: { basisPoints: 250, firstDate: '2025-01-01' },
    };
    expect(placementMonthCost(terms, '2025-12').totalOre).toBe(31 * kr(3000));
    // 2026-01-01: 3 000 × 1,025 = 3 075,00.
    expect(placementMonthCost(terms, '2026-01')).toMatchObject({ totalOre: 31 * kr(3075), careDays: 31 });
    // 2027-01-01: 3 075 × 1,025 = 3 151,875 → 3 151,88 (rounded when it takes effect).
    expect(placementPricesOn(terms, '2027-01-01').pricePerDayOre).toBe(315_188);
    expect(placementMonthCost(terms, '2027-01').totalOre).toBe(31 * 315_188);
    // 2028-01-01 compounds on the rounded price: 315 188 × 1,025 = 323 067,7 → 323 068.
    expect(placementPricesOn(terms, '2028-01-01').pricePerDayOre).toBe(323_068);
    expect(placementPricesOn(terms, '2027-12-31').pricePerDayOre).toBe(315_188);
  });

  it('compounds yearly uplifts on an open-ended placement started years ago', () => {
    const terms: PlacementCostTerms = {
      startDate: '2023-05-10', pricePerDayOre: kr(2800), uplift: { basisPoints: 200, firstDate: '2024-01-01' },
    };
    // 2 800 → 2 856 (2024) → 2 913,12 (2025) → 2 971,3824 → 2 971,38 (2026).
    expect(placementPricesOn(terms, '2025-06-30').pricePerDayOre).toBe(291_312);
    expect(placementMonthCost(terms, '2026-01').totalOre).toBe(31 * 297_138);
    expect(upliftDatesUntil(terms, '2026-12-31')).toEqual(['2024-01-01', '2025-01-01', '2026-01-01']);
  });

  it('uplifts monthly prices and omkostnad but not extra costs', () => {
    const terms: PlacementCostTerms = {
      startDate: '2025-03-01',
      pricePerMonthOre: kr(11237),
      expensesPerMonthOre: kr(5200),
      extraPerMonthOre: kr(1500),
      uplift: { basisPoints: 300, firstDate: '2026-01-01' },
    };
    // 1 123 700 × 1,03 = 1 157 411; 520 000 × 1,03 = 535 600; extra stays 150 000.
    expect(placementMonthCost(terms, '2026-02')).toMatchObject({
      monthCostOre: 1_157_411, expensesOre: 535_600, extraOre: 150_000, totalOre: 1_843_011,
    });
  });

  it('costs a month split by the uplift date day-exactly in two parts', () => {
    const daily: PlacementCostTerms = {
      startDate: '2024-01-01', pricePerDayOre: kr(2000), uplift: { basisPoints: 300, firstDate: '2025-04-15' },
    };
    // April 2025: 1..14 at 2 000, 15..30 at 2 060.
    expect(placementMonthCost(daily, '2025-04')).toMatchObject({ careDays: 30, totalOre: 14 * kr(2000) + 16 * kr(2060) });
    expect(placementMonthCost(daily, '2024-04').totalOre).toBe(30 * kr(2000));
    const monthly: PlacementCostTerms = {
      startDate: '2024-01-01', pricePerMonthOre: kr(18000), uplift: { basisPoints: 300, firstDate: '2025-04-15' },
    };
    // 1 800 000 × 14/30 = 840 000 plus 1 854 000 × 16/30 = 988 800.
    const april = placementMonthCost(monthly, '2025-04');
    expect(april).toMatchObject({ monthCostOre: 1_828_800, totalOre: 1_828_800 });
    expect(april.prices?.pricePerMonthOre).toBe(1_854_000);
    // Each part rounded on its own (not the sum): 31-day month, uplift 2,5 % on the 15th of 1 000,22 kr/month.
    const odd: PlacementCostTerms = {
      startDate: '2024-01-01', pricePerMonthOre: 100_022, uplift: { basisPoints: 250, firstDate: '2025-05-15' },
    };
    // old 100 022 × 14/31 = 45 171,23 → 45 171; new = round(100 022 × 1,025 = 102 522,55) = 102 523;
    // 102 523 × 17/31 = 56 222,29 → 56 222. Sum 101 393 (rounding the exact sum would give 101 394).
    expect(placementMonthCost(odd, '2025-05').monthCostOre).toBe(101_393);
  });

  it('repeats a 29 February uplift date on 28 February in common years', () => {
    const terms: PlacementCostTerms = {
      startDate: '2024-01-01', pricePerDayOre: kr(1000), uplift: { basisPoints: 1000, firstDate: '2024-02-29' },
    };
    expect(upliftDatesUntil(terms, '2028-12-31')).toEqual(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    // February 2025: 27 days at 1 100, the 28th at 1 210.
    expect(placementMonthCost(terms, '2025-02').totalOre).toBe(27 * kr(1100) + kr(1210));
  });

  it('treats the prices as agreed at pricesValidFrom when given', () => {
    const terms: PlacementCostTerms = {
      startDate: '2022-03-01', pricesValidFrom: '2026-01-01', pricePerDayOre: kr(4000),
      uplift: { basisPoints: 300, firstDate: '2023-01-01' },
    };
    // 2023..2026 uplift dates are on or before pricesValidFrom: already in the price.
    expect(placementMonthCost(terms, '2026-03').totalOre).toBe(31 * kr(4000));
    expect(placementMonthCost(terms, '2027-03').totalOre).toBe(31 * kr(4120));
  });

  it('does nothing with a zero uplift', () => {
    const terms: PlacementCostTerms = { startDate: '2020-01-01', pricePerDayOre: kr(999, 99), uplift: { basisPoints: 0, firstDate: '2020-01-01' } };
    expect(placementMonthCost(terms, '2026-01').totalOre).toBe(31 * 99_999);
    expect(upliftPrice(99_999, 0)).toBe(99_999);
  });
});

describe('placement cost: properties and validation', () => {
  const dayArb = fc.integer({ min: toDayNumber('2023-01-01'), max: toDayNumber('2027-12-31') });

  it('sums per-day costs over a year to price × days active in that year', () => {
    fc.assert(
      fc.property(dayArb, fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }), fc.integer({ min: 1, max: 1_500_000 }), (s, len, price) => {
        const startDate = fromDayNumber(s);
        const endDate = len === null ? null : fromDayNumber(s + len);
        const terms: PlacementCostTerms = { startDate, endDate, pricePerDayOre: price };
        for (const year of [2024, 2025, 2026]) {
          const months = placementYearCost(terms, year);
          const from = startDate > `${year}-01-01` ? startDate : `${year}-01-01`;
          const to = endDate === null || endDate > `${year}-12-31` ? `${year}-12-31` : endDate;
          const days = to < from ? 0 : daysInclusive(from, to);
          expect(months.reduce((a, m) => a + m.careDays, 0)).toBe(days);
          expect(months.reduce((a, m) => a + m.totalOre, 0)).toBe(days * price);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('agrees between the month, year and range functions', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 800 }), dayArb, (s, len, price, bp, first) => {
        const terms: PlacementCostTerms = {
          startDate: fromDayNumber(s), endDate: fromDayNumber(s + len), pricePerMonthOre: price, pricePerDayOre: price % 700_000,
          uplift: { basisPoints: bp, firstDate: fromDayNumber(first) },
        };
        const range = placementCostBetween(terms, '2025-01', '2026-12');
        const years = [...placementYearCost(terms, 2025), ...placementYearCost(terms, 2026)];
        expect(range).toEqual(years);
        expect(placementMonthCost(terms, '2026-02')).toEqual(years[13]);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses inconsistent terms', () => {
    expect(termsProblems({ startDate: '2025-05-01', endDate: '2025-04-30' })).toEqual(['endDate is before startDate']);
    expect(termsProblems({ startDate: '2025-02-30' })).toHaveLength(1);
    expect(termsProblems({ startDate: '2025-01-01', pricePerDayOre: 1.5 })).toHaveLength(1);
    expect(() => placementYearCost({ startDate: '2025-05-01', endDate: '2025-04-01' }, 2025)).toThrow(RangeError);
    expect(termsProblems({ startDate: '2025-01-01', endDate: null, pricePerDayOre: 100 })).toEqual([]);
  });

  it('tells whether a placement is active on a date', () => {
    expect(isPlacementActiveOn({ startDate: '2025-01-10', endDate: '2025-01-20' }, '2025-01-20')).toBe(true);
    expect(isPlacementActiveOn({ startDate: '2025-01-10', endDate: '2025-01-20' }, '2025-01-21')).toBe(false);
    expect(isPlacementActiveOn({ startDate: '2025-01-10', endDate: null }, '2030-01-01')).toBe(true);
    expect(isPlacementActiveOn({ startDate: '2025-01-10' }, '2025-01-09')).toBe(false);
  });
});

describe('uplift percent text', () => {
  it('parses the register format', () => {
    expect(parseUpliftPercent('2,5 %')).toBe(250);
    expect(parseUpliftPercent('2.5%')).toBe(250);
    expect(parseUpliftPercent('3 %')).toBe(300);
    expect(parseUpliftPercent('2,75\u00a0%')).toBe(275);
    expect(parseUpliftPercent('')).toBe(0);
    expect(parseUpliftPercent('0 %')).toBe(0);
    expect(parseUpliftPercent('abc')).toBeNull();
    expect(parseUpliftPercent('2,755 %')).toBeNull();
    expect(parseUpliftPercent('101 %')).toBeNull();
  });

  it('formats basis points the Swedish way and round-trips', () => {
    expect(formatUpliftPercent(250)).toBe('2,5 %');
    expect(formatUpliftPercent(300)).toBe('3 %');
    expect(formatUpliftPercent(275)).toBe('2,75 %');
    expect(formatUpliftPercent(5)).toBe('0,05 %');
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => parseUpliftPercent(formatUpliftPercent(bp)) === bp));
  });
});
