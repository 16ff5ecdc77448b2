/**
 * The browser preview and the task pane get ExcelJS's and JSZip's browser builds (their package.json "browser"
 * fields). Those builds run in Node too, so the adapter is exercised on them here; plus a check that the
 * browser-side files of src/file import no Node built-ins.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

jest.mock('exceljs', () => jest.requireActual('exceljs/dist/exceljs.min.js'));
jest.mock('jszip', () => jest.requireActual('jszip/dist/jszip.min.js'));

import { XlsxWorkbook } from './xlsxWorkbook';
import { readSheetRows } from './readSheetRows';
import { loadExcelJS } from './libs';

describe('xlsx adapter on the browser builds of ExcelJS and JSZip', () => {
  it('writes, saves, loads and reads back tables, charts and text', async () => {
    const browserBuild = jest.requireActual('exceljs/dist/exceljs.min.js') as { Workbook: unknown };
    expect((await loadExcelJS()).Workbook).toBe(browserBuild.Workbook);
    const x = await XlsxWorkbook.create('preview.xlsx');
    await x.writeSheets([
      {
        name: 'Rapport',
        blocks: [{ at: 'A1', rows: [['Ansvar', 'Belopp'], ['0610', 12.5], ['=inte formel', { formula: '=B2*2' }]] }],
        tables: [{ name: 'T_Rapport', range: 'A1:B3' }],
        charts: [{ name: 'D', type: 'line', title: 'T', categories: 'A2:A3', series: [{ name: 'Belopp', values: 'B2:B3' }], from: 'D1', to: 'J10' }],
      },
    ]);
    await x.setSettings({ enhet: '0610' });
    const bytes = await x.save();
    expect(bytes).toBeInstanceOf(Uint8Array);
    const y = await XlsxWorkbook.load(bytes, 'preview.xlsx');
    expect((await y.readTable('T_Rapport'))!.rows).toEqual([
      ['0610', 12.5],
      ['=inte formel', null],
    ]);
    expect(y.chartsOn('Rapport').map((c) => c.name)).toEqual(['D']);
    expect(await y.getSettings()).toEqual({ enhet: '0610' });
    expect((await readSheetRows(bytes, { sheet: 'Rapport' })).rows[2]).toEqual(['=inte formel']);
  });
});

describe('browser-side files of src/file', () => {
  it('import no Node built-ins and use no Node globals', () => {
    const dir = __dirname;
    // exampleFiles.ts belongs to the example-data work and is checked there.
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !/\.test(-util)?\.ts$/.test(f) && f !== 'exampleFiles.ts');
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const src = readFileSync(join(dir, f), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'|import\('([^']+)'\)/g)].map((m) => m[1] ?? m[2]);
      for (const i of imports) expect({ file: f, import: i, ok: i.startsWith('.') || i === 'exceljs' || i === 'jszip' }).toEqual({ file: f, import: i, ok: true });
      expect({ file: f, nodeGlobal: /\b(Buffer|process|require|__dirname)\b[.(]/.test(src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')) }).toEqual({ file: f, nodeGlobal: false });
    }
  });
});
