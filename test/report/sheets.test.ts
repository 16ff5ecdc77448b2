/**
 * The report sheets through the xlsx adapter on the constructed municipality: written, saved, opened again and
 * checked cell by cell — every formula evaluated independently (formulaEval.test-util.ts) equals core's figure,
 * every figure of the model sits in its cell, the conditional formats flag exactly the rows core flags, and the
 * formatting and print set-up are there. Writing again replaces the sheets.
 */
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { parseRange } from '../../src/core/a1';
import {
  ACCURACY_SHEET,
  ACTION_PLAN_TABLE,
  CHARTS_SHEET,
  REPORT_SHEETS,
  SC,
  SUMMARY_SHEET,
  VARIANCE_SHEET,
  VC,
  buildReportSheets,
  createMonthlyReport,
  flagOf,
  type ReportRun,
  type ReportSheets,
} from '../../src/core/report';
import type { SheetSpec } from '../../src/core/port';
import { Evaluator } from './formulaEval.test-util';
import { thresholdFormats } from '../../src/core/report/grid';
import { ReadBook, checkAllFormulas } from './readBack.test-util';
import { compareFigures, expectedCells } from './expected.test-util';
import { smallMunicipality, writeFixture } from './fixture.test-util';

jest.setTimeout(60_000);

describe('report sheets through the xlsx adapter', () => {
  let run: ReportRun;
  let specs: SheetSpec[];
  let built: ReportSheets;
  let book: ReadBook;
  let reopened: XlsxWorkbook;

  beforeAll(async () => {
    const wb = await XlsxWorkbook.create('rapport.xlsx');
    await writeFixture(wb, smallMunicipality());
    run = await createMonthlyReport(wb, { period: '2026-03', unit: 'tkr' });
    built = buildReportSheets(run.model);
    specs = built.specs;
    reopened = await XlsxWorkbook.load(await wb.save(), 'rapport.xlsx');
    book = await ReadBook.read(reopened, REPORT_SHEETS);
  });

  it('writes the four sheets, the summary first and active', async () => {
    expect(run.sheets).toEqual([SUMMARY_SHEET, VARIANCE_SHEET, ACCURACY_SHEET, CHARTS_SHEET]);
    const names = (await reopened.listSheets()).map((s) => s.name);
    for (const n of REPORT_SHEETS) expect(names).toContain(n);
    // The action plan table exists (created empty when missing; here the fixture had rows).
    expect((await reopened.readTable(ACTION_PLAN_TABLE.name))?.rows).toHaveLength(3);
  });

  it('every formula written evaluates to core’s figure', () => {
    const r = checkAllFormulas(book, specs);
    expect(r.mismatches).toEqual([]);
    expect(r.checked).toBeGreaterThan(100);
    expect([...r.functions].sort()).toEqual(['ABS', 'ROUND', 'SUM', 'SUMIF']);
  });

  it('every figure of the model is in its cell', () => {
    const ev = new Evaluator(book);
    const expected = expectedCells(run.model, built.layouts);
    expect(expected.length).toBeGreaterThan(200);
    expect(compareFigures(expected, (s, r, c) => ev.cell(s, r, c))).toEqual([]);
  });

  it('the cached results are core’s (what the preview and readers without a calculation engine show)', () => {
    const expected = expectedCells(run.model, built.layouts);
    expect(compareFigures(expected, (s, r, c) => book.value(s, r, c))).toEqual([]);
  });

  /** Evaluates every conditional-format rule of a sheet on every row of its range: cell → 'favourable' | 'unfavourable'. */
  function flaggedCells(sheet: string): Map<string, string> {
    const spec = specs.find((x) => x.name === sheet)!;
    const ev = new Evaluator(book);
    const flagged = new Map<string, string>();
    for (const cf of spec.conditionalFormats ?? []) {
      if (cf.type !== 'expression') throw new Error('expression rules only');
      const range = parseRange(cf.range);
      for (let row = range.top; row < range.top + range.rows; row++) {
        // The rule is written for the range's first row; shift its relative row numbers.
        const f = cf.formula.replace(/\$([A-Z]+)(\d+)/g, (_, c: string, r: string) => `$${c}${+r + row - range.top}`);
        if (ev.evaluate(f, sheet) === true) {
          const k = `${row}:${range.left}`;
          if (flagged.has(k)) throw new Error(`${sheet} ${k}: both rules true`);
          flagged.set(k, cf.style.fill === '#F8CBAD' ? 'unfavourable' : 'favourable');
        }
      }
    }
    return flagged;
  }

  it('conditional formats flag exactly the variances core flags', () => {
    expect(specs.find((x) => x.name === VARIANCE_SHEET)!.conditionalFormats).toHaveLength(4);
    const expected = new Map<string, string>();
    const put = (row: number, f: { toDate: string | null; year: string | null }, toDateCol: number, yearCol: number) => {
      if (f.toDate) expected.set(`${row}:${toDateCol}`, f.toDate);
      if (f.year) expected.set(`${row}:${yearCol}`, f.year);
    };
    built.layouts.variance.units.forEach((lu, i) => {
      const u = run.model.units[i];
      lu.lines.forEach((l, j) => put(l.row, u.lines[j].flags, VC.varianceToDate, VC.varianceYear));
      put(lu.totalRow, u.totalFlags, VC.varianceToDate, VC.varianceYear);
    });
    put(built.layouts.variance.totalRow, run.model.total.flags, VC.varianceToDate, VC.varianceYear);
    expect(Object.fromEntries(flaggedCells(VARIANCE_SHEET))).toEqual(Object.fromEntries(expected));
    // 610's institution line is beyond on both, its revenue favourable beyond, Personal within.
    expect([...expected.values()]).toContain('favourable');
    expect([...expected.values()]).toContain('unfavourable');

    const sum = new Map<string, string>();
    const sl = built.layouts.summary;
    const group = (row: number, f: { toDate: string | null; year: string | null }) => {
      if (f.toDate) sum.set(`${row}:${SC.varianceToDate}`, f.toDate);
      if (f.year) sum.set(`${row}:${SC.varianceYear}`, f.year);
    };
    sl.areaRows.forEach((r, i) => group(r.row, run.model.areas[i].flags));
    group(sl.areaTotalRow, run.model.total.flags);
    sl.activityRows.forEach((r, i) => group(r.row, run.model.activities[i].flags));
    group(sl.activityTotalRow, run.model.total.flags);
    expect(Object.fromEntries(flaggedCells(SUMMARY_SHEET))).toEqual(Object.fromEntries(sum));
    expect(sum.size).toBeGreaterThan(3);
  });

  it('formats: sv-SE thousands in tkr, negatives red with minus, percentages, frozen header, A4 landscape print', () => {
    const v = specs.find((s) => s.name === VARIANCE_SHEET)!;
    const formats = (v.formats ?? []).map((f) => f.style.numberFormat).filter(Boolean);
    expect(formats).toContain('#,##0,;[Red]-#,##0,;0');
    expect(formats).toContain('0.0%;[Red]-0.0%;0.0%');
    expect(v.freeze).toEqual({ rows: 5, columns: 1 });
    expect(v.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, repeatRows: '5:5', rightFooter: 'Sida &P av &N' });
    expect(v.print?.centerHeader).toBe('Avvikelse per enhet – mars 2026');
    const texts = v.blocks.flatMap((b) => b.rows.flat()).filter((x): x is string => typeof x === 'string');
    expect(texts.some((x) => x.startsWith('Teckenregel: avvikelse = budget − utfall'))).toBe(true);
    expect(texts).toContain('Saknar inlämnad prognos (utkast)');
    for (const s of specs) expect(s.print).toMatchObject({ orientation: 'landscape', paper: 'A4' });
    const charts = specs.find((s) => s.name === CHARTS_SHEET)!.charts!;
    expect(charts.map((c) => c.title)).toEqual([
      'Ackumulerat – Totalt',
      'Helårsprognos omgång för omgång',
      'Ackumulerat – Barn och unga',
      'Ackumulerat – Vuxen',
      'Ackumulerat – Ekonomiskt bistånd',
    ]);
  });

  it('the summary shows the missing unit, the action rule and the placements note', () => {
    const sum = specs.find((s) => s.name === SUMMARY_SHEET)!;
    const texts = sum.blocks.flatMap((b) => b.rows.flat()).filter((x): x is string => typeof x === 'string');
    expect(texts).toContain('Enheter som saknar inlämnad prognos (1)');
    expect(texts).toContain('630 Försörjningsstöd');
    expect(texts.some((x) => x.startsWith('Belopp = åtgärdens helårseffekt'))).toBe(true);
    expect(texts.some((x) => x.startsWith('Placeringsregistret finns inte i arbetsboken'))).toBe(true);
    // The missing-count column of the area table.
    const row = built.layouts.summary.areaRows.find((r) => r.key === 'Ekonomiskt bistånd')!.row;
    expect(book.value(SUMMARY_SHEET, row, SC.missing)).toBe(1);
  });

  it('running again for the same period replaces the sheets (never "Avvikelse (2)")', async () => {
    const wb = await XlsxWorkbook.create('twice.xlsx');
    await writeFixture(wb, smallMunicipality());
    await createMonthlyReport(wb, { period: '2026-03', unit: 'tkr' });
    const before = (await wb.listSheets()).map((s) => s.name);
    const again = await createMonthlyReport(wb, { period: '2026-03', unit: 'kr' });
    const after = (await wb.listSheets()).map((s) => s.name);
    expect(after).toEqual(before);
    expect(after.filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    expect(again.actionPlanCreated).toBe(false);
    const v = await wb.readRange(VARIANCE_SHEET, 'A2');
    expect(v.values[0][0]).toContain('Belopp i kronor');
  });

  it('creates an empty action plan table when the workbook has none', async () => {
    const wb = await XlsxWorkbook.create('noplan.xlsx');
    const fx = smallMunicipality();
    delete fx.actions;
    await writeFixture(wb, fx);
    const r = await createMonthlyReport(wb, { period: '2026-03' });
    expect(r.actionPlanCreated).toBe(true);
    const t = await wb.readTable(ACTION_PLAN_TABLE.name);
    expect(t?.headers).toEqual(['Åtgärd', 'Ansvarig', 'Ansvar', 'Belopp', 'Från månad', 'Status']);
    expect(r.model.actions).toEqual([]);
  });
});

describe('threshold rule of the conditional formats', () => {
  it('agrees with core exactly at the limits (amount and percent, or/and)', () => {
    const cases: [number, number][] = [
      [5_000_00, 100_000_00], // exactly 5 %
      [4_999_99, 100_000_00], // just under 5 %
      [-100_000_00, 10_000_000_00], // exactly the amount
      [-99_999_99, 10_000_000_00], // just under
      [12_345_67, 246_913_40], // exactly 5 % of an odd budget
      [12_345_67, 246_913_41], // just under
      [1_00, 0], // budget 0
    ];
    for (const thr of [
      { amountOre: 100_000_00, percent: 5, combine: 'or' as const },
      { amountOre: 100_000_00, percent: 5, combine: 'and' as const },
      { amountOre: null, percent: 2.5, combine: 'or' as const },
    ]) {
      for (const [v, b] of cases) {
        const book = {
          value: (_s: string, _r: number, c: number) => (c === 0 ? v / 100 : b / 100),
          formula: () => null,
        };
        const ev = new Evaluator(book);
        const [bad, good] = thresholdFormats(0, 1, 0, 0, thr);
        const shown = ev.evaluate(bad.type === 'expression' ? bad.formula : '', 'S') ? 'unfavourable' : ev.evaluate(good.type === 'expression' ? good.formula : '', 'S') ? 'favourable' : null;
        expect({ v, b, thr, shown }).toEqual({ v, b, thr, shown: flagOf(v, b, thr) });
      }
    }
  });
});
