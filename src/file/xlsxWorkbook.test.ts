/** The xlsx adapter beyond the port contract: what lands in the file, round trips, ExcelJS's gaps. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dateToExcelSerial } from '../core/dates';
import { CancelledError, UserError } from '../core/errors';
import type { CellValue, DataTableDef, SheetSpec } from '../core/port';
import { CHART_STORE_SHEET } from './chartStore';
import { internals } from './internals';
import { readText } from './package';
import { checkPackage } from './packageCheck.test-util';
import { readSheetRows } from './readSheetRows';
import { XlsxWorkbook, type WorkbookChange } from './xlsxWorkbook';

function report(name: string, extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    blocks: [
      { at: 'A1', rows: [['Budget och utfall']], style: { bold: true, fontSize: 14 } },
      {
        at: 'A3',
        rows: [
          ['Ansvar', 'Budget', 'Utfall', 'Avvikelse'],
          ['0610', 1000, 800, { formula: '=B4-C4' }],
          ['0620', 500.5, 700.25, { formula: '=B5-C5' }],
          ['0630', 300, 200, { formula: '=B6-C6' }],
        ],
        columnFormats: [undefined, '#,##0.00', '#,##0.00', '#,##0.00;[Red]-#,##0.00'],
      },
    ],
    formats: [{ range: 'A3:D3', style: { bold: true, fill: '#DDEBF7', border: 'bottom' } }],
    columns: [{ index: 0, width: 12 }, { index: 3, width: 18, hidden: false }],
    rowHeights: [{ index: 0, height: 24 }],
    freeze: { rows: 3, columns: 1 },
    tables: [{ name: `T_${name.replace(/\W/g, '_')}`, range: 'A3:D6', style: 'TableStyleLight9' }],
    conditionalFormats: [
      { type: 'cellValue', range: 'D4:D6', operator: 'between', formula1: '-100', formula2: '=$B$4', style: { fontColor: '#C00000' } },
      { type: 'expression', range: 'A4:D6', formula: '=ABS($D4)>=100', style: { fill: '#FFF2CC', bold: true } },
    ],
    protection: { editableRanges: ['C4:C6'] },
    charts: [
      {
        name: 'Stapel',
        type: 'columnClustered',
        title: 'Budget och utfall',
        categories: 'A4:A6',
        series: [
          { name: 'Budget', values: 'B4:B6' },
          { name: 'Utfall', values: 'C4:C6' },
        ],
        from: 'F2',
        to: 'M16',
        valueAxisFormat: '#,##0',
      },
      { name: 'Linje', type: 'line', title: 'Avvikelse', categories: 'A4:A6', series: [{ name: 'Avvikelse', values: 'D4:D6' }], from: 'F18', to: 'M30', legend: 'none' },
    ],
    print: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, repeatRows: '1:3', centerFooter: 'Sida &P av &N', area: 'A1:M30' },
    merges: ['A1:D1'],
    tabColor: '#1F4E79',
    gridlines: false,
    ...extra,
  };
}

const KINDS: DataTableDef = {
  name: 'IFO_Typer',
  sheet: 'IFO Typer',
  visibility: 'visible',
  columns: [
    { header: 'Text', kind: 'text' },
    { header: 'Heltal', kind: 'integer' },
    { header: 'Tal', kind: 'number' },
    { header: 'Kronor', kind: 'kronor', width: 20 },
    { header: 'Andel', kind: 'percent' },
    { header: 'Datum', kind: 'date' },
    { header: 'Tid', kind: 'datetime' },
    { header: 'Ja/nej', kind: 'boolean' },
  ],
};

async function reopen(x: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await x.save(), 'test.xlsx');
}

/** A snapshot of what a sheet holds beyond values, from the ExcelJS model and the registries. */
function look(x: XlsxWorkbook, sheet: string) {
  const ws = x.worksheet(sheet)!;
  const inner = internals(ws);
  return {
    state: ws.state,
    views: ws.views.map((v) => {
      const o = v as unknown as Record<string, unknown>;
      return { state: o.state, xSplit: o.xSplit, ySplit: o.ySplit, showGridLines: o.showGridLines };
    }),
    widths: [1, 2, 3, 4].map((c) => ws.getColumn(c).width),
    height: ws.getRow(1).height,
    fmtB4: ws.getCell('B4').numFmt,
    fmtD4: ws.getCell('D4').numFmt,
    boldA3: ws.getCell('A3').font?.bold,
    fillA3: ws.getCell('A3').fill,
    lockedC4: ws.getCell('C4').protection?.locked,
    lockedB4: ws.getCell('B4').protection?.locked,
    merges: Object.values(inner._merges).map((m) => m.range),
    cf: inner.conditionalFormattings.map((c) => ({ ref: c.ref, types: c.rules.map((r) => r.type) })),
    protected: inner.sheetProtection?.sheet,
    page: {
      paperSize: ws.pageSetup.paperSize,
      orientation: ws.pageSetup.orientation,
      fitToPage: ws.pageSetup.fitToPage,
      fitToWidth: ws.pageSetup.fitToWidth,
      printTitlesRow: ws.pageSetup.printTitlesRow,
      printArea: ws.pageSetup.printArea,
    },
    footer: ws.headerFooter?.oddFooter,
    tab: ws.properties.tabColor,
    tables: x.tablesOn(sheet),
    charts: x.chartsOn(sheet),
  };
}

describe('XlsxWorkbook: the file it writes', () => {
  it('writes tables, drawings and charts into a package Excel accepts', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport'), report("Kim's rapport", { tables: [{ name: 'T_Kim', range: 'A3:D6' }] })]);
    const bytes = await x.save();
    const pkg = await checkPackage(bytes);
    expect(pkg.tables.map((t) => [t.sheet, t.name, t.ref])).toEqual([
      ['Rapport', 'T_Rapport', 'A3:D6'],
      ["Kim's rapport", 'T_Kim', 'A3:D6'],
    ]);
    expect(pkg.charts).toHaveLength(4);
    const bar = pkg.charts.find((c) => c.sheet === 'Rapport' && c.xml.includes('<c:barChart>'))!;
    expect(bar.xml).toContain("<c:f>'Rapport'!$B$4:$B$6</c:f>");
    expect(bar.xml).toContain('<c:v>Budget</c:v>');
    expect(pkg.charts.find((c) => c.sheet === "Kim's rapport")!.xml).toContain("'Kim''s rapport'!$A$4:$A$6");
    const zip = await JSZip.loadAsync(bytes);
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    // Formulas are written without results and computed on opening.
    expect(wbXml).toContain('fullCalcOnLoad="1"');
    // Print set-up names with the sheet name properly quoted and the print area absolute.
    expect(wbXml).toContain("&apos;Kim&apos;&apos;s rapport&apos;!$1:$3");
    expect(wbXml).toContain('&apos;Rapport&apos;!$A$1:$M$30');
    // The chart specs ride along in a very hidden sheet, which the port never lists.
    expect(wbXml).toMatch(new RegExp(`name="${CHART_STORE_SHEET}" state="veryHidden"`));
    expect((await x.listSheets()).map((s) => s.name)).toEqual(['Blad1', 'Rapport', "Kim's rapport"]);
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(sheet2).toMatch(/<f>B4-C4<\/f><\/c>/);
    expect(sheet2).toMatch(/<sheetProtection sheet="1"[^>]*\/>/);
    expect(sheet2).toMatch(/<drawing r:id="[^"]+"\/><tableParts count="1">/);
  });

  it('keeps everything through save → load → save → load', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport')]);
    const before = look(x, 'Rapport');
    const once = await reopen(x);
    const twice = await reopen(once);
    for (const y of [once, twice]) {
      const after = look(y, 'Rapport');
      expect(after).toEqual(before);
      expect((await y.readRange('Rapport', 'A3:D6', { formulas: true })).formulas).toEqual((await x.readRange('Rapport', 'A3:D6', { formulas: true })).formulas);
      expect(await y.listSheets()).toEqual(await x.listSheets());
    }
    await checkPackage(await twice.save());
    expect(before.charts.map((c) => c.name)).toEqual(['Stapel', 'Linje']);
  });

  it('keeps add-in tables consistent through replace, append, update and reload cycles', async () => {
    const def: DataTableDef = {
      name: 'IFO_Cykel',
      sheet: 'IFO Cykel',
      visibility: 'hidden',
      columns: [
        { header: 'Ansvar', kind: 'text' },
        { header: 'Belopp', kind: 'kronor' },
      ],
    };
    let x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport')]);
    const expected: CellValue[][] = [];
    for (let round = 0; round < 4; round++) {
      if (round === 0) await x.replaceTable(def, []);
      const add: CellValue[][] = [[`06${round}0`, round * 10.5]];
      await x.appendTableRows(def, add);
      expected.push(...add);
      if (round === 2) {
        await x.updateTableRows(def, [{ index: 0, values: ['0600', -1] }]);
        expected[0] = ['0600', -1];
      }
      const bytes = await x.save();
      const pkg = await checkPackage(bytes);
      expect(pkg.tables.find((t) => t.name === 'IFO_Cykel')!.ref).toBe(`A1:B${expected.length + 1}`);
      x = await XlsxWorkbook.load(bytes);
      expect((await x.readTable('IFO_Cykel'))!.rows).toEqual(expected);
      expect((await x.readTable('T_Rapport'))!.rows).toHaveLength(3);
    }
    await x.replaceTable(def, [['0999', 1]]);
    const pkg = await checkPackage(await x.save());
    expect(pkg.tables.map((t) => t.name).sort()).toEqual(['IFO_Cykel', 'T_Rapport']);
  });

  it('formats data table columns per kind, with an empty table as header and one blank row', async () => {
    const x = await XlsxWorkbook.create();
    await x.replaceTable(KINDS, []);
    expect(x.tablesOn('IFO Typer')).toEqual([{ name: 'IFO_Typer', range: 'A1:H2' }]);
    expect((await x.readTable('IFO_Typer'))!.rows).toEqual([]);
    const date = dateToExcelSerial('2025-03-01');
    const row: CellValue[] = ['=text', 42, 3.25, 1234.56, 0.125, date, date + 0.5, true];
    await x.appendTableRows(KINDS, [row]);
    expect(x.tablesOn('IFO Typer')).toEqual([{ name: 'IFO_Typer', range: 'A1:H2' }]);
    const y = await reopen(x);
    expect((await y.readTable('IFO_Typer'))!.rows).toEqual([row]);
    const ws = y.worksheet('IFO Typer')!;
    expect(['A2', 'B2', 'C2', 'D2', 'E2', 'F2', 'G2', 'H2'].map((a) => ws.getCell(a).numFmt ?? 'General')).toEqual([
      '@',
      '0',
      'General',
      '#,##0.00',
      '0.0%',
      'yyyy-mm-dd',
      'yyyy-mm-dd hh:mm',
      'General',
    ]);
    expect(ws.getColumn(4).width).toBe(20);
    expect(ws.getColumn(1).width).toBe(14);
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });

  it('locks data sheets marked locked, with no password', async () => {
    const x = await XlsxWorkbook.create();
    await x.replaceTable({ ...KINDS, locked: true, visibility: 'hidden' }, [['a', 1, 1, 1, 1, 1, 1, false]]);
    const zip = await JSZip.loadAsync(await x.save());
    const xml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(xml).not.toMatch(/hashValue|password/);
  });

  it('writes every string as text through the file, control characters and _xHHHH_ lookalikes included', async () => {
    const texts = ['\rretur', 'a\u0001b\u001Fc', 'tab\there', 'rad\nbrytning', '_x0041_ bokstavligt', 'kod _x000d_ liten', '=1+1', '  blanksteg  ', 'DEL\u007F'];
    const x = await XlsxWorkbook.create();
    await x.writeSheets([{ name: 'Text', blocks: [{ at: 'A1', rows: texts.map((t) => [t]) }] }]);
    // The in-memory model is untouched by the save.
    const bytes = await x.save();
    expect((await x.readRange('Text')).values.map((r) => r[0])).toEqual(texts);
    const y = await XlsxWorkbook.load(bytes);
    expect((await y.readRange('Text')).values.map((r) => r[0])).toEqual(texts);
    expect((await readSheetRows(bytes, { sheet: 'Text' })).rows.map((r) => r[0])).toEqual(texts);
    await checkPackage(bytes);
  });
});

describe('XlsxWorkbook: reading files others wrote', () => {
  it('reads dates as serials, rich text as plain text, errors as text and formulas as their cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Extern');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 2, 1));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('B1').value = { richText: [{ text: 'Fet', font: { bold: true } }, { text: ' text' }] };
    ws.getCell('C1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = { formula: 'SUM(1,2)', result: 3 };
    ws.getCell('E1').value = { formula: 'A1', result: new Date(Date.UTC(2025, 2, 2)) };
    ws.getCell('F1').value = { text: 'länk', hyperlink: 'https://example.org' };
    ws.getCell('G1').value = { formula: 'NA()', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getCell('H1').value = { formula: 'Z1' };
    ws.getCell('A2').value = 46362;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const x = await XlsxWorkbook.load(bytes, 'extern.xlsx');
    const r = await x.readRange('Extern', 'A1:H2', { formulas: true });
    const d = dateToExcelSerial('2025-03-01');
    expect(r.values).toEqual([
      [d, 'Fet text', '#N/A', 3, d + 1, 'länk', '#N/A', null],
      [46362, null, null, null, null, null, null, null],
    ]);
    expect(r.formulas![0]).toEqual(['', '', '', '=SUM(1,2)', '=A1', '', '=NA()', '=Z1']);
    expect((await readSheetRows(bytes)).rows).toEqual([
      [d, 'Fet text', '#N/A', 3, d + 1, 'länk', '#N/A'],
      [46362],
    ]);
  });

  it("takes over tables Excel wrote (no headerRowCount, dxf styles) and writes them back valid", async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport', { charts: [] })]);
    const zip = await JSZip.loadAsync(await x.save());
    const path = Object.keys(zip.files).find((p) => /^xl\/tables\/table\d+\.xml$/.test(p))!;
    let txml = await zip.file(path)!.async('string');
    txml = txml.replace('<tableColumn id="2" name="Budget"/>', '<tableColumn id="2" name="Budget" dataDxfId="7"/>').replace(' totalsRowShown="0"', ' headerRowDxfId="3" totalsRowShown="0"');
    expect(txml).not.toContain('headerRowCount');
    zip.file(path, txml);
    const edited = await zip.generateAsync({ type: 'uint8array' });

    // Plain ExcelJS loses the header row of such a table and writes headerRowCount="0" (a broken table).
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(edited as unknown as ExcelJS.Buffer);
    const plainTable = plain.getWorksheet('Rapport')!.getTables()[0] as unknown as { table: { headerRow: boolean } };
    expect(plainTable.table.headerRow).toBe(false);

    const y = await XlsxWorkbook.load(edited, 'excel.xlsx');
    const t = await y.readTable('t_rapport');
    expect(t!.headers).toEqual(['Ansvar', 'Budget', 'Utfall', 'Avvikelse']);
    expect(t!.rows).toHaveLength(3);
    const pkg = await checkPackage(await y.save());
    const saved = await JSZip.loadAsync(await y.save());
    const out = await saved.file(path)!.async('string');
    expect(out).not.toMatch(/DxfId|headerRowCount="0"/);
    expect(pkg.tables).toEqual([{ sheet: 'Rapport', name: 'T_Rapport', ref: 'A3:D6', id: '1' }]);
  });

  it('grows a table it loaded and moves a totals row down when rows are appended', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([
      {
        name: 'Register',
        blocks: [{ at: 'B2', rows: [['Belopp', 'Ansvar'], [10, '0610'], ['Summa', { formula: '=SUBTOTAL(109,[Belopp])' }]] }],
        tables: [{ name: 'IFO_Reg', range: 'B2:C4', showTotals: true }],
      },
    ]);
    const y = await reopen(x);
    // The definition lists the columns in another order than the sheet: values follow the headers.
    const def: DataTableDef = {
      name: 'IFO_Reg',
      sheet: 'Register',
      visibility: 'visible',
      columns: [
        { header: 'Ansvar', kind: 'text' },
        { header: 'Belopp', kind: 'kronor' },
      ],
    };
    await y.appendTableRows(def, [['0620', 20], ['0630', 30]]);
    expect(y.tablesOn('Register')).toEqual([{ name: 'IFO_Reg', range: 'B2:C6' }]);
    expect((await y.readRange('Register', 'B3:C6', { formulas: true })).values).toEqual([
      [10, '0610'],
      [20, '0620'],
      [30, '0630'],
      ['Summa', null],
    ]);
    expect((await y.readRange('Register', 'C6', { formulas: true })).formulas).toEqual([['=SUBTOTAL(109,[Belopp])']]);
    expect((await y.readTable('IFO_Reg'))!.rows).toEqual([
      [10, '0610'],
      [20, '0620'],
      [30, '0630'],
    ]);
    const pkg = await checkPackage(await y.save());
    expect(pkg.tables[0].ref).toBe('B2:C6');
  });

  it('keeps charts through a reload only while they are still in the file', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport')]);
    const bytes = await x.save();
    expect((await XlsxWorkbook.load(bytes)).chartsOn('Rapport').map((c) => c.name)).toEqual(['Stapel', 'Linje']);

    // The user deleted the charts in Excel: the drawing is gone, the stored specs must not bring them back.
    const zip = await JSZip.loadAsync(bytes);
    const sheetPath = 'xl/worksheets/sheet2.xml';
    zip.file(sheetPath, (await zip.file(sheetPath)!.async('string')).replace(/<drawing r:id="[^"]+"\/>/, ''));
    const relsPath = 'xl/worksheets/_rels/sheet2.xml.rels';
    zip.file(relsPath, (await zip.file(relsPath)!.async('string')).replace(/<Relationship[^>]*\/drawing"[^>]*\/>/, ''));
    const y = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    expect(y.chartsOn('Rapport')).toEqual([]);
    const pkg = await checkPackage(await y.save());
    expect(pkg.charts).toEqual([]);
  });

  it('keeps charts it did not write (made in Excel) with all their parts through load → save cycles', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport')]);
    const zip = await JSZip.loadAsync(await x.save());
    // Make the bar chart "foreign": another name than any stored spec, and Excel 2013's style and colour parts.
    const drawing = 'xl/drawings/drawing1.xml';
    zip.file(drawing, (await zip.file(drawing)!.async('string')).replace('name="Stapel"', 'name="Diagram 1"'));
    const chartRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    const barPath = 'xl/charts/' + /Id="rIdIfoChart1"[^>]*Target="\.\.\/charts\/([^"]+)"/.exec(chartRels)![1];
    const barXml = await zip.file(barPath)!.async('string');
    zip.file('xl/charts/style1.xml', '<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>');
    zip.file('xl/charts/colors1.xml', '<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>');
    zip.file(
      barPath.replace('charts/', 'charts/_rels/') + '.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/chartColorStyle" Target="colors1.xml"/>' +
        '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>',
    );
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      ct.replace(
        '</Types>',
        '<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/>' +
          '<Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/></Types>',
      ),
    );
    let bytes = await zip.generateAsync({ type: 'uint8array' });
    for (let cycle = 0; cycle < 2; cycle++) {
      const y = await XlsxWorkbook.load(bytes);
      expect(y.keptChartsOn('Rapport')).toEqual(['Diagram 1']);
      expect(y.chartsOn('Rapport').map((c) => c.name)).toEqual(['Linje']);
      bytes = await y.save();
      const pkg = await checkPackage(bytes);
      expect(pkg.charts).toHaveLength(2);
      const saved = await JSZip.loadAsync(bytes);
      const kept = pkg.charts.find((c) => c.xml === barXml)!;
      expect(kept).toBeDefined();
      const keptRels = await readText(saved, kept.part.replace('charts/', 'charts/_rels/') + '.rels');
      const targets = [...keptRels!.matchAll(/Target="([^"]+)"/g)].map((m) => m[1]);
      expect(targets).toHaveLength(2);
      for (const t of targets) expect(saved.file('xl/charts/' + t)).not.toBeNull();
      const savedCt = await saved.file('[Content_Types].xml')!.async('string');
      expect(savedCt).toContain('application/vnd.ms-office.chartstyle+xml');
      expect((await saved.file(pkg.parts.find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!)!.async('string')).match(/<xdr:cNvPr /g)).toHaveLength(2);
    }
    // Replacing the sheet replaces its charts, kept ones included.
    const z = await XlsxWorkbook.load(bytes);
    await z.writeSheets([{ name: 'Rapport', blocks: [] }]);
    expect(z.keptChartsOn('Rapport')).toEqual([]);
    expect((await checkPackage(await z.save())).charts).toEqual([]);
  });

  it('adds charts to a sheet that already has a drawing (an image)', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport', { tables: [] })]);
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const id = x.workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    x.worksheet('Rapport')!.addImage(id, 'O2:P4');
    const bytes = await x.save();
    const pkg = await checkPackage(bytes);
    expect(pkg.charts).toHaveLength(2);
    const zip = await JSZip.loadAsync(bytes);
    const drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(1);
    const dxml = await zip.file(drawings[0])!.async('string');
    expect(dxml).toContain('<xdr:pic>');
    expect((dxml.match(/<c:chart /g) ?? []).length).toBe(2);
  });

  it('refuses bytes that are not an xlsx and reports files it cannot read', async () => {
    const text = new TextEncoder().encode('Period;Ansvar;Belopp\n2025-01;0610;12,50\n');
    await expect(XlsxWorkbook.load(text, 'huvudbok.csv')).rejects.toMatchObject({ key: 'port.file.notXlsx', params: { file: 'huvudbok.csv' } });
    await expect(XlsxWorkbook.load(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'trasig.xlsx')).rejects.toMatchObject({ key: 'port.file.notXlsx' });
    const other = new JSZip();
    other.file('word/document.xml', '<w:document/>');
    await expect(XlsxWorkbook.load(await other.generateAsync({ type: 'uint8array' }), 'brev.docx')).rejects.toMatchObject({ key: 'port.file.notXlsx' });

    const x = await XlsxWorkbook.create();
    const zip = await JSZip.loadAsync(await x.save());
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    const err = await XlsxWorkbook.load(broken, 'skadad.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).key).toBe('port.file.unreadable');
    expect((err as UserError).message).toContain('skadad.xlsx');
  });
});

describe('XlsxWorkbook: writes are all or nothing', () => {
  async function withSheet(): Promise<{ x: XlsxWorkbook; snapshot: () => Promise<unknown> }> {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Rapport')]);
    const snapshot = async () => ({
      sheets: await x.listSheets(),
      tables: await x.listTables(),
      values: await x.readRange('Rapport'),
      charts: x.chartsOn('Rapport').length,
    });
    return { x, snapshot };
  }

  it.each<[string, SheetSpec[]]>([
    ['overlapping merges', [{ name: 'Ny', blocks: [], merges: ['A1:B2', 'B2:C3'] }]],
    ['a table over a merge', [{ name: 'Ny', blocks: [], merges: ['A1:B1'], tables: [{ name: 'T_ny', range: 'A1:C4' }] }]],
    ['overlapping tables', [{ name: 'Ny', blocks: [], tables: [{ name: 'T_a', range: 'A1:C4' }, { name: 'T_b', range: 'C4:D8' }] }]],
    ['an invalid table name', [{ name: 'Ny', blocks: [], tables: [{ name: 'A1', range: 'A1:C4' }] }]],
    ['an R1C1-style table name', [{ name: 'Ny', blocks: [], tables: [{ name: 'R1C1', range: 'A1:C4' }] }]],
    ['a bad address', [{ name: 'Ny', blocks: [{ at: 'ÅÄ1', rows: [[1]] }] }]],
    ['a sheet reference in an address', [{ name: 'Ny', blocks: [], formats: [{ range: 'Blad1!A1', style: { bold: true } }] }]],
    ['a colour that is not #RRGGBB', [{ name: 'Ny', blocks: [], formats: [{ range: 'A1', style: { fill: 'red' } }] }]],
    ['a formula without =', [{ name: 'Ny', blocks: [{ at: 'A1', rows: [[{ formula: 'SUM(A2:A3)' }]] }] }]],
    ['a number that is not finite', [{ name: 'Ny', blocks: [{ at: 'A1', rows: [[Number.NaN]] }] }]],
    ['rows beyond Excel', [{ name: 'Ny', blocks: [{ at: 'A1048576', rows: [[1], [2]] }] }]],
    ['columns beyond Excel', [{ name: 'Ny', blocks: [{ at: 'XFD1', rows: [[1, 2]] }] }]],
    ['a chart series of another length', [{ name: 'Ny', blocks: [], charts: [{ name: 'D', type: 'line', title: '', categories: 'A1:A3', series: [{ name: 's', values: 'B1:B4' }], from: 'D1', to: 'H9' }] }]],
    ['two charts of one name', [{ name: 'Ny', blocks: [], charts: ['D', 'd'].map((n) => ({ name: n, type: 'line' as const, title: '', categories: 'A1:A3', series: [], from: 'D1', to: 'H9' })) }]],
    ['"between" with one limit', [{ name: 'Ny', blocks: [], conditionalFormats: [{ type: 'cellValue', range: 'A1:A3', operator: 'between', formula1: '1', style: {} }] }]],
    ['a reserved sheet name', [{ name: 'history', blocks: [] }]],
    ['hiding the last visible sheet', [{ name: 'Blad1', blocks: [], visibility: 'hidden' }, { name: 'Rapport', blocks: [], visibility: 'veryHidden' }]],
    ['bad repeat rows', [{ name: 'Ny', blocks: [], print: { orientation: 'portrait', paper: 'A4', repeatRows: 'A:B' } }]],
  ])('refuses %s and leaves the workbook as it was', async (_what, specs) => {
    const { x, snapshot } = await withSheet();
    const before = await snapshot();
    const err = await x.writeSheets([report('Rapport'), ...specs]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).issues.length).toBeGreaterThan(0);
    expect((err as UserError).issues[0].message.length).toBeGreaterThan(10);
    expect(await snapshot()).toEqual(before);
  });

  it('names sheet, row, column and value for a refused cell', async () => {
    const x = await XlsxWorkbook.create();
    const err = (await x.writeSheets([{ name: 'Lång', blocks: [{ at: 'B3', rows: [[1, 'x'.repeat(40_000)]] }] }]).catch((e: unknown) => e)) as UserError;
    expect(err.key).toBe('port.limit.cellText');
    expect(err.issues[0]).toMatchObject({ sheet: 'Lång', row: 3, column: 'C' });
    expect(err.issues[0].message).toContain('C3');
  });

  it('refuses table rows wider than the table or with text too long, before writing', async () => {
    const x = await XlsxWorkbook.create();
    await x.replaceTable(KINDS, [['a']]);
    await expect(x.appendTableRows(KINDS, [new Array(9).fill(1)])).rejects.toMatchObject({ key: 'port.table.rowTooWide' });
    await expect(x.updateTableRows(KINDS, [{ index: 0, values: ['y'.repeat(32_768)] }])).rejects.toMatchObject({ key: 'port.limit.cellText' });
    await expect(x.updateTableRows(KINDS, [{ index: -1, values: ['b'] }])).rejects.toMatchObject({ key: 'port.table.rowOutOfRange' });
    await expect(x.updateTableRows({ ...KINDS, name: 'IFO_Saknas' }, [])).rejects.toMatchObject({ key: 'port.table.missing' });
    await expect(x.setSettings({ stor: 'z'.repeat(40_000) })).rejects.toMatchObject({ key: 'port.setting.tooLarge' });
    expect((await x.readTable('IFO_Typer'))!.rows).toEqual([['a', null, null, null, null, null, null, null]]);
  });

  it('builds new sheets off to the side: a cancel during a large write changes nothing', async () => {
    const x = await XlsxWorkbook.create();
    await x.replaceTable(KINDS, [['gammal']]);
    const signal = { aborted: false };
    const progress: number[] = [];
    const rows: CellValue[][] = Array.from({ length: 20_000 }, (_v, i) => [`r${i}`, i, i, i, 0, 0, 0, false]);
    const err = await x
      .replaceTable(KINDS, rows, {
        signal,
        onProgress: (p) => {
          progress.push(p.done);
          signal.aborted = true;
        },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CancelledError);
    expect(progress.length).toBeGreaterThan(0);
    expect((await x.readTable('IFO_Typer'))!.rows).toEqual([['gammal', null, null, null, null, null, null, null]]);
    expect((await x.listSheets()).map((s) => s.name)).toEqual(['Blad1', 'IFO Typer']);
    await checkPackage(await x.save());
  });

  it('reports progress up to the total and tells listeners what changed', async () => {
    const x = await XlsxWorkbook.create();
    const changes: WorkbookChange[] = [];
    const stop = x.onChange((c) => changes.push(c));
    const seen: { done: number; total: number }[] = [];
    const rows: CellValue[][] = Array.from({ length: 10_000 }, (_v, i) => [`r${i}`, i, i, i, 0, 0, 0, false]);
    await x.replaceTable(KINDS, rows, { onProgress: (p) => seen.push(p) });
    expect(seen[seen.length - 1]).toEqual({ done: 80_000, total: 80_000 });
    await x.writeSheets([report('Rapport')], { activate: 'Rapport' });
    await x.setSettings({ a: 1 });
    await x.deleteSheet('Rapport');
    stop();
    await x.activateSheet('Blad1');
    expect(changes.map((c) => [c.kind, c.sheets])).toEqual([
      ['table', ['IFO Typer']],
      ['sheets', ['Rapport']],
      ['table', ['IFO Inställningar']],
      ['settings', ['IFO Inställningar']],
      ['deleted', ['Rapport']],
    ]);
  });
});

describe('XlsxWorkbook: one operation at a time', () => {
  it('lets calls made during a save wait: they never see rows the save has taken out, and the file is a snapshot', async () => {
    const x = await XlsxWorkbook.create();
    const rows: CellValue[][] = Array.from({ length: 5000 }, (_v, i) => [`r${i}`, i, i, i, 0, 0, 0, false]);
    await x.replaceTable(KINDS, rows);
    const saving = x.save();
    const reading = x.readTable('IFO_Typer');
    const writing = x.writeSheets([{ name: 'Efter', blocks: [{ at: 'A1', rows: [['skrivet under sparandet']] }] }]);
    const listing = x.listSheets();
    const chunks: number[] = [];
    const streaming = (async () => {
      for await (const c of x.readRangeChunks('IFO Typer', undefined, { chunkRows: 1000 })) chunks.push(c.values.length);
    })();
    const [bytes, table, , sheets] = await Promise.all([saving, reading, writing, listing, streaming]);
    expect(table!.rows).toHaveLength(5000);
    expect(sheets.map((s) => s.name)).toEqual(['Blad1', 'IFO Typer', 'Efter']);
    expect(chunks).toEqual([1000, 1000, 1000, 1000, 1000, 1]);
    expect((await readSheetRows(bytes, { sheet: 'IFO Typer' })).rows).toHaveLength(5001);
    expect((await readSheetRows(bytes)).sheetNames).toEqual(['Blad1', 'IFO Typer']);
  });
});

describe('XlsxWorkbook: sheets and views', () => {
  it('keeps a visible sheet active and selects only the active tab', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([{ name: 'A', blocks: [] }, { name: 'B', blocks: [], freeze: { rows: 1, columns: 0 } }], { activate: 'B' });
    expect(x.workbook.views[0].activeTab).toBe(2);
    // Hiding the active sheet moves the selection to the first visible one.
    await x.writeSheets([{ name: 'B', blocks: [], visibility: 'hidden' }]);
    expect(x.workbook.views[0].activeTab).toBe(0);
    const selected = x.workbook.worksheets.filter((w) => (w.views[0] as { tabSelected?: boolean } | undefined)?.tabSelected);
    expect(selected.map((w) => w.name)).toEqual(['Blad1']);
    const y = await reopen(x);
    expect(y.workbook.views[0].activeTab).toBe(0);
    expect((await y.listSheets()).map((s) => [s.name, s.visibility])).toEqual([
      ['Blad1', 'visible'],
      ['A', 'visible'],
      ['B', 'hidden'],
    ]);
    // Deleting a sheet before the active one keeps the same sheet active.
    await y.activateSheet('A');
    await y.writeSheets([{ name: 'Först', blocks: [] }]);
    await y.deleteSheet('Blad1');
    expect(y.workbook.worksheets[y.workbook.views[0].activeTab!].name).toBe('A');
  });

  it('frees table names when a sheet is deleted and keeps positions when sheets are replaced', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([report('Först'), report('Sedan', { tables: [{ name: 'T_delad', range: 'A3:D6' }] })]);
    await expect(x.writeSheets([report('Tredje', { tables: [{ name: 'T_DELAD', range: 'A3:D6' }] })])).rejects.toMatchObject({
      key: 'port.tableName.taken',
      params: { name: 'T_DELAD', sheet: 'Sedan' },
    });
    await x.deleteSheet('sedan');
    await x.writeSheets([report('Tredje', { tables: [{ name: 'T_DELAD', range: 'A3:D6' }] })]);
    await x.writeSheets([report('FÖRST', { tables: [], charts: [] })]);
    expect((await x.listSheets()).map((s) => s.name)).toEqual(['Blad1', 'FÖRST', 'Tredje']);
    expect(await x.listTables()).toEqual([{ name: 'T_DELAD', sheet: 'Tredje' }]);
    const pkg = await checkPackage(await x.save());
    expect(pkg.charts.map((c) => c.sheet)).toEqual(['Tredje', 'Tredje']);
  });
});

describe('formula results computed by core', () => {
  it('stores the result as the cached value: read back as the value, the formula as the formula, both after reopening', async () => {
    const wb = await XlsxWorkbook.create();
    await wb.writeSheets([
      { name: 'Calc', blocks: [{ at: 'A1', rows: [[10, 4, { formula: '=A1-B1', result: 6 }, { formula: '=A1*2' }]] }] },
    ]);
    const check = async (w: XlsxWorkbook) => {
      const r = await w.readRange('Calc', 'A1:D1', { formulas: true });
      expect(r.values).toEqual([[10, 4, 6, null]]);
      expect(r.formulas![0].slice(2)).toEqual(['=A1-B1', '=A1*2']);
    };
    await check(wb);
    await check(await XlsxWorkbook.load(await wb.save()));
  });
});
