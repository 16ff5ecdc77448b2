/**
 * The Office.js adapter on the Excel fake, beyond the shared contract: feature detection (ExcelApi 1.7 vs
 * newer), chunking and sync counts, validation before any write, the 1.7 table paths, locked tables,
 * moved columns, adaptive reads.
 */
import { CancelledError, UserError } from '../core/errors';
import { SETTINGS_TABLE } from '../core/model/tables';
import type { CellValue, DataTableDef, SheetSpec } from '../core/port';
import { createExcelFake, type ExcelFake } from '../../test/fake';
import type { ExcelHost } from './batch';
import { ExcelWorkbook } from './workbook';

function setup(apiVersion = '1.7', web = true): { fake: ExcelFake; port: ExcelWorkbook } {
  const fake = createExcelFake({ apiVersion, web });
  return { fake, port: new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported) };
}

const TABLE: DataTableDef = {
  name: 'IFO_Test',
  sheet: 'IFO Test',
  visibility: 'hidden',
  columns: [
    { header: 'Ansvar', kind: 'text' },
    { header: 'Belopp', kind: 'kronor' },
    { header: 'Antal', kind: 'integer' },
  ],
};

function rows(n: number, from = 0): CellValue[][] {
  return Array.from({ length: n }, (_, i) => [String(1000 + from + i).padStart(6, '0'), (from + i) * 1.25, from + i]);
}

function report(name: string): SheetSpec {
  return {
    name,
    blocks: [
      { at: 'A1', rows: [['Rubrik']], style: { bold: true, indent: 1 } },
      { at: 'A3', rows: [['Ansvar', 'Belopp'], ['0610', 10], ['Summa', { formula: '=SUM(B4:B4)' }]] },
    ],
    tables: [{ name: `T_${name.replace(/\W/g, '')}`, range: 'A3:B4' }],
    charts: [
      { name: 'D', type: 'line', title: 'T', categories: 'A4:A4', series: [{ name: 'B', values: 'B4:B4' }], from: 'D2', to: 'H10', valueAxisFormat: '#,##0' },
    ],
    print: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, repeatRows: '1:3', centerFooter: 'Sida &P av &N' },
    gridlines: false,
  };
}

async function refusal(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('ExcelWorkbook: feature detection', () => {
  it('reports the highest ExcelApi version the host supports', async () => {
    expect(await setup('1.7').port.host()).toEqual({ kind: 'excel', apiVersion: '1.7' });
    expect(await setup('1.9').port.host()).toEqual({ kind: 'excel', apiVersion: '1.9' });
    expect(await setup('1.17').port.host()).toEqual({ kind: 'excel', apiVersion: '1.17' });
  });

  it('skips print set-up, gridlines, indent and axis formats on ExcelApi 1.7 without failing', async () => {
    const { fake, port } = setup('1.7');
    await port.writeSheets([report('Rapport')]);
    const s = fake.workbook.sheet('Rapport');
    expect(s.pageLayout.touched).toBe(false);
    expect(s.showGridlines).toBe(true);
    expect(s.charts[0].valueAxis.numberFormat).toBe('General');
    expect(fake.workbook.cellInfo('Rapport', 'A1').style.indentLevel).toBe(0);
    expect(fake.workbook.cellInfo('Rapport', 'A1').style.bold).toBe(true);
    expect(fake.workbook.values('Rapport', 'B5')).toEqual([[10]]);
  });

  it('uses them on ExcelApi 1.9', async () => {
    const { fake, port } = setup('1.9');
    await port.writeSheets([report('Rapport')]);
    const s = fake.workbook.sheet('Rapport');
    expect(s.pageLayout).toMatchObject({
      touched: true,
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$1:$3',
      headerFooter: { centerFooter: 'Sida &P av &N' },
    });
    expect(s.showGridlines).toBe(false);
    expect(s.charts[0].valueAxis.numberFormat).toBe('#,##0');
    expect(fake.workbook.cellInfo('Rapport', 'A1').style.indentLevel).toBe(1);
  });
});

describe('ExcelWorkbook: batching', () => {
  it('splits a large write into requests below 4 MB, syncs bounded by payload, not by rows', async () => {
    const { fake, port } = setup('1.7');
    const big: CellValue[][] = Array.from({ length: 60_000 }, (_, i) => [`konto ${i} ${'x'.repeat(40)}`, i * 0.5, i]);
    await port.replaceTable(TABLE, big);
    const writes = fake.stats.requestBytes;
    expect(Math.max(...writes)).toBeLessThan(4 * 1024 * 1024);
    const total = writes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(4 * 1024 * 1024);
    // state + table lookup + ceil(payload / 3.5 MB) writes + a few small ones.
    expect(fake.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / (3.5 * 1024 * 1024)) + 2);
    expect(fake.stats.calculationSuspensions).toBeGreaterThan(0);

    fake.resetStats();
    await port.replaceTable(TABLE, rows(100_000));
    // 100,000 small rows are ~3 MB: a handful of syncs, not one per row or per chunk of rows.
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
  });

  it('writes a large report block in row chunks, one 2D array per request', async () => {
    const { fake, port } = setup('1.7');
    const block: CellValue[][] = Array.from({ length: 80_000 }, (_, i) => [`rad ${i} ${'z'.repeat(50)}`, i]);
    await port.writeSheets([{ name: 'Stor', blocks: [{ at: 'B3', rows: block }] }]);
    const big = fake.stats.requestBytes.filter((b) => b > 1024 * 1024);
    expect(big.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(4 * 1024 * 1024);
    expect(fake.stats.syncs).toBeLessThanOrEqual(big.length + 2);
    expect(fake.workbook.values('Stor', 'B80002:C80002')).toEqual([[block[79_999][0], 79_999]]);
  });

  it('grows a table on ExcelApi 1.7 with rows.add in chunks, keeping requests below 5 MB', async () => {
    const { fake, port } = setup('1.7');
    await port.replaceTable(TABLE, rows(2));
    fake.resetStats();
    const many = rows(200_000);
    await port.replaceTable(TABLE, many);
    expect(fake.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBeLessThanOrEqual(20);
    const back = await port.readTable(TABLE.name);
    expect(back!.rows.length).toBe(200_000);
    expect(back!.rows[199_999]).toEqual(many[199_999]);
    expect(fake.workbook.cellInfo('IFO Test', 'B200001').style.numberFormat).toBe('#,##0.00');
  }, 60_000);

  it('reports progress and stops between requests when cancelled', async () => {
    const { fake, port } = setup('1.7');
    const seen: number[] = [];
    const signal = { aborted: false };
    const big = rows(150_000).map((r) => [...r.slice(0, 1), 'y'.repeat(30), ...r.slice(1)]);
    const def: DataTableDef = { ...TABLE, columns: [TABLE.columns[0], { header: 'Text', kind: 'text' }, TABLE.columns[1], TABLE.columns[2]] };
    await expect(
      port.replaceTable(def, big, {
        signal,
        onProgress: (p) => {
          seen.push(p.done);
          expect(p.total).toBeGreaterThanOrEqual(150_000 * 4);
          signal.aborted = true;
        },
      }),
    ).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toHaveLength(1);
    expect(fake.workbook.findSheet('IFO Test')).toBeDefined();
  });

  it('reads back a table whose rows exceed the 5 MB response limit by halving the chunk', async () => {
    const { fake, port } = setup('1.7');
    const def: DataTableDef = { ...TABLE, columns: [{ header: 'A', kind: 'text' }, { header: 'B', kind: 'text' }] };
    const long: CellValue[][] = Array.from({ length: 300 }, (_, i) => [`${i}`.padEnd(20_000, 'a'), `${i}`.padEnd(20_000, 'b')]);
    await port.replaceTable(def, long);
    fake.resetStats();
    const back = await port.readTable(def.name);
    expect(back!.rows).toEqual(long);
    // The first read was refused as too large, the halves went through.
    expect(fake.stats.responseBytes.filter((b) => b > 5 * 1024 * 1024).length).toBeGreaterThan(0);
    expect(fake.stats.responseBytes.filter((b) => b <= 5 * 1024 * 1024).length).toBeGreaterThan(2);
  });
});

describe('ExcelWorkbook: validation before writing', () => {
  const cases: [string, (port: ExcelWorkbook) => Promise<unknown>, string][] = [
    ['an invalid sheet name in the second spec', (p) => p.writeSheets([report('Ok'), { name: 'Fel/namn', blocks: [] }]), 'port.sheetName.forbiddenChar'],
    ['the reserved name History', (p) => p.writeSheets([{ name: 'history', blocks: [] }]), 'port.sheetName.reserved'],
    ['the same sheet twice in one call', (p) => p.writeSheets([report('Ny'), { name: 'NY', blocks: [] }]), 'port.sheetName.duplicate'],
    ['a table name used on another sheet', (p) => p.writeSheets([{ ...report('Annan'), tables: [{ name: 'IFO_Test', range: 'A3:B4' }] }]), 'port.tableName.taken'],
    ['an invalid table name', (p) => p.writeSheets([{ ...report('Ny'), tables: [{ name: 'A1', range: 'A3:B4' }] }]), 'port.tableName.invalid'],
    ['an R1C1-style table name', (p) => p.writeSheets([{ ...report('Ny'), tables: [{ name: 'R1C1', range: 'A3:B4' }] }]), 'port.tableName.invalid'],
    ['a cell text above 32,767 characters', (p) => p.writeSheets([{ name: 'Ny', blocks: [{ at: 'C3', rows: [['ok', 'x'.repeat(32_768)]] }] }]), 'port.limit.cellText'],
    ['rows beyond 1,048,576', (p) => p.writeSheets([{ name: 'Ny', blocks: [{ at: 'A1048576', rows: [[1], [2]] }] }]), 'port.limit.rows'],
    ['columns beyond 16,384', (p) => p.writeSheets([{ name: 'Ny', blocks: [{ at: 'XFD1', rows: [[1, 2]] }] }]), 'port.limit.columns'],
    ['a colour that is not #RRGGBB', (p) => p.writeSheets([{ name: 'Ny', blocks: [], tabColor: 'blå' }]), 'port.color.invalid'],
    ['hiding the last visible sheet', (p) => p.writeSheets([{ name: 'Blad1', blocks: [], visibility: 'hidden' }]), 'port.sheet.lastVisible'],
    ['a NaN', (p) => p.writeSheets([{ name: 'Ny', blocks: [{ at: 'A1', rows: [[NaN]] }] }]), 'port.value.invalid'],
    ['a table row wider than the table', (p) => p.replaceTable(TABLE, [['a', 1, 2, 3]]), 'port.table.rowTooWide'],
    ['a text above 32,767 characters for a table', (p) => p.appendTableRows(TABLE, [['x'.repeat(40_000), 1, 1]]), 'port.limit.cellText'],
    ['a formula object in a table row', (p) => p.appendTableRows(TABLE, [[{ formula: '=1' } as unknown as CellValue, 1, 1]]), 'port.value.invalid'],
    ['an update beyond the last row', (p) => p.updateTableRows(TABLE, [{ index: 2, values: ['a', 1, 1] }]), 'port.table.rowOutOfRange'],
    ['an update of a missing table', (p) => p.updateTableRows({ ...TABLE, name: 'IFO_Saknas' }, [{ index: 0, values: ['a', 1, 1] }]), 'port.table.missing'],
    ['deleting a missing sheet', (p) => p.deleteSheet('Finns inte'), 'port.sheet.missing'],
    ['activating a hidden sheet', (p) => p.activateSheet('IFO Test'), 'port.sheet.hidden'],
    ['a setting too large for a cell', (p) => p.setSettings({ stor: 'x'.repeat(33_000) }), 'port.setting.tooLarge'],
  ];

  it.each(cases)('refuses %s and leaves the workbook as it was', async (_what, act, key) => {
    const { fake, port } = setup('1.14');
    await port.replaceTable(TABLE, rows(2));
    const before = JSON.stringify(fake.workbook.snapshot());
    fake.resetStats();
    const e = await refusal(act(port));
    expect(e.key).toBe(key);
    expect(e.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(fake.workbook.snapshot())).toBe(before);
    // Nothing but reads was sent.
    expect(fake.stats.calculationSuspensions).toBe(0);
  });

  it('names sheet, row, column and value in the issues', async () => {
    const { port } = setup();
    const e = await refusal(port.writeSheets([{ name: 'Ny', blocks: [{ at: 'B2', rows: [['ok'], ['x'.repeat(32_768)]] }] }]));
    expect(e.issues[0]).toMatchObject({ sheet: 'Ny', row: 3, column: 'B' });
    expect(e.issues[0].message).toMatch(/rad 3, kolumn B/);
  });
});

describe('ExcelWorkbook: sheets', () => {
  it('replaces the only visible sheet in place and keeps it active', async () => {
    const { fake, port } = setup();
    await port.writeSheets([{ name: 'Blad1', blocks: [{ at: 'A1', rows: [['före']] }] }, { name: 'Efter', blocks: [] }]);
    const oldId = fake.workbook.sheet('Blad1').id;
    await port.writeSheets([{ name: 'blad1', blocks: [{ at: 'B2', rows: [['ny']] }] }]);
    expect(fake.workbook.sheetNames()).toEqual(['blad1', 'Efter']);
    expect(fake.workbook.sheet('blad1').id).not.toBe(oldId);
    expect(fake.workbook.values('blad1', 'A1:B2')).toEqual([[null, null], [null, 'ny']]);
    expect(fake.workbook.active.name).toBe('blad1');
  });

  it('writes every string as text, formulas only from { formula }', async () => {
    const { fake, port } = setup();
    const tricky = ['=1+1', '+46 70', '-minskat', '@konto', '0610', 'TRUE', '2026-03', "'citat"];
    await port.writeSheets([{ name: 'T', blocks: [{ at: 'A1', rows: [...tricky.map((s) => [s]), [{ formula: '=1+1' }]] }] }]);
    expect(fake.workbook.values('T', `A1:A${tricky.length + 1}`).map((r) => r[0])).toEqual([...tricky, 2]);
    const r = await port.readRange('T', 'A1:A9', { formulas: true });
    expect(r.formulas!.map((f) => f[0])).toEqual(['', '', '', '', '', '', '', '', '=1+1']);
  });

  it('keeps each block of a report, ragged rows leaving cells empty', async () => {
    const { fake, port } = setup();
    await port.writeSheets([{ name: 'R', blocks: [{ at: 'B2', rows: [[1, 2, 3], [4], []] }] }]);
    expect(fake.workbook.values('R', 'B2:D4')).toEqual([[1, 2, 3], [4, null, null], [null, null, null]]);
  });

  it('tells the selection and refuses reads of missing sheets', async () => {
    const { port } = setup();
    expect(await port.getSelection()).toEqual({ sheet: 'Blad1', address: 'A1' });
    expect((await refusal(port.readRange('Finns inte'))).key).toBe('port.sheet.missing');
    expect((await refusal(port.readRange('Blad1', 'inte en adress'))).key).toBe('port.address.invalid');
    expect(await port.readRange('Blad1')).toEqual({ address: null, values: [] });
  });
});

describe('ExcelWorkbook: the add-in tables', () => {
  it.each(['1.7', '1.14'])('replaces, grows, shrinks and empties a table on ExcelApi %s', async (v) => {
    const { fake, port } = setup(v);
    await port.replaceTable(TABLE, rows(5));
    await port.replaceTable(TABLE, rows(8, 100));
    expect((await port.readTable(TABLE.name))!.rows).toEqual(rows(8, 100));
    await port.replaceTable(TABLE, rows(3, 200));
    expect((await port.readTable(TABLE.name))!.rows).toEqual(rows(3, 200));
    expect(fake.workbook.tableInfo(TABLE.name)).toMatchObject({ address: 'A1:C4', bodyRows: 3 });
    expect(fake.workbook.values('IFO Test', 'A5:C9').flat().every((x) => x === null)).toBe(true);
    await port.replaceTable(TABLE, []);
    expect(fake.workbook.tableInfo(TABLE.name)).toMatchObject({ address: 'A1:C2', bodyRows: 1 });
    expect((await port.readTable(TABLE.name))!.rows).toEqual([]);
    await port.appendTableRows(TABLE, rows(2, 300));
    expect((await port.readTable(TABLE.name))!.rows).toEqual(rows(2, 300));
    expect(fake.workbook.sheet('IFO Test').visibility).toBe('Hidden');
  });

  it.each(['1.7', '1.14'])('adds and removes columns to match the definition on ExcelApi %s, keeping the table object', async (v) => {
    const { fake, port } = setup(v);
    const narrow: DataTableDef = { ...TABLE, columns: TABLE.columns.slice(0, 2) };
    await port.replaceTable(narrow, [['a', 1]]);
    const id = fake.workbook.findTable(TABLE.name)!.id;
    await port.replaceTable(TABLE, [['b', 2, 3]]);
    expect(await port.readTable(TABLE.name)).toMatchObject({ headers: ['Ansvar', 'Belopp', 'Antal'], rows: [['b', 2, 3]] });
    await port.replaceTable(narrow, [['c', 4]]);
    expect(await port.readTable(TABLE.name)).toMatchObject({ headers: ['Ansvar', 'Belopp'], rows: [['c', 4]] });
    expect(fake.workbook.findTable(TABLE.name)!.id).toBe(id);
  });

  it('writes table text as text and formats each column by its kind', async () => {
    const { fake, port } = setup();
    await port.replaceTable(TABLE, [['=SUMMA', 1234.5, 7], ['0610', -0.01, 0]]);
    expect(fake.workbook.values('IFO Test', 'A2:C3')).toEqual([['=SUMMA', 1234.5, 7], ['0610', -0.01, 0]]);
    expect(fake.workbook.cellInfo('IFO Test', 'A2').style.numberFormat).toBe('@');
    expect(fake.workbook.cellInfo('IFO Test', 'B3').style.numberFormat).toBe('#,##0.00');
    expect(fake.workbook.cellInfo('IFO Test', 'C3').style.numberFormat).toBe('0');
  });

  it('appends and updates by header when the user moved the columns of an editable table', async () => {
    const { fake, port } = setup();
    const def: DataTableDef = { ...TABLE, visibility: 'visible' };
    await port.replaceTable(def, [['a', 1, 1]]);
    // The user swaps the columns Ansvar and Antal, headers and values.
    const s = fake.workbook.sheet('IFO Test');
    const [a1, c1, a2, c2] = [s.cell(0, 0)!, s.cell(0, 2)!, s.cell(1, 0)!, s.cell(1, 2)!];
    s.rows[0][0] = c1;
    s.rows[0][2] = a1;
    s.rows[1][0] = c2;
    s.rows[1][2] = a2;
    await port.appendTableRows(def, [['b', 2, 2]]);
    await port.updateTableRows(def, [{ index: 0, values: ['a2', 10, 11] }]);
    expect(fake.workbook.values('IFO Test', 'A1:C3')).toEqual([
      ['Antal', 'Belopp', 'Ansvar'],
      [11, 10, 'a2'],
      [2, 2, 'b'],
    ]);
  });

  it('writes to a locked table sheet and locks it again', async () => {
    const { fake, port } = setup();
    const def: DataTableDef = { ...TABLE, locked: true };
    await port.replaceTable(def, rows(2));
    expect(fake.workbook.sheet('IFO Test').protection.protected).toBe(true);
    await port.appendTableRows(def, rows(1, 50));
    await port.updateTableRows(def, [{ index: 0, values: ['x', 1, 1] }]);
    await port.replaceTable(def, rows(1, 60));
    expect((await port.readTable(def.name))!.rows).toEqual(rows(1, 60));
    expect(fake.workbook.sheet('IFO Test').protection.protected).toBe(true);
  });

  it('updates consecutive rows with one range write each', async () => {
    const { fake, port } = setup();
    await port.replaceTable(TABLE, rows(10));
    fake.resetStats();
    await port.updateTableRows(TABLE, [
      { index: 3, values: ['d', 3, 3] },
      { index: 1, values: ['b', 1, 1] },
      { index: 2, values: ['c', 2, 2] },
      { index: 8, values: ['i', 8, 8] },
    ]);
    expect(fake.stats.syncs).toBe(3); // table state (2 syncs) + 1 write
    expect((await port.readTable(TABLE.name))!.rows.slice(0, 4)).toEqual([rows(1)[0], ['b', 1, 1], ['c', 2, 2], ['d', 3, 3]]);
  });

  it('keeps settings in a very hidden table', async () => {
    const { fake, port } = setup();
    await port.setSettings({ a: 1, b: { c: [true, null] } });
    await port.setSettings({ a: null, d: 'text' });
    expect(await port.getSettings()).toEqual({ b: { c: [true, null] }, d: 'text' });
    expect(fake.workbook.sheet(SETTINGS_TABLE.sheet).visibility).toBe('VeryHidden');
    expect(await port.listTables()).toEqual([{ name: SETTINGS_TABLE.name, sheet: SETTINGS_TABLE.sheet }]);
  });
});
