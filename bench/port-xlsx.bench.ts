/**
 * The xlsx adapter's cost against raw ExcelJS, measured in the same run:
 * - writing 200,000 × 6 values through the port (replaceTable) and saving, against ExcelJS addRows + writeBuffer;
 * - reading the real Örebro extract with readSheetRows, against ExcelJS's load + eachRow (skipped when absent).
 * Run: npm run bench -- xlsx
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../src/core/port';
import { readSheetRows } from '../src/file/readSheetRows';
import { XlsxWorkbook } from '../src/file/xlsxWorkbook';
import { BIG_ROWS, bigRows, bigTableDef } from '../test/data/bigTable';
import type { BenchCase } from './harness';

const ROWS = BIG_ROWS;
const DEF = bigTableDef('IFO_Bench', 'Stor');

let rows: CellValue[][] = [];
let baselineBytes = 0;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const write: BenchCase = {
  name: `xlsx: skriv ${ROWS.toLocaleString('sv-SE')} × 6 värden genom porten (replaceTable) + spara`,
  runs: 3,
  setup: () => {
    rows = bigRows();
  },
  baseline: {
    name: 'ExcelJS addRows + writeBuffer, samma data',
    run: async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Stor');
      ws.addRow(DEF.columns.map((c) => c.header));
      ws.addRows(rows);
      const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
      baselineBytes = buf.byteLength;
    },
  },
  subject: async () => {
    const t0 = performance.now();
    const x = await XlsxWorkbook.create();
    await x.replaceTable(DEF, rows);
    const t1 = performance.now();
    const bytes = await x.save();
    const t2 = performance.now();
    return {
      'write (s)': ((t1 - t0) / 1000).toFixed(2),
      'save (s)': ((t2 - t1) / 1000).toFixed(2),
      'file size': mb(bytes.length),
      'baseline size': mb(baselineBytes),
    };
  },
  maxRatio: 1.5,
};

const OREBRO = resolve(process.cwd(), '../shared/data/real/Orebro.2016-03.xlsx');
let orebro: Uint8Array = new Uint8Array();

const read: BenchCase = {
  name: 'xlsx: läs Örebro-extraktet (68 021 rader) med readSheetRows',
  runs: 3,
  setup: () => {
    orebro = new Uint8Array(readFileSync(OREBRO));
  },
  baseline: {
    name: 'ExcelJS xlsx.load + eachRow',
    run: async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(orebro as unknown as ExcelJS.Buffer);
      let n = 0;
      wb.worksheets[0].eachRow(() => n++);
    },
  },
  subject: async () => {
    const r = await readSheetRows(orebro);
    return { rows: r.rows.length, 'file size': mb(orebro.length) };
  },
  maxRatio: 0.5,
};

export const cases: BenchCase[] = existsSync(OREBRO) ? [write, read] : [write];
