/**
 * The Workbook port contract on the Office.js adapter (src/excel) over the Excel fake (test/fake).
 * inspect() reads the fake's in-memory workbook; reopen() is a new ExcelWorkbook over the same workbook
 * (a new Excel.run on the same document); stats() are the fake's syncs and largest request.
 *
 * The contract runs on a host with ExcelApi 1.14 (Office 2021 LTSC, which many municipalities run) so print
 * set-up (1.9) is checked; test/excel/*.test.ts cover ExcelApi 1.7 hosts where it is skipped.
 */
import type { ExcelHost } from '../../src/excel/batch';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { createExcelFake, pointsToChars, type ExcelFake } from '../fake';
import { runWorkbookContract, type Harness, type SheetInspection } from './workbook-contract';

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** What a sheet of the fake holds beyond values, normalised as the contract wants it. */
export function inspectFake(fake: ExcelFake, name: string): SheetInspection {
  const wb = fake.workbook;
  const s = wb.sheet(name);
  const pl = s.pageLayout;
  return {
    name: s.name,
    visibility: s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
    freeze: s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0) ? { ...s.freeze } : null,
    columnWidth: (index) => {
      const pt = s.colWidths.get(index);
      return pt === undefined ? null : pointsToChars(pt);
    },
    cell: (address) => {
      const { style } = wb.cellInfo(name, address);
      return { numberFormat: style.numberFormat, bold: style.bold, fill: style.fill, fontColor: style.fontColor === '#000000' ? null : style.fontColor, locked: style.locked };
    },
    tables: wb.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, range: wb.tableInfo(t.name)!.address })),
    conditionalFormats: s.conditionalFormats.map((cf) => ({
      range: areaOf(cf.area),
      type: cf.type === 'CellValue' ? ('cellValue' as const) : ('expression' as const),
    })),
    charts: s.charts.map((c) => ({ name: c.name, type: lowerFirst(c.type), title: c.title.text, seriesCount: c.series.length })),
    protected: s.protection.protected,
    print: pl.touched
      ? {
          orientation: pl.orientation === 'Landscape' ? 'landscape' : 'portrait',
          fitToPagesWide: pl.zoom.horizontalFitToPages ?? null,
          repeatRows: pl.printTitleRows ? pl.printTitleRows.replace(/\$/g, '') : null,
        }
      : null,
    merges: s.merges.map(areaOf),
  };
}

function areaOf(a: { top: number; left: number; rows: number; cols: number }): string {
  const col = (c: number): string => {
    let n = c + 1;
    let out = '';
    while (n > 0) {
      out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  };
  return `${col(a.left)}${a.top + 1}:${col(a.left + a.cols - 1)}${a.top + a.rows}`;
}

export function portOver(fake: ExcelFake): ExcelWorkbook {
  return new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported);
}

export function excelHarness(apiVersion: string): () => Promise<Harness> {
  return async () => {
    const fake = createExcelFake({ apiVersion });
    return {
      port: portOver(fake),
      inspect: async (sheet) => inspectFake(fake, sheet),
      reopen: async () => portOver(createExcelFake({ apiVersion, workbook: fake.workbook })),
      stats: () => ({ syncs: fake.stats.syncs, maxRequestBytes: fake.maxRequestBytes() }),
      resetStats: () => fake.resetStats(),
    };
  };
}

runWorkbookContract('Office.js (fake, ExcelApi 1.14)', excelHarness('1.14'));
