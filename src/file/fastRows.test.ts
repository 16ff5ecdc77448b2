import type { Worksheet } from 'exceljs';
import { dateToExcelSerial } from '../core/dates';
import type { CellValue } from '../core/port';
import { detachPlainRows, FAST_MIN_ROWS } from './fastRows';
import { checkPackage } from './packageCheck.test-util';
import { readSheetRows } from './readSheetRows';
import { XlsxWorkbook } from './xlsxWorkbook';

const N = FAST_MIN_ROWS + 500;

function mixedRows(): CellValue[][] {
  return Array.from({ length: N }, (_v, i) => [
    i % 7 === 0 ? `rad\r${i} _x0041_ & <b>` : `kod ${i % 13}`,
    i % 5 === 0 ? null : (i * 7919) / 100 - 300,
    i % 3 === 0,
    i % 11 === 0 ? '' : `  ${i % 4}  `,
    dateToExcelSerial('2025-01-01') + (i % 365),
  ]);
}

describe('fast path for large plain sheets', () => {
  it('detaches only the plain rows at the end and puts them back', async () => {
    const x = await XlsxWorkbook.create();
    const rows = mixedRows();
    rows[100] = ['formel', { formula: '=1+1' } as never, true, 'x', 1];
    await x.writeSheets([{ name: 'Stor', blocks: [{ at: 'A1', rows: rows as never }], formats: [{ range: 'A1:E1', style: { bold: true } }] }]);
    const ws = x.worksheet('Stor') as Worksheet;
    const before = ws.getCell('A2000').value;
    const d = detachPlainRows(ws)!;
    expect(d.first).toBe(102);
    expect(ws.findRow(102)).toBeUndefined();
    d.restore();
    expect(ws.getCell('A2000').value).toBe(before);
    expect(ws.rowCount).toBe(N);
    // A styled cell near the end leaves too few plain rows: ExcelJS writes the whole sheet.
    ws.getCell(`B${N - 10}`).font = { italic: true };
    expect(detachPlainRows(ws)).toBeNull();
  });

  it('writes the same values as ExcelJS would, strings shared and escaped, formats per column', async () => {
    const x = await XlsxWorkbook.create();
    const rows = mixedRows();
    await x.writeSheets([{ name: 'Annat', blocks: [{ at: 'A1', rows: [['delad text'], ['kod 3']] }] }]);
    await x.replaceTable(
      {
        name: 'IFO_Snabb',
        sheet: 'Snabb',
        visibility: 'hidden',
        columns: [
          { header: 'Text', kind: 'text' },
          { header: 'Belopp', kind: 'kronor' },
          { header: 'Flagga', kind: 'boolean' },
          { header: 'Blank', kind: 'text' },
          { header: 'Datum', kind: 'date' },
        ],
      },
      rows,
    );
    const bytes = await x.save();
    // The rows came through the fast path (ExcelJS writes spans and dyDescent on every row).
    const zip = await (await import('jszip')).default.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet3.xml')!.async('string');
    expect(sheetXml).toContain(`<row r="${N + 1}"><c r="A${N + 1}" s=`);
    const pkg = await checkPackage(bytes);
    expect(pkg.tables).toEqual([{ sheet: 'Snabb', name: 'IFO_Snabb', ref: `A1:E${N + 1}`, id: '1' }]);
    const expected = rows.map((r) => {
      const out = r.map((v) => (v === '' ? null : v));
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    });
    const read = await readSheetRows(bytes, { sheet: 'Snabb' });
    expect(read.rows.slice(1)).toEqual(expected);
    expect((await readSheetRows(bytes, { sheet: 'Annat' })).rows).toEqual([['delad text'], ['kod 3']]);
    const y = await XlsxWorkbook.load(bytes);
    expect((await y.readTable('IFO_Snabb'))!.rows).toEqual(rows.map((r) => r.map((v) => (v === '' ? null : v))));
    const ws = y.worksheet('Snabb')!;
    expect([ws.getCell('A500').numFmt, ws.getCell('B500').numFmt, ws.getCell('E500').numFmt]).toEqual(['@', '#,##0.00', 'yyyy-mm-dd']);
    // The in-memory workbook is whole again after the save.
    expect((await x.readTable('IFO_Snabb'))!.rows).toHaveLength(N);
  });
});
