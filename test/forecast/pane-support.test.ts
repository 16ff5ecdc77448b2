/**
 * What the task pane needs from the forecast core beyond the session: the start (rounds, latest actuals), the
 * ekonom's overview of a round, the text of amounts and thresholds in input fields, and saves fired without
 * waiting (debounced typing, blur) applied one at a time in order.
 */
import fc from 'fast-check';
import { MemoryPort } from './memory-port.test-util';
import { LINES, fixedClock, kr, writeFixture } from './fixture.test-util';
import { forecastStart, openUnit, roundOverview, startRound, type ForecastEnv } from '../../src/core/forecast/service';
import { latestActualPeriod } from '../../src/core/forecast/data';
import { amountText, backtestMiss, parseThresholdInput, parseTypedAmount, signedAmount, thresholdText, varianceTone } from '../../src/core/forecast/rules';
import { readAudit, readForecasts } from '../../src/core/forecast/store';
import { DEFAULT_THRESHOLDS } from '../../src/core/forecast/rules';

async function setup(): Promise<{ port: MemoryPort; env: ForecastEnv }> {
  const port = new MemoryPort();
  await writeFixture(port);
  return { port, env: { port, user: 'Anna Andersson', now: fixedClock() } };
}

describe('amounts and thresholds as input text', () => {
  it('shows whole kronor without decimals and öre when there are any; parseTypedAmount reads it back', () => {
    expect(amountText(kr(2_400_000))).toBe('2\u00a0400\u00a0000');
    expect(amountText(123_450)).toBe('1\u00a0234,50');
    expect(amountText(-kr(10_000))).toBe('\u221210\u00a0000');
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => {
        const back = parseTypedAmount(amountText(ore));
        return back.ok && back.ore === ore;
      }),
    );
  });

  it('parses the ekonom’s thresholds: kr and/or %, empty = not used, bad input named per field', () => {
    expect(parseThresholdInput({ amountText: '100 000', percentText: '5', combine: 'or' })).toEqual({
      ok: true,
      thresholds: DEFAULT_THRESHOLDS,
    });
    expect(parseThresholdInput({ amountText: '50 tkr', percentText: '2,5 %', combine: 'and' })).toEqual({
      ok: true,
      thresholds: { amountOre: kr(50_000), percent: 2.5, combine: 'and' },
    });
    expect(parseThresholdInput({ amountText: '', percentText: '', combine: 'or' })).toEqual({
      ok: true,
      thresholds: { amountOre: null, percent: null, combine: 'or' },
    });
    const bad = parseThresholdInput({ amountText: '-5', percentText: '2.5.1', combine: 'or' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => [e.field, e.key])).toEqual([
        ['amount', 'forecast.threshold.negative'],
        ['percent', 'forecast.threshold.badPercent'],
      ]);
    }
    expect(parseThresholdInput({ amountText: 'tio', percentText: '120', combine: 'or' })).toMatchObject({
      ok: false,
      errors: [{ field: 'amount', key: 'forecast.input.notANumber' }, { field: 'percent', key: 'forecast.threshold.badPercent' }],
    });
    for (const thr of [DEFAULT_THRESHOLDS, { amountOre: kr(12_345.5), percent: 2.25, combine: 'and' as const }, { amountOre: null, percent: 7.5, combine: 'or' as const }]) {
      expect(parseThresholdInput(thresholdText(thr))).toEqual({ ok: true, thresholds: thr });
    }
  });
});

describe('words for signs', () => {
  it('reads a variance as surplus, deficit or even and shows its sign', () => {
    expect([kr(150_000), -kr(1), 0].map(varianceTone)).toEqual(['surplus', 'deficit', 'even']);
    expect(signedAmount(kr(150_000), { decimals: 0, suffix: true })).toBe('+150\u00a0000\u00a0kr');
    expect(signedAmount(-kr(150_000), { decimals: 0 })).toBe('\u2212150\u00a0000');
    expect(signedAmount(0, { decimals: 0 })).toBe('0');
  });

  it('says how far a method missed last year, unsigned, with the direction', () => {
    expect(backtestMiss(-kr(326_322), -3.5)).toEqual({ direction: 'under', errorOre: kr(326_322), errorPct: 3.5 });
    expect(backtestMiss(kr(10), null)).toEqual({ direction: 'over', errorOre: kr(10), errorPct: null });
    expect(backtestMiss(0, 0)).toEqual({ direction: 'exact', errorOre: 0, errorPct: 0 });
  });
});

describe('the start of the pane', () => {
  it('offers the rounds kept and the latest month of actuals, newest first', async () => {
    const { port, env } = await setup();
    expect(await latestActualPeriod(port)).toBe('2025-03');
    let start = await forecastStart(port);
    expect(start).toMatchObject({ latestActualPeriod: '2025-03', rounds: [], defaultRound: '2025-03' });
    expect(start.choices).toEqual([{ round: '2025-03', label: 'Prognos mars 2025', started: false }]);

    await startRound(env, '2025-02');
    start = await forecastStart(port);
    expect(start.choices.map((c) => [c.round, c.started])).toEqual([
      ['2025-03', false],
      ['2025-02', true],
    ]);
    expect(start.defaultRound).toBe('2025-03');
    expect(await latestActualPeriod(new MemoryPort())).toBeNull();
  });
});

describe("the ekonom's overview of a round", () => {
  it('lists every unit with its status and totals from one read', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '620', '2025-03');
    await s.save({ kind: 'fullYear', costLine: LINES.personnel, text: '600 000' });
    await s.save({ kind: 'fullYear', costLine: LINES.adults, text: '720 000' });
    expect((await s.submit()).status).toBe('done');
    const a = await openUnit(env, '610', '2025-03');
    await a.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' });

    port.calls.length = 0;
    const o = await roundOverview(env, '2025-03');
    // One read of each table, not one per unit.
    expect(port.count('readTable', 'IFO_Prognos')).toBe(1);
    expect(o).toMatchObject({ round: '2025-03', label: 'Prognos mars 2025', previousRound: null, actualsImported: true });
    expect(o.counts).toEqual({ notStarted: 1, draft: 1, submitted: 1, approved: 0 });
    expect(o.units.map((u) => [u.costCenter, u.name, u.started, u.status, u.lines])).toEqual([
      ['610', 'Barn och unga', true, 'draft', 3],
      ['620', 'Vuxen', true, 'submitted', 2],
      ['630', 'Ekonomiskt bistånd', false, 'draft', 1],
    ]);
    // The figures are the session's own (same as opening the unit).
    for (const u of o.units) {
      const v = (await openUnit(env, u.costCenter, '2025-03')).view();
      expect(u.totals).toEqual(v.totals);
      expect(u.issues).toBe(v.lines.reduce((n, l) => n + l.issues.length, 0));
    }
    const u620 = o.units[1];
    expect(u620).toMatchObject({ statusChangedBy: 'Anna Andersson', totals: { forecastOre: kr(1_320_000), varianceOre: kr(0), missingForecasts: 0 } });
    expect(o.units[0].issues).toBeGreaterThan(0);
  });
});

describe('saves fired without waiting', () => {
  it('are applied one at a time, in the order they were made', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    // A debounced amount, then a blur and a comment, all before the first has finished writing.
    const results = await Promise.all([
      s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }),
      s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 450 000' }),
      s.save({ kind: 'cause', costLine: LINES.institution, text: 'Fler placeringar.' }),
      s.save({ kind: 'month', costLine: LINES.institution, month: 12, text: '300 000' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['saved', 'saved', 'saved', 'saved']);
    const rows = await readForecasts(port);
    expect(rows).toHaveLength(1);
    expect(rows[0].months[11]).toBe(kr(300_000));
    expect((await readAudit(port)).map((a) => `${a.field}:${a.to}`)).toEqual([
      'Helår:2\u00a0400\u00a0000,00',
      'Metod:manuell',
      'Helår:2\u00a0450\u00a0000,00',
      'Orsak:Fler placeringar.',
      expect.stringMatching(/^Helår:/),
      expect.stringMatching(/^Dec:300\u00a0000,00$/),
      'Fördelning:månadsvis',
    ]);
    const again = await openUnit(env, '610', '2025-03');
    expect(again.view().lines.find((l) => l.costLine === LINES.institution)).toMatchObject({ cause: 'Fler placeringar.', forecast: { phasing: 'monthly' } });
  });

  it('a failing operation does not stop the next', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    const orig = port.appendTableRows.bind(port);
    let fail = true;
    port.appendTableRows = async (...a) => {
      if (fail) {
        fail = false;
        throw new Error('network');
      }
      return orig(...a);
    };
    const [first, second] = await Promise.allSettled([
      s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }),
      s.save({ kind: 'cause', costLine: LINES.institution, text: 'Orsak.' }),
    ]);
    expect(first.status).toBe('rejected');
    expect(second).toMatchObject({ status: 'fulfilled', value: { status: 'saved' } });
  });
});
