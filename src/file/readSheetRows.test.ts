import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { UserError } from '../core/errors';
import { readSheetRows } from './readSheetRows';
import { XlsxWorkbook } from './xlsxWorkbook';

const ROOT = resolve(__dirname, '../..');
/** The real extract stays outside the project; it is referenced, never copied. */
const OREBRO = resolve(ROOT, '../shared/data/real/Orebro.2016-03.xlsx');
const hasOrebro = existsSync(OREBRO);
if (!hasOrebro) console.warn(`Skipping the real-extract tests: ${OREBRO} is not there.`);

describe('readSheetRows', () => {
  it('reads a sheet by name, keeps row positions and picks the first visible sheet by default', async () => {
    const x = await XlsxWorkbook.create();
    await x.writeSheets([
      { name: 'Dold', blocks: [{ at: 'A1', rows: [['dold']] }], visibility: 'hidden' },
      { name: 'Huvudbok', blocks: [{ at: 'A3', rows: [['Konto', 'Belopp'], [46362, -12.5], ['3340', null, true]] }, { at: 'C7', rows: [['sist']] }] },
    ]);
    await x.writeSheets([{ name: 'Blad1', blocks: [{ at: 'B2', rows: [['först']] }] }]);
    const bytes = await x.save();
    const first = await readSheetRows(bytes);
    expect(first).toEqual({ sheetNames: ['Blad1', 'Dold', 'Huvudbok'], sheet: 'Blad1', rows: [[], [null, 'först']] });
    const hb = await readSheetRows(bytes, { sheet: 'huvudbok' });
    expect(hb.sheet).toBe('Huvudbok');
    expect(hb.rows).toEqual([[], [], ['Konto', 'Belopp'], [46362, -12.5], ['3340', null, true], [], [null, null, 'sist']]);
  });

  it('names the file and its sheets when the sheet is missing, and refuses what is not an xlsx', async () => {
    const x = await XlsxWorkbook.create();
    const bytes = await x.save();
    const err = (await readSheetRows(bytes, { sheet: 'Utfall', fileName: 'mars.xlsx' }).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.key).toBe('port.file.sheetMissing');
    expect(err.message).toContain('mars.xlsx');
    expect(err.message).toContain('Blad1');
    await expect(readSheetRows(new TextEncoder().encode('a;b;c'), { fileName: 'x.csv' })).rejects.toMatchObject({ key: 'port.file.notXlsx' });
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/worksheets/sheet1.xml', null as unknown as string);
    zip.remove('xl/worksheets/sheet1.xml');
    await expect(readSheetRows(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({ key: 'port.file.unreadable' });
  });

  it('keeps serials as the workbook stores them, also for ISO dates in a 1904-date workbook', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    );
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="D" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/s.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="d"><v>1904-01-02</v></c></row></sheetData></worksheet>',
    );
    const r = await readSheetRows(await zip.generateAsync({ type: 'uint8array' }));
    // Serial 1 is 2 January 1904 in this workbook; the ISO date of that day gives the same number.
    expect(r).toEqual({ sheetNames: ['D'], sheet: 'D', rows: [[1, 1]] });
  });

  (hasOrebro ? it : it.skip)('reads the real Örebro extract: 68,021 rows, numbers as numbers, the sum exact', async () => {
    const bytes = new Uint8Array(readFileSync(OREBRO));
    const t0 = Date.now();
    const r = await readSheetRows(bytes, { fileName: 'Orebro.2016-03.xlsx' });
    const ms = Date.now() - t0;
    expect(r.sheetNames).toEqual(['Blad2']);
    expect(r.rows).toHaveLength(68_022);
    expect(r.rows[0]).toEqual(['RN1/FÖRVALTNING', 'LEVERANTÖR', 'ORGANISATIO', 'FAKT NR', 'KONTO', 'UTFALL']);
    expect(r.rows[1]).toEqual(['VVV Vård- och omsorgsnämnd väster', 'REGION ÖREBRO LÄN ', '232100-0164', 16541005, '46362 Köp medicinskt färdigbeh', 9632]);
    expect(r.rows[68_021]).toEqual(['BGY Gymnasienämnd', 'SINT-JOZEFININSTITUUT ', 'NULL', 29913807, '70102 Köp elevresa logi resor simni', 12761.37]);
    let ore = 0;
    for (let i = 1; i < r.rows.length; i++) ore += Math.round((r.rows[i][5] as number) * 100);
    expect(ore).toBe(45_018_728_339);
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
