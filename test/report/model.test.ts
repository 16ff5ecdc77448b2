/**
 * The report model on the small constructed municipality (fixture.test-util.ts), every figure worked out by hand.
 *
 * Period 2026-03 (three months of actuals); the March round is used (610 and 620 submitted, 630 a draft → missing).
 *   610 Intäkter:    budget −120 000 (t.o.m. −30 000), actual −36 000 → variance t.o.m. +6 000 (+20 %);
 *                    forecast −144 000 → variance helår +24 000; previous (Feb) −140 000 → change −4 000.
 *   610 Personal:    budget 1 200 000 (300 000), actual 300 000 → 0; forecast 1 210 000 → −10 000; change +10 000.
 *   610 Institution: budget 2 400 000 (600 000), actual 750 000 → −150 000 (−25 %); forecast 3 000 000 → −600 000;
 *                    change +150 000.
 *   610 total:       budget 3 480 000, t.o.m. 870 000, actual 1 014 000 → −144 000; forecast 4 066 000 → −586 000.
 *   620 Personal:    600 000 (150 000), actual 150 000; forecast 600 000 → 0.
 *   620 Vuxna:       720 000 (180 000), actual 240 000 → −60 000; forecast 960 000 → −240 000; change +30 000.
 *   630 Bistånd:     3 600 000 (900 000), actual 960 000 → −60 000; no forecast (draft), previous 3 800 000.
 * Actions: 610 600 000 from May, Beslutad → 8 months → 400 000; 630 100 000,50 from January, Pågår → April–December
 * 9 months → 75 000,375 → 75 000,38 (half away from zero); 620 Avbruten → 0.
 */
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { buildReport, loadReportInputs, reportJson, type ReportModel } from '../../src/core/report';
import { isUserError, type UserError } from '../../src/core/errors';
import { FORECAST_STATUS_TABLE } from '../../src/core/forecast/tables';
import { LINES, kr, smallMunicipality, writeFixture } from './fixture.test-util';

async function model(period = '2026-03', edit?: (f: ReturnType<typeof smallMunicipality>) => void): Promise<ReportModel> {
  const port = await XlsxWorkbook.create();
  const fx = smallMunicipality();
  edit?.(fx);
  await writeFixture(port, fx);
  return buildReport(await loadReportInputs(port, period), { unit: 'tkr' });
}

describe('report model (constructed municipality)', () => {
  let m: ReportModel;
  beforeAll(async () => {
    m = await model();
  });

  it('uses the latest round with submitted forecasts and says which', () => {
    expect(m.round).toBe('2026-03');
    expect(m.roundLabel).toBe('Prognos mars 2026');
    expect(m.previousRound).toBe('2026-02');
    expect(m.elapsed).toBe(3);
  });

  it('computes every line of 610 exactly', () => {
    const u = m.units.find((x) => x.costCenter === '610')!;
    expect(u.hasForecast).toBe(true);
    expect(u.lines.map((l) => l.costLine)).toEqual([LINES.revenue, LINES.personnel, LINES.institution]);
    const [rev, pers, inst] = u.lines;
    expect(rev).toMatchObject({
      budgetYearOre: kr(-120_000),
      budgetToDateOre: kr(-30_000),
      actualToDateOre: kr(-36_000),
      varianceToDateOre: kr(6_000),
      varianceToDatePct: 0.2,
      forecastOre: kr(-144_000),
      varianceYearOre: kr(24_000),
      previousOre: kr(-140_000),
      changeOre: kr(-4_000),
      flags: { toDate: 'favourable', year: 'favourable' },
    });
    expect(pers).toMatchObject({ varianceToDateOre: 0, varianceToDatePct: 0, varianceYearOre: kr(-10_000), changeOre: kr(10_000), flags: { toDate: null, year: null } });
    expect(inst).toMatchObject({
      varianceToDateOre: kr(-150_000),
      varianceToDatePct: -0.25,
      forecastOre: kr(3_000_000),
      varianceYearOre: kr(-600_000),
      changeOre: kr(150_000),
      cause: 'Två nya HVB-placeringar sedan januari.',
      action: '=Hemmaplanslösning prövas i resursrådet.',
      causeSource: 'forecast',
      flags: { toDate: 'unfavourable', year: 'unfavourable' },
    });
    expect(u.total).toMatchObject({
      budgetYearOre: kr(3_480_000),
      budgetToDateOre: kr(870_000),
      actualToDateOre: kr(1_014_000),
      varianceToDateOre: kr(-144_000),
      forecastOre: kr(4_066_000),
      varianceYearOre: kr(-586_000),
      previousOre: kr(3_910_000),
      changeOre: kr(156_000),
    });
    expect(u.total.varianceToDatePct).toBeCloseTo(-144_000 / 870_000, 15);
  });

  it('lists the draft unit as missing and leaves its forecast empty (never budget)', () => {
    expect(m.missingForecasts).toEqual([{ costCenter: '630', name: 'Försörjningsstöd', status: 'draft' }]);
    const u = m.units.find((x) => x.costCenter === '630')!;
    expect(u.hasForecast).toBe(false);
    expect(u.lines[0]).toMatchObject({ budgetYearOre: kr(3_600_000), forecastOre: null, varianceYearOre: null, previousOre: kr(3_800_000), changeOre: null });
    expect(u.total.forecastOre).toBeNull();
  });

  it('takes a follow-up comment as cause when the round has none', () => {
    const l = m.units.find((x) => x.costCenter === '620')!.lines.find((x) => x.costLine === LINES.adults)!;
    expect(l).toMatchObject({ cause: 'Fler LVM-placeringar än budgeterat.', causeSource: 'followup', changeOre: kr(30_000) });
  });

  it('groups by area and activity; sums cover the units with a forecast', () => {
    expect(m.areas.map((a) => [a.label, a.costCenters, a.missing])).toEqual([
      ['Barn och unga', ['610'], 0],
      ['Vuxen', ['620'], 0],
      ['Ekonomiskt bistånd', ['630'], 1],
    ]);
    expect(m.activities.map((a) => a.label)).toEqual(['559 Missbrukarvård för vuxna', '569 Barn- och ungdomsvård', '575 Ekonomiskt bistånd']);
    expect(m.total).toMatchObject({
      budgetYearOre: kr(3_480_000 + 1_320_000 + 3_600_000),
      actualToDateOre: kr(1_014_000 + 390_000 + 960_000),
      forecastOre: kr(4_066_000 + 1_560_000),
      varianceYearOre: kr(-586_000 - 240_000),
      missing: 1,
    });
    const eb = m.areas.find((a) => a.key === 'Ekonomiskt bistånd')!;
    expect(eb.forecastOre).toBeNull();
    expect(eb.forecastAfterActionsOre).toBeNull();
  });

  it('applies the action plan exactly: full-year effect from its month, months after the period only', () => {
    expect(m.actions.map((a) => [a.costCenter, a.months, a.effectOre])).toEqual([
      ['610', 8, kr(400_000)],
      ['630', 9, 7_500_038],
      ['620', 0, 0],
    ]);
    expect(m.actionsTotalOre).toBe(kr(400_000) + 7_500_038);
    const bu = m.areas.find((a) => a.key === 'Barn och unga')!;
    expect(bu).toMatchObject({ actionsOre: kr(400_000), forecastAfterActionsOre: kr(4_066_000 - 400_000), varianceAfterActionsOre: kr(-586_000 + 400_000) });
    expect(m.total.forecastAfterActionsOre).toBe(kr(5_626_000) - kr(400_000) - 7_500_038);
    expect(m.total.varianceAfterActionsOre).toBe(kr(-826_000) + kr(400_000) + 7_500_038);
  });

  it('scores the kept rounds against the latest forecast while the year is open', () => {
    const a = m.accuracy;
    expect(a.reference).toBe('latestForecast');
    expect(a.referenceRound).toBe('2026-03');
    expect(a.rounds).toEqual(['2026-01', '2026-02']);
    // 630 has no submitted March forecast: no reference, not scored.
    expect(a.units.map((u) => u.costCenter)).toEqual(['610', '620']);
    const u610 = a.units[0];
    expect(u610.points.map((p) => p.errorOre)).toEqual([kr(3_770_000 - 4_066_000), kr(3_910_000 - 4_066_000)]);
    expect(u610.biasOre).toBe(kr(-226_000));
    expect(u610.mapePct).toBeCloseTo((296_000 / 4_066_000 + 156_000 / 4_066_000) / 2, 15);
    expect(a.total.points.map((p) => p.errorOre)).toEqual([kr(-296_000 - 60_000), kr(-156_000 - 30_000)]);
  });

  it('charts: cumulative budget, actuals to the period, forecast of the submitted units; rounds trend', () => {
    const total = m.monthly[0];
    expect(total.budgetCum[11]).toBe(m.total.budgetYearOre);
    expect(total.actualCum[2]).toBe(m.total.actualToDateOre);
    expect(total.actualCum[3]).toBeNull();
    expect(total.forecastCum[11]).toBe(m.total.forecastOre);
    expect(m.monthly.map((s) => s.label)).toEqual(['Totalt', 'Barn och unga', 'Vuxen', 'Ekonomiskt bistånd']);
    expect(m.rounds.map((r) => [r.round, r.forecastOre, r.units])).toEqual([
      ['2026-01', kr(3_770_000 + 1_500_000 + 3_700_000), 3],
      ['2026-02', kr(3_910_000 + 1_530_000 + 3_800_000), 3],
      ['2026-03', kr(4_066_000 + 1_560_000), 2],
    ]);
  });

  it('gives the CLI JSON with the same figures', () => {
    const j = reportJson(m);
    expect(Object.keys(j)).toEqual(['period', 'units', 'total', 'missingForecasts']);
    expect(j.units[0]).toEqual({ costCenter: '610', budgetOre: kr(3_480_000), actualToDateOre: kr(1_014_000), forecastOre: kr(4_066_000), varianceOre: kr(-586_000) });
    expect(j.units[2]).toEqual({ costCenter: '630', budgetOre: kr(3_600_000), actualToDateOre: kr(960_000), forecastOre: null, varianceOre: null });
    expect(j.missingForecasts).toEqual(['630']);
    expect(j.total.forecastOre).toBe(kr(5_626_000));
  });

  it('falls back to the latest round with submitted forecasts when the period has none', async () => {
    const m2 = await model('2026-03', (fx) => {
      for (const u of Object.values(fx.rounds[2].units)) u.status = 'draft';
    });
    expect(m2.round).toBe('2026-02');
    expect(m2.missingForecasts).toEqual([]);
  });

  it('refuses a period whose months are not all imported, naming them', async () => {
    const e = (await model('2026-05').catch((x: unknown) => x)) as UserError;
    expect(isUserError(e)).toBe(true);
    expect(e.message).toContain('2026-04, 2026-05');
  });

  it('refuses an action plan with bad rows, naming sheet, row, column and value', async () => {
    const e = (await model('2026-03', (fx) => {
      fx.actions = [
        ['Bra åtgärd', 'Chef', '610', 'tiotusen', '2026-05', 'Beslutad'],
        ['', 'Chef', '999', 1000, 'maj', 'Klar'],
      ];
    }).catch((x: unknown) => x)) as UserError;
    expect(isUserError(e)).toBe(true);
    expect(e.key).toBe('report.actions.refused');
    expect(e.issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [2, 'Belopp', 'tiotusen'],
      [3, 'Åtgärd', ''],
      [3, 'Från månad', 'maj'],
      [3, 'Status', 'Klar'],
    ]);
    expect(e.issues[0].message).toBe(`rad 2, kolumn Belopp, värde "tiotusen": Beloppet är inte ett tal i kronor.`);
  });

  it('refuses an action on an unknown ansvar', async () => {
    const e = (await model('2026-03', (fx) => {
      fx.actions = [['Åtgärd', 'Chef', '999', 1000, '2026-05', 'Beslutad']];
    }).catch((x: unknown) => x)) as UserError;
    expect(e.issues.map((i) => [i.row, i.column, i.value])).toEqual([[2, 'Ansvar', '999']]);
  });

  it('counts an approved-then-reopened unit as missing', async () => {
    const port = await XlsxWorkbook.create();
    await writeFixture(port, smallMunicipality());
    const st = await port.readTable(FORECAST_STATUS_TABLE.name);
    const idx = st!.rows.findIndex((r) => r[0] === '2026-03' && r[1] === '620');
    await port.updateTableRows(FORECAST_STATUS_TABLE, [{ index: idx, values: ['2026-03', '620', 'utkast', '', '', 'öppnad igen'] }]);
    const m3 = buildReport(await loadReportInputs(port, '2026-03'));
    expect(m3.missingForecasts.map((x) => x.costCenter)).toEqual(['620', '630']);
  });
});
