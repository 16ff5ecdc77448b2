/**
 * The Office.js adapter on the Excel fake (`npm run bench -- excel`):
 * writing 200,000 × 6 values through the port (replaceTable of a new table, ExcelApi 1.14, Excel on the web's
 * 5 MB limit on) against a baseline of merely building the same 2D arrays and JSON-serialising them — the
 * least any Office.js write of this data costs. Figures: syncs, total MB sent, largest request in MB.
 * The subject includes the fake's own work (queueing, JSON-sizing each request, applying Excel's rules).
 */
import type { CellValue } from '../src/core/port';
import type { ExcelHost } from '../src/excel/batch';
import { ExcelWorkbook } from '../src/excel/workbook';
import { createExcelFake } from '../test/fake';
import { BIG_ROWS, bigRows, bigTableDef } from '../test/data/bigTable';
import type { BenchCase } from './harness';

const ROWS = BIG_ROWS;
const DEF = bigTableDef('IFO_Bench', 'IFO Bench');

let rows: CellValue[][] = [];

const MB = 1024 * 1024;

export const cases: BenchCase[] = [
  {
    name: `Office.js/Excel (fake): skriv ${ROWS.toLocaleString('sv-SE')} × 6 värden via adaptern (replaceTable)`,
    runs: 3,
    setup: () => {
      rows = bigRows();
    },
    baseline: {
      name: 'bygg samma 2D-matriser och JSON-serialisera dem',
      run: () => {
        const arrays = rows.map((r) => r.map((v) => (typeof v === 'string' ? "'" + v : v)));
        if (JSON.stringify(arrays).length === 0) throw new Error('empty');
      },
    },
    subject: async () => {
      const fake = createExcelFake({ apiVersion: '1.14', web: true });
      const port = new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported);
      await port.replaceTable(DEF, rows);
      const total = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
      return {
        syncs: fake.stats.syncs,
        'total MB': (total / MB).toFixed(2),
        'max request MB': (fake.maxRequestBytes() / MB).toFixed(2),
      };
    },
    maxRatio: 20,
  },
];
