import { existsSync, mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CellValue } from '../../core/port';
import { readSheetRows } from '../readSheetRows';
import { XlsxWorkbook } from '../xlsxWorkbook';
import { openXlsxFile, readSheetRowsFromFile, saveXlsxFile } from './files';
import { streamSheetRows } from './streamSheetRows';

const ROOT = resolve(__dirname, '../../..');
const OREBRO = resolve(ROOT, '../shared/data/real/Orebro.2016-03.xlsx');
const hasOrebro = existsSync(OREBRO);
if (!hasOrebro) console.warn(`Skipping the real-extract streaming test: ${OREBRO} is not there.`);

async function collect(it: AsyncIterable<CellValue[][]>): Promise<{ rows: CellValue[][]; chunks: number[] }> {
  const rows: CellValue[][] = [];
  const chunks: number[] = [];
  for await (const c of it) {
    chunks.push(c.length);
    rows.push(...c);
  }
  return { rows, chunks };
}

describe('streamSheetRows (Node)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifo-stream-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams the same rows as readSheetRows, in chunks, from a path or a stream', async () => {
    const x = await XlsxWorkbook.create();
    const rows: CellValue[][] = Array.from({ length: 2500 }, (_v, i) => [`2025-${String((i % 12) + 1).padStart(2, '0')}`, 40000 + (i % 7), i % 5 === 0 ? null : -i / 4, i % 3 === 0]);
    await x.writeSheets([
      { name: 'Annat', blocks: [{ at: 'A1', rows: [['inte detta']] }] },
      { name: 'Utfall', blocks: [{ at: 'A2', rows: [['Period', 'Konto', 'Belopp', 'Flagga'], ...rows] }, { at: 'A2510', rows: [['\rslut _x0041_']] }] },
    ]);
    const path = join(dir, 'utfall.xlsx');
    await saveXlsxFile(x, path);
    const expected = (await readSheetRows((await import('node:fs')).readFileSync(path), { sheet: 'Utfall' })).rows;
    let told: unknown;
    const fromPath = await collect(streamSheetRows(path, { sheet: 'utfall', chunkRows: 1000, onSheet: (i) => (told = i) }));
    expect(told).toEqual({ sheet: 'Utfall', sheetNames: ['Blad1', 'Annat', 'Utfall'] });
    expect(fromPath.rows).toEqual(expected);
    expect(fromPath.rows[0]).toEqual([]);
    expect(fromPath.rows[2509]).toEqual(['\rslut _x0041_']);
    expect(fromPath.chunks).toEqual([1000, 1000, 510]);
    const fromStream = await collect(streamSheetRows(createReadStream(path), { sheet: 'Utfall' }));
    expect(fromStream.rows).toEqual(expected);
    // Default: the first visible sheet.
    expect((await collect(streamSheetRows(path))).rows).toEqual([]);
    expect((await collect(streamSheetRows(path, { sheet: 'Annat' }))).rows).toEqual([['inte detta']]);
  });

  it('refuses files that are not xlsx and names missing sheets', async () => {
    const csv = join(dir, 'huvudbok.csv');
    writeFileSync(csv, 'Konto;Belopp\n46362;12,50\n');
    await expect(collect(streamSheetRows(csv))).rejects.toMatchObject({ key: 'port.file.notXlsx', params: { file: 'huvudbok.csv' } });
    const path = join(dir, 'tom.xlsx');
    await saveXlsxFile(await XlsxWorkbook.create(), path);
    await expect(collect(streamSheetRows(path, { sheet: 'Saknas' }))).rejects.toMatchObject({ key: 'port.file.sheetMissing' });
    await expect(collect(streamSheetRows(join(dir, 'finns-inte.xlsx')))).rejects.toMatchObject({ key: 'port.file.unreadable' });
  });

  it('opens and saves workbook files', async () => {
    const path = join(dir, 'bok.xlsx');
    const x = await XlsxWorkbook.create();
    await x.setSettings({ enhet: '0610' });
    expect(await saveXlsxFile(x, path)).toBeGreaterThan(1000);
    expect(await (await openXlsxFile(path)).getSettings()).toEqual({ enhet: '0610' });
    expect((await readSheetRowsFromFile(path, { sheet: 'IFO Inställningar' })).rows).toEqual([['Nyckel', 'Värde'], ['enhet', '"0610"']]);
  });

  (hasOrebro ? it : it.skip)('streams the real Örebro extract with the same rows and sum as readSheetRows', async () => {
    let n = 0;
    let ore = 0;
    let header: CellValue[] = [];
    let last: CellValue[] = [];
    for await (const chunk of streamSheetRows(OREBRO, { chunkRows: 10_000 })) {
      for (const row of chunk) {
        if (n === 0) header = row;
        else ore += Math.round((row[5] as number) * 100);
        last = row;
        n++;
      }
    }
    expect(n).toBe(68_022);
    expect(header).toEqual(['RN1/FÖRVALTNING', 'LEVERANTÖR', 'ORGANISATIO', 'FAKT NR', 'KONTO', 'UTFALL']);
    expect(last).toEqual(['BGY Gymnasienämnd', 'SINT-JOZEFININSTITUUT ', 'NULL', 29913807, '70102 Köp elevresa logi resor simni', 12761.37]);
    expect(ore).toBe(45_018_728_339);
  }, 60_000);
});
