/**
 * The monthly report for Exempelkommun (October 2026): files imported, three forecast rounds made with the forecast
 * service, report written through the xlsx adapter. The report's actuals and budget reconcile with the generator's
 * own totals, the two draft units are listed as missing, the placements come from the register, and every formula
 * evaluates to core's figure.
 */
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { REPORT_SHEETS, buildReportSheets, createMonthlyReport, reportJson, type ReportRun } from '../../src/core/report';
import { ReadBook, checkAllFormulas } from './readBack.test-util';
import { Evaluator } from './formulaEval.test-util';
import { compareFigures, expectedCells } from './expected.test-util';
import { EXAMPLE_DRAFTS, exampleWorkbook } from './example.test-util';
import type { ExampleResult } from '../../src/core/example';

jest.setTimeout(180_000);

describe('report for Exempelkommun', () => {
  let ex: ExampleResult;
  let run: ReportRun;
  let wb: XlsxWorkbook;

  beforeAll(async () => {
    wb = await XlsxWorkbook.create('exempelkommun.xlsx');
    ex = await exampleWorkbook(wb);
    run = await createMonthlyReport(wb, { period: ex.facts.throughPeriod, unit: 'tkr' });
  });

  it('reconciles actuals to date and the budget with the generator', () => {
    const m = run.model;
    expect(m.period).toBe('2026-10');
    expect(m.unmapped).toEqual([]);
    const current = ex.facts.ledgers.find((l) => l.year === ex.facts.year)!;
    expect(m.total.actualToDateOre).toBe(current.totalOre);
    expect(m.total.budgetYearOre).toBe(ex.facts.budget.perYear[String(ex.facts.year)]);
    for (const u of m.units) expect(u.total.actualToDateOre).toBe(current.perCostCenter[u.costCenter] ?? 0);
  });

  it('uses the October round and lists the drafts as missing', () => {
    expect(run.model.round).toBe('2026-10');
    expect(run.model.missingForecasts.map((x) => [x.costCenter, x.status])).toEqual(EXAMPLE_DRAFTS.map((cc) => [cc, 'draft']));
    expect(run.model.rounds.map((r) => r.round)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    expect(run.model.accuracy.rounds).toEqual(['2026-07', '2026-08', '2026-09']);
    const json = reportJson(run.model);
    expect(json.missingForecasts).toEqual(EXAMPLE_DRAFTS);
    expect(json.total.forecastOre).toBe(run.model.units.filter((u) => u.hasForecast).reduce((s, u) => s + (u.total.forecastOre ?? 0), 0));
  });

  it('takes the placements from the register', () => {
    const p = run.model.placements!;
    expect(p).not.toBeNull();
    expect(p.forms.length).toBeGreaterThan(3);
    const active = p.forms.reduce((s, f) => s + f.countAtPeriodEnd, 0);
    expect(active).toBeGreaterThan(10);
    expect(p.forms.every((f) => f.costOre > 0 && f.careDays > 0)).toBe(true);
  });

  it('every formula and figure on the written sheets agrees with core', async () => {
    const re = await XlsxWorkbook.load(await wb.save());
    const book = await ReadBook.read(re, REPORT_SHEETS);
    const built = buildReportSheets(run.model);
    const r = checkAllFormulas(book, built.specs);
    expect(r.mismatches).toEqual([]);
    const ev = new Evaluator(book);
    expect(compareFigures(expectedCells(run.model, built.layouts), (s, row, c) => ev.cell(s, row, c))).toEqual([]);
  });
});
