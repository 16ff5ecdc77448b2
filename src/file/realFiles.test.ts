/**
 * The adapter on files it did not write: the real Örebro extract (saved by Excel) and the adapter's own output
 * read back by LibreOffice. Skipped, with a message, where the extract or LibreOffice is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import type { CellValue, SheetSpec } from '../core/port';
import { checkPackage } from './packageCheck.test-util';
import { readSheetRows } from './readSheetRows';
import { XlsxWorkbook } from './xlsxWorkbook';

const ROOT = resolve(__dirname, '../..');
const OREBRO = resolve(ROOT, '../shared/data/real/Orebro.2016-03.xlsx');
const hasOrebro = existsSync(OREBRO);
const hasLibreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasOrebro) console.warn(`Skipping the real-extract round trip: ${OREBRO} is not there.`);
if (!hasLibreOffice) console.warn('Skipping the LibreOffice check: libreoffice is not installed.');

describe('files the adapter did not write', () => {
  (hasOrebro ? it : it.skip)(
    'opens the real Örebro extract, reads what readSheetRows reads, and survives save → load',
    async () => {
      const bytes = new Uint8Array(readFileSync(OREBRO));
      const expected = (await readSheetRows(bytes)).rows;
      const x = await XlsxWorkbook.load(bytes, 'Orebro.2016-03.xlsx');
      expect(await x.listSheets()).toEqual([{ name: 'Blad2', visibility: 'visible' }]);
      const rows: CellValue[][] = [];
      for await (const chunk of x.readRangeChunks('Blad2', undefined, { chunkRows: 20_000 })) rows.push(...chunk.values);
      expect(rows.map((r) => r.slice(0, r.length - (r[r.length - 1] === null ? 1 : 0)))).toEqual(expected.map((r) => r));
      await x.replaceTable(
        { name: 'IFO_Kontroll', sheet: 'IFO Kontroll', visibility: 'hidden', columns: [{ header: 'Rader', kind: 'integer' }] },
        [[rows.length - 1]],
      );
      const saved = await x.save();
      const pkg = await checkPackage(saved, { wellFormedUpTo: 2_000_000 });
      expect(pkg.tables).toEqual([{ sheet: 'IFO Kontroll', name: 'IFO_Kontroll', ref: 'A1:A2', id: '1' }]);
      const again = await readSheetRows(saved, { sheet: 'Blad2' });
      expect(again.rows).toEqual(expected);
      expect((await readSheetRows(saved, { sheet: 'IFO Kontroll' })).rows).toEqual([['Rader'], [68_021]]);
    },
    120_000,
  );

  (hasLibreOffice ? it : it.skip)(
    'is read by LibreOffice with its tables, charts and computed formulas',
    async () => {
      const x = await XlsxWorkbook.create();
      const spec: SheetSpec = {
        name: 'Rapport',
        blocks: [
          {
            at: 'A1',
            rows: [
              ['Månad', 'Budget', 'Utfall', 'Kvar'],
              ['jan', 100, 90, { formula: '=B2-C2' }],
              ['feb', 100, 120, { formula: '=B3-C3' }],
            ],
          },
        ],
        tables: [{ name: 'T_LO', range: 'A1:D3' }],
        charts: [
          { name: 'Staplar', type: 'columnClustered', title: 'Budget', categories: 'A2:A3', series: [{ name: 'Budget', values: 'B2:B3' }], from: 'F1', to: 'L12' },
        ],
      };
      await x.writeSheets([spec]);
      await x.replaceTable({ name: 'IFO_LO', sheet: 'IFO LO', visibility: 'hidden', columns: [{ header: 'A', kind: 'text' }] }, [['x'], ['y']]);
      const dir = mkdtempSync(join(tmpdir(), 'ifo-lo-'));
      try {
        const input = join(dir, 'in.xlsx');
        writeFileSync(input, await x.save());
        const out = join(dir, 'out');
        const r = spawnSync('libreoffice', ['--headless', '--convert-to', 'xlsx', '--outdir', out, input], { encoding: 'utf8', timeout: 90_000 });
        expect(r.status).toBe(0);
        const converted = new Uint8Array(readFileSync(join(out, 'in.xlsx')));
        const zip = await JSZip.loadAsync(converted);
        const parts = Object.keys(zip.files);
        // LibreOffice kept what it could parse: both tables and the chart.
        expect(parts.filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))).toHaveLength(2);
        expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(1);
        // It computed the formulas we wrote without results.
        const y = await XlsxWorkbook.load(converted, 'lo.xlsx');
        expect((await y.readRange('Rapport', 'D2:D3')).values).toEqual([[10], [-20]]);
        expect((await y.listTables()).map((t) => t.name).sort()).toEqual(['IFO_LO', 'T_LO']);
        expect(y.chartsOn('Rapport').map((c) => c.name)).toEqual(['Staplar']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
