/**
 * Exempelkommun's October report through LibreOffice headless:
 * 1. recalculation — the report sheets are written with every cached formula result deliberately wrong, LibreOffice
 *    (forced to recalculate on load) saves them again, and every formula cell then holds core's figure;
 * 2. rendering — the report is printed to PDF (A4 landscape) and to PNGs in artifacts/report/ to look at.
 * Skipped, with a message, when libreoffice / pdftoppm is not installed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { isFormula, type SheetSpec } from '../../src/core/port';
import { REPORT_SHEETS, buildReportSheets, computeReport, type ReportModel, type ReportSheets } from '../../src/core/report';
import { ReadBook, same, specFormulas } from './readBack.test-util';
import { compareFigures, expectedCells } from './expected.test-util';
import { exampleWorkbook } from './example.test-util';
import { hasLibreOffice, hasPoppler, pdfPages, recalculate, toPdf, toPngs } from './libreoffice.test-util';

jest.setTimeout(600_000);

if (!hasLibreOffice) console.warn('render.test: libreoffice saknas – omräkning och rendering av rapporten hoppas över.');

const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'report');

/** A workbook holding only the report's sheets (what the committee prints). */
async function reportOnly(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.create('rapport.xlsx');
  await wb.writeSheets(specs);
  for (const s of await wb.listSheets()) if (!specs.some((x) => x.name === s.name)) await wb.deleteSheet(s.name);
  return wb.save();
}

/** The specs with every formula's cached result replaced by a wrong number. */
function withWrongResults(specs: SheetSpec[]): SheetSpec[] {
  return specs.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => ({ ...b, rows: b.rows.map((r) => r.map((v) => (isFormula(v) ? { formula: v.formula, result: -987654.32 } : v))) })),
  }));
}

(hasLibreOffice ? describe : describe.skip)('report through LibreOffice', () => {
  let dir: string;
  let model: ReportModel;
  let built: ReportSheets;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ifo-report-lo-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const wb = await XlsxWorkbook.create('exempelkommun.xlsx');
    await exampleWorkbook(wb);
    model = await computeReport(wb, { period: '2026-10', unit: 'tkr' });
    built = buildReportSheets(model);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('recalculates every formula to core’s figure', async () => {
    const input = join(dir, 'rapport-fel-cache.xlsx');
    writeFileSync(input, await reportOnly(withWrongResults(built.specs)));
    const out = recalculate(dir, input);
    const { readFileSync } = await import('node:fs');
    const book = await ReadBook.read(await XlsxWorkbook.load(readFileSync(out)), REPORT_SHEETS);
    const wanted = specFormulas(built.specs);
    const bad: string[] = [];
    for (const [k, f] of wanted) {
      const [sheet, pos] = k.split('|');
      const [row, col] = pos.split(':').map(Number);
      const v = book.value(sheet, row, col);
      // LibreOffice writes a zero result as 0; an empty cell would mean the formula was lost.
      if (!same(v ?? 0, f.result)) bad.push(`${k} ${f.formula}: LibreOffice ${String(v)}, core ${String(f.result)}`);
    }
    expect(bad).toEqual([]);
    expect(wanted.size).toBeGreaterThan(300);
    // And every figure of the model sits in its cell after LibreOffice's calculation.
    expect(compareFigures(expectedCells(model, built.layouts), (s, r, c) => book.value(s, r, c) ?? (book.formula(s, r, c) ? 0 : null))).toEqual([]);
  });

  (hasPoppler ? it : it.skip)('renders on A4 landscape; PNGs in artifacts/report/', async () => {
    for (const unit of ['tkr', 'kr'] as const) {
      const specs = unit === 'tkr' ? built.specs : buildReportSheets({ ...model, unit }).specs;
      const xlsx = join(dir, `manadsrapport-2026-10-${unit}.xlsx`);
      writeFileSync(xlsx, await reportOnly(specs));
      const pdf = toPdf(dir, xlsx);
      const info = pdfPages(pdf);
      expect(Math.round(info.widthPt)).toBe(842);
      expect(Math.round(info.heightPt)).toBe(595);
      expect(info.pages).toBeGreaterThanOrEqual(4);
      expect(info.pages).toBeLessThanOrEqual(14);
      copyFileSync(pdf, join(ARTIFACTS, `manadsrapport-2026-10-${unit}.pdf`));
      copyFileSync(xlsx, join(ARTIFACTS, `manadsrapport-2026-10-${unit}.xlsx`));
      if (unit === 'tkr') {
        for (const f of readdirSync(ARTIFACTS)) if (/^manadsrapport-2026-10-tkr-\d+\.png$/.test(f)) rmSync(join(ARTIFACTS, f));
        toPngs(pdf, join(ARTIFACTS, 'manadsrapport-2026-10-tkr'), 70);
        expect(readdirSync(ARTIFACTS).filter((f) => f.endsWith('.png')).length).toBe(info.pages);
      }
    }
  });
});
