/**
 * The Workbook port contract. Every adapter runs this same suite:
 * - test/contract/file.contract.test.ts  (src/file, xlsx through ExcelJS)
 * - test/contract/excel.contract.test.ts (src/excel, Office.js on the Excel fake)
 *
 * An adapter provides a Harness: a fresh workbook with one visible sheet named "Blad1", a way to inspect
 * what a sheet holds beyond values (formats, tables, charts …, normalised), and a way to reopen the same
 * workbook (save + load for a file; a new Excel.run on the same workbook for Office.js).
 */
import type { CellValue, DataTableDef, SheetSpec, WorkbookPort } from '../../src/core/port';
import { UserError } from '../../src/core/errors';
import { readTables } from '../../src/core/port';
import { BIG_ROWS, bigRows, bigTableDef } from '../data/bigTable';

export interface CellInspection {
  numberFormat: string;
  bold: boolean;
  fill: string | null;
  fontColor: string | null;
  locked: boolean;
}

export interface SheetInspection {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Frozen rows/columns, or null. */
  freeze: { rows: number; columns: number } | null;
  /** Column width in characters by 0-based index (only columns the spec set). */
  columnWidth(index: number): number | null;
  cell(address: string): CellInspection;
  tables: { name: string; range: string }[];
  conditionalFormats: { range: string; type: 'cellValue' | 'expression' }[];
  charts: { name: string; type: string; title: string; seriesCount: number }[];
  protected: boolean;
  print: { orientation: 'portrait' | 'landscape'; fitToPagesWide: number | null; repeatRows: string | null } | null;
  merges: string[];
}

export interface Harness {
  port: WorkbookPort;
  inspect(sheet: string): Promise<SheetInspection>;
  /** The same workbook opened again (persistence). */
  reopen(): Promise<WorkbookPort>;
  /** Office.js only: syncs and the largest request in bytes since the last reset. */
  stats?(): { syncs: number; maxRequestBytes: number };
  resetStats?(): void;
}

export type HarnessFactory = () => Promise<Harness>;

const TRICKY_TEXTS = [
  '=SUM(A1:A2)',
  '+46 70 123 45 67',
  '-minskat',
  '@konto',
  '\tindragen',
  '\rretur',
  '0610',
  '2026-03',
  '1e5',
  'TRUE',
  '12,50',
  '5%',
  "'apostrof",
  'Åsa Öberg – köp € …',
];

const SMALL_TABLE: DataTableDef = {
  name: 'IFO_Kontrakt',
  sheet: 'IFO Kontrakt',
  visibility: 'hidden',
  columns: [
    { header: 'Ansvar', kind: 'text' },
    { header: 'Text', kind: 'text' },
    { header: 'Belopp', kind: 'kronor' },
    { header: 'Antal', kind: 'integer' },
  ],
};

function reportSpec(name: string): SheetSpec {
  return {
    name,
    blocks: [
      { at: 'A1', rows: [['Avvikelse per enhet']], style: { bold: true, fontSize: 14 } },
      {
        at: 'A3',
        rows: [
          ['Ansvar', 'Budget', 'Utfall', 'Avvikelse'],
          ['0610', 1000, 800, { formula: '=B4-C4' }],
          ['0620', 500.5, 700.25, { formula: '=B5-C5' }],
          ['Summa', { formula: '=SUM(B4:B5)' }, { formula: '=SUM(C4:C5)' }, { formula: '=SUM(D4:D5)' }],
        ],
        columnFormats: [undefined, '#,##0.00', '#,##0.00', '#,##0.00;[Red]-#,##0.00'],
      },
    ],
    formats: [{ range: 'A3:D3', style: { bold: true, fill: '#DDEBF7' } }],
    columns: [
      { index: 0, width: 14 },
      { index: 1, width: 16 },
    ],
    freeze: { rows: 3, columns: 1 },
    tables: [{ name: 'Kontrakt_rapport', range: 'A3:D5' }],
    conditionalFormats: [
      { type: 'cellValue', range: 'D4:D5', operator: 'lessThan', formula1: '0', style: { fontColor: '#C00000' } },
      { type: 'expression', range: 'A4:D5', formula: '=ABS($D4)>=100', style: { fill: '#FFF2CC' } },
    ],
    protection: { editableRanges: ['C4:C5'] },
    charts: [
      {
        name: 'Kontrakt_diagram',
        type: 'columnClustered',
        title: 'Budget och utfall',
        categories: 'A4:A5',
        series: [
          { name: 'Budget', values: 'B4:B5' },
          { name: 'Utfall', values: 'C4:C5' },
        ],
        from: 'F2',
        to: 'M16',
      },
    ],
    print: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, repeatRows: '1:3', centerFooter: 'Sida &P av &N' },
    merges: ['A1:D1'],
    tabColor: '#1F4E79',
  };
}

export function runWorkbookContract(adapterName: string, factory: HarnessFactory): void {
  describe(`Workbook port contract: ${adapterName}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await factory();
    });

    it('starts with one visible sheet', async () => {
      expect(await h.port.listSheets()).toEqual([{ name: 'Blad1', visibility: 'visible' }]);
    });

    it('writes values and reads them back with their types', async () => {
      await h.port.writeSheets([
        {
          name: 'Värden',
          blocks: [
            { at: 'B2', rows: [[1, 2.5, -3], [true, false, null], ['text', '', 0]] },
          ],
        },
      ]);
      const r = await h.port.readRange('Värden', 'B2:D4');
      expect(r.values).toEqual([
        [1, 2.5, -3],
        [true, false, null],
        ['text', null, 0],
      ]);
      const used = await h.port.readRange('Värden');
      expect(used.address).toBe('B2:D4');
      expect(used.values[0]).toEqual([1, 2.5, -3]);
    });

    it('writes every string as text, never as a formula, number or date', async () => {
      await h.port.writeSheets([{ name: 'Text', blocks: [{ at: 'A1', rows: TRICKY_TEXTS.map((s) => [s]) }] }]);
      const r = await h.port.readRange('Text', `A1:A${TRICKY_TEXTS.length}`, { formulas: true });
      expect(r.values.map((row) => row[0])).toEqual(TRICKY_TEXTS);
      // Had '=SUM(A1:A2)' become a formula, its value would be the sum (0), not the text.
      const reopened = await h.reopen();
      const again = await reopened.readRange('Text', `A1:A${TRICKY_TEXTS.length}`);
      expect(again.values.map((row) => row[0])).toEqual(TRICKY_TEXTS);
    });

    it('writes formulas as formulas', async () => {
      await h.port.writeSheets([reportSpec('Rapport')]);
      const r = await h.port.readRange('Rapport', 'D4:D6', { formulas: true });
      expect(r.formulas).toEqual([['=B4-C4'], ['=B5-C5'], ['=SUM(D4:D5)']]);
      const codes = await h.port.readRange('Rapport', 'A4:A5');
      expect(codes.values).toEqual([['0610'], ['0620']]);
    });

    it('applies formats, column widths, freeze, tables, conditional formats, protection, charts and print set-up', async () => {
      await h.port.writeSheets([reportSpec('Rapport')]);
      const s = await h.inspect('Rapport');
      expect(s.visibility).toBe('visible');
      expect(s.freeze).toEqual({ rows: 3, columns: 1 });
      expect(s.columnWidth(0)).toBeCloseTo(14, 0);
      expect(s.columnWidth(1)).toBeCloseTo(16, 0);
      expect(s.cell('B4').numberFormat).toBe('#,##0.00');
      expect(s.cell('D4').numberFormat).toBe('#,##0.00;[Red]-#,##0.00');
      expect(s.cell('A3').bold).toBe(true);
      expect(s.cell('A3').fill?.toUpperCase()).toBe('#DDEBF7');
      expect(s.cell('A1').bold).toBe(true);
      expect(s.tables).toEqual([{ name: 'Kontrakt_rapport', range: 'A3:D5' }]);
      expect(s.conditionalFormats).toEqual([
        { range: 'D4:D5', type: 'cellValue' },
        { range: 'A4:D5', type: 'expression' },
      ]);
      expect(s.protected).toBe(true);
      expect(s.cell('C4').locked).toBe(false);
      expect(s.cell('B4').locked).toBe(true);
      expect(s.charts).toEqual([{ name: 'Kontrakt_diagram', type: 'columnClustered', title: 'Budget och utfall', seriesCount: 2 }]);
      expect(s.print).toEqual({ orientation: 'landscape', fitToPagesWide: 1, repeatRows: '1:3' });
      expect(s.merges).toEqual(['A1:D1']);
    });

    it('replaces a sheet of the same name completely, keeping its position', async () => {
      await h.port.writeSheets([reportSpec('Rapport'), { name: 'Efter', blocks: [{ at: 'A1', rows: [['x']] }] }]);
      await h.port.writeSheets([
        { name: 'rapport', blocks: [{ at: 'A1', rows: [['ny']] }], tables: [] },
      ]);
      const sheets = (await h.port.listSheets()).map((s) => s.name);
      expect(sheets).toHaveLength(3);
      expect(sheets[0]).toBe('Blad1');
      expect(sheets[1].toLowerCase()).toBe('rapport');
      expect(sheets[2]).toBe('Efter');
      const used = await h.port.readRange(sheets[1]);
      expect(used.values).toEqual([['ny']]);
      const s = await h.inspect(sheets[1]);
      expect(s.tables).toEqual([]);
      expect(s.charts).toEqual([]);
      expect(s.conditionalFormats).toEqual([]);
      expect(s.protected).toBe(false);
      // The table name is free again.
      await h.port.writeSheets([reportSpec('Rapport 2')]);
      expect((await h.inspect('Rapport 2')).tables[0].name).toBe('Kontrakt_rapport');
    });

    it('refuses invalid sheet names and leaves the workbook as it was', async () => {
      for (const name of ['', 'a'.repeat(32), 'Budget/Utfall', 'Fel[1]', 'Vad?', 'A:B', 'Stjärna*', 'Back\\slash', "'citerad'"]) {
        await expect(h.port.writeSheets([{ name: 'Ok', blocks: [{ at: 'A1', rows: [[1]] }] }, { name, blocks: [] }])).rejects.toBeInstanceOf(UserError);
      }
      expect((await h.port.listSheets()).map((s) => s.name)).toEqual(['Blad1']);
    });

    it('refuses duplicate table names across sheets', async () => {
      await h.port.writeSheets([reportSpec('Rapport')]);
      await expect(h.port.writeSheets([reportSpec('Annan')])).rejects.toBeInstanceOf(UserError);
      expect((await h.port.listSheets()).map((s) => s.name)).toEqual(['Blad1', 'Rapport']);
    });

    it('refuses a cell text above 32,767 characters', async () => {
      await expect(
        h.port.writeSheets([{ name: 'Lång', blocks: [{ at: 'A1', rows: [['x'.repeat(32_768)]] }] }]),
      ).rejects.toBeInstanceOf(UserError);
      expect((await h.port.listSheets()).map((s) => s.name)).toEqual(['Blad1']);
    });

    it('creates, replaces, appends to and updates the add-in tables', async () => {
      const rows: CellValue[][] = [
        ['0610', '=inte formel', 1234.5, 3],
        ['0620', 'Faktura – “HVB”', -0.01, 1],
      ];
      await h.port.replaceTable(SMALL_TABLE, rows);
      const t1 = await h.port.readTable('ifo_kontrakt');
      expect(t1).not.toBeNull();
      expect(t1!.name).toBe('IFO_Kontrakt');
      expect(t1!.sheet).toBe('IFO Kontrakt');
      expect(t1!.headers).toEqual(['Ansvar', 'Text', 'Belopp', 'Antal']);
      expect(t1!.rows).toEqual(rows);
      expect((await h.port.listSheets()).find((s) => s.name === 'IFO Kontrakt')?.visibility).toBe('hidden');
      expect(await h.port.listTables()).toContainEqual({ name: 'IFO_Kontrakt', sheet: 'IFO Kontrakt' });

      await h.port.appendTableRows(SMALL_TABLE, [['0630', 'tillagd', 10, 0]]);
      await h.port.updateTableRows(SMALL_TABLE, [{ index: 0, values: ['0610', 'ändrad', 99.99, 4] }]);
      const t2 = await h.port.readTable('IFO_Kontrakt');
      expect(t2!.rows).toEqual([
        ['0610', 'ändrad', 99.99, 4],
        ['0620', 'Faktura – “HVB”', -0.01, 1],
        ['0630', 'tillagd', 10, 0],
      ]);
      await expect(h.port.updateTableRows(SMALL_TABLE, [{ index: 3, values: ['x', 'y', 1, 1] }])).rejects.toBeInstanceOf(UserError);

      await h.port.replaceTable(SMALL_TABLE, [['0700', 'ensam', 1, 1]]);
      expect((await h.port.readTable('IFO_Kontrakt'))!.rows).toEqual([['0700', 'ensam', 1, 1]]);
      await h.port.replaceTable(SMALL_TABLE, []);
      expect((await h.port.readTable('IFO_Kontrakt'))!.rows).toEqual([]);
      await h.port.appendTableRows(SMALL_TABLE, [['0800', 'efter tom', 2, 2]]);
      expect((await h.port.readTable('IFO_Kontrakt'))!.rows).toEqual([['0800', 'efter tom', 2, 2]]);

      const reopened = await h.reopen();
      expect((await reopened.readTable('IFO_Kontrakt'))!.rows).toEqual([['0800', 'efter tom', 2, 2]]);
    });

    it('keeps a locked table protected through replace, append and update', async () => {
      const locked: DataTableDef = { ...SMALL_TABLE, name: 'IFO_Kontrakt_last', sheet: 'IFO Kontrakt last', locked: true };
      await h.port.replaceTable(locked, [['0610', 'a', 1, 1]]);
      expect((await h.inspect(locked.sheet)).protected).toBe(true);
      await h.port.appendTableRows(locked, [['0620', 'b', 2, 2]]);
      await h.port.updateTableRows(locked, [{ index: 0, values: ['0610', 'ändrad', 3, 3] }]);
      expect((await h.port.readTable(locked.name))!.rows).toEqual([
        ['0610', 'ändrad', 3, 3],
        ['0620', 'b', 2, 2],
      ]);
      expect((await h.inspect(locked.sheet)).protected).toBe(true);
      const reopened = await h.reopen();
      expect((await reopened.readTable(locked.name))!.rows).toHaveLength(2);
    });

    it('returns null for a table that does not exist', async () => {
      expect(await h.port.readTable('Finns_inte')).toBeNull();
    });

    it('reads several tables at once exactly as one by one', async () => {
      const other: DataTableDef = { ...SMALL_TABLE, name: 'IFO_Kontrakt_tva', sheet: 'IFO Kontrakt 2' };
      await h.port.replaceTable(SMALL_TABLE, [['0610', 'a', 1.5, 1]]);
      await h.port.replaceTable(other, []);
      await h.port.writeSheets([reportSpec('Rapport')]);
      const names = ['Kontrakt_rapport', 'finns_inte', 'IFO_Kontrakt', 'IFO_Kontrakt_tva'];
      const one = await Promise.all(names.map((n) => h.port.readTable(n)));
      expect(one[1]).toBeNull();
      expect(one[3]!.rows).toEqual([]);
      h.resetStats?.();
      expect(await readTables(h.port, names)).toEqual(one);
      const stats = h.stats?.();
      if (stats) expect(stats.syncs).toBeLessThanOrEqual(3);
    });

    it('keeps named settings in the workbook', async () => {
      expect(await h.port.getSettings()).toEqual({});
      await h.port.setSettings({ 'user.units': ['0610', '0620'], threshold: { kr: 100000, pct: 5 } });
      await h.port.setSettings({ locale: 'sv', threshold: null });
      expect(await h.port.getSettings()).toEqual({ 'user.units': ['0610', '0620'], locale: 'sv' });
      const reopened = await h.reopen();
      expect(await reopened.getSettings()).toEqual({ 'user.units': ['0610', '0620'], locale: 'sv' });
      // Settings never show as a visible sheet.
      expect((await reopened.listSheets()).filter((s) => s.visibility === 'visible').map((s) => s.name)).toEqual(['Blad1']);
    });

    it('deletes and activates sheets; the last visible sheet cannot go', async () => {
      await h.port.writeSheets([{ name: 'Tillfällig', blocks: [] }]);
      await h.port.activateSheet('Tillfällig');
      await h.port.deleteSheet('tillfällig');
      expect((await h.port.listSheets()).map((s) => s.name)).toEqual(['Blad1']);
      await expect(h.port.deleteSheet('Blad1')).rejects.toBeInstanceOf(UserError);
      await expect(h.port.deleteSheet('Finns inte')).rejects.toBeInstanceOf(UserError);
    });

    it('reads a range in ordered chunks', async () => {
      const rows = Array.from({ length: 1000 }, (_, i) => [i, `r${i}`]);
      await h.port.writeSheets([{ name: 'Bitar', blocks: [{ at: 'A1', rows }] }]);
      const seen: number[] = [];
      let next = 0;
      for await (const chunk of h.port.readRangeChunks('Bitar', undefined, { chunkRows: 300 })) {
        expect(chunk.rowOffset).toBe(next);
        next += chunk.values.length;
        for (const r of chunk.values) seen.push(r[0] as number);
      }
      expect(seen).toEqual(rows.map((r) => r[0]));
    });

    it(`writes ${BIG_ROWS.toLocaleString('en')} × 6 values and reads them back`, async () => {
      const def = bigTableDef('IFO_Kontrakt_stor', 'Stor');
      const rows = bigRows();
      h.resetStats?.();
      await h.port.replaceTable(def, rows);
      const stats = h.stats?.();
      if (stats) {
        expect(stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
        // Syncs are bounded by payload, not by rows: ~1 per 4 MB plus a constant.
        expect(stats.syncs).toBeLessThanOrEqual(20);
      }
      const back = await h.port.readTable(def.name);
      expect(back!.rows.length).toBe(BIG_ROWS);
      for (let i = 0; i < BIG_ROWS; i += 997) expect(back!.rows[i]).toEqual(rows[i]);
      expect(back!.rows[BIG_ROWS - 1]).toEqual(rows[BIG_ROWS - 1]);
      let sum = 0;
      let expected = 0;
      for (let i = 0; i < BIG_ROWS; i++) {
        sum += Math.round((back!.rows[i][4] as number) * 100);
        expected += Math.round((rows[i][4] as number) * 100);
      }
      expect(sum).toBe(expected);
    }, 120_000);
  });
}
