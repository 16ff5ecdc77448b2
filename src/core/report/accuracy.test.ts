/**
 * Forecast accuracy on constructed rounds with known errors.
 *
 * Closed year (outcome known): unit A's outcome is 1 000 000 kr; its rounds forecast 1 100 000, 1 050 000,
 * 1 020 000, 990 000 → errors +100 000, +50 000, +20 000, −10 000 (10 %, 5 %, 2 %, −1 %): bias = 160 000 / 4 =
 * +40 000, MAPE = 18 % / 4 = 4,5 %, and three rounds in a row too high (Mar–May). Unit B (outcome −200 000, revenue)
 * forecasts −180 000, −190 000, −210 000 in Mar, Apr, Jun (none in May) → errors +20 000, +10 000, −10 000;
 * |reference| 200 000 → 10 %, 5 %, −5 %; no streak (May is missing, which breaks the row).
 */
import { computeAccuracy, streakOf } from './accuracy';

const kr = (v: number) => v * 100;
const m = (entries: [string, number][]) => new Map(entries.map(([r, v]) => [r, kr(v)]));

describe('forecast accuracy', () => {
  const rounds = ['2025-03', '2025-04', '2025-05', '2025-06'];
  const forecasts = new Map([
    ['A', m([['2025-03', 1_100_000], ['2025-04', 1_050_000], ['2025-05', 1_020_000], ['2025-06', 990_000]])],
    ['B', m([['2025-03', -180_000], ['2025-04', -190_000], ['2025-06', -210_000]])],
  ]);

  it('scores every round against the outcome of a closed year', () => {
    const a = computeAccuracy({ rounds, forecasts, outcome: new Map([['A', kr(1_000_000)], ['B', kr(-200_000)]]) });
    expect(a.reference).toBe('outcome');
    expect(a.rounds).toEqual(rounds);
    const [A, B] = a.units;
    expect(A.points.map((p) => [p.errorOre, p.errorPct])).toEqual([
      [kr(100_000), 0.1],
      [kr(50_000), 0.05],
      [kr(20_000), 0.02],
      [kr(-10_000), -0.01],
    ]);
    expect(A.biasOre).toBe(kr(40_000));
    expect(A.mapePct).toBeCloseTo(0.045, 15);
    expect(A.streak).toEqual({ direction: 'over', rounds: ['2025-03', '2025-04', '2025-05'] });
    expect(B.points.map((p) => [p.round, p.errorOre, p.errorPct])).toEqual([
      ['2025-03', kr(20_000), 0.1],
      ['2025-04', kr(10_000), 0.05],
      ['2025-06', kr(-10_000), -0.05],
    ]);
    expect(B.biasOre).toBe(kr(6_666.67));
    expect(B.mapePct).toBeCloseTo(0.2 / 3, 15);
    expect(B.streak).toBeNull();
    // All units per round: the units scored in that round.
    expect(a.total.points.map((p) => [p.round, p.forecastOre, p.referenceOre, p.errorOre])).toEqual([
      ['2025-03', kr(920_000), kr(800_000), kr(120_000)],
      ['2025-04', kr(860_000), kr(800_000), kr(60_000)],
      ['2025-05', kr(1_020_000), kr(1_000_000), kr(20_000)],
      ['2025-06', kr(780_000), kr(800_000), kr(-20_000)],
    ]);
  });

  it('while the year is open, compares with the latest round and does not score it', () => {
    const a = computeAccuracy({ rounds, forecasts, outcome: null, referenceRound: '2025-06' });
    expect(a.reference).toBe('latestForecast');
    expect(a.referenceRound).toBe('2025-06');
    expect(a.rounds).toEqual(['2025-03', '2025-04', '2025-05']);
    expect(a.units[0].points.map((p) => p.errorOre)).toEqual([kr(110_000), kr(60_000), kr(30_000)]);
    expect(a.units[0].streak?.direction).toBe('over');
    expect(a.units[1].points.map((p) => p.errorOre)).toEqual([kr(30_000), kr(20_000)]);
  });

  it('leaves out a unit without a reference and gives no percentage for a zero reference', () => {
    const a = computeAccuracy({ rounds, forecasts, outcome: new Map([['A', 0]]) });
    expect(a.units.map((u) => u.costCenter)).toEqual(['A']);
    expect(a.units[0].points.every((p) => p.errorPct === null)).toBe(true);
    expect(a.units[0].mapePct).toBeNull();
  });

  it('finds runs of three in the same direction; zero and gaps break them', () => {
    const pts = (errs: (number | null)[]) =>
      errs.flatMap((e, i) => (e === null ? [] : [{ round: rounds[i], forecastOre: 0, referenceOre: 0, errorOre: e, errorPct: null }]));
    expect(streakOf(pts([-1, -2, -3, 4]), rounds)).toEqual({ direction: 'under', rounds: rounds.slice(0, 3) });
    expect(streakOf(pts([-1, -2, 0, -3]), rounds)).toBeNull();
    expect(streakOf(pts([1, 1, null, 1]), rounds)).toBeNull();
    expect(streakOf(pts([1, -1, -1, -1]), rounds)).toEqual({ direction: 'under', rounds: rounds.slice(1) });
  });
});
