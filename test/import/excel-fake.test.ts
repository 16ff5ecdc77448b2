/**
 * The import through the Office.js adapter on the Excel fake (which turns a string starting with '=' into a
 * formula, as Excel does): extract texts stay text; reading the active sheet in chunks works; and writing the
 * aggregate costs at most one sync per 4 MB of payload plus a constant.
 */
import { createExcelFake } from '../fake';
import { ExcelWorkbook } from '../../src/excel';
import type { ExcelHost } from '../../src/excel';
import { analyseImport, applyImport, runImport } from '../../src/core/import/service';
import { bytesSource, workbookRangeSource } from '../../src/core/import/sources';
import { writeCsv } from '../../src/core/import/csv';
import { ACTUALS_DETAIL_TABLE, ACTUALS_TABLE, cellOre } from '../../src/core/model/tables';
import type { CellValue } from '../../src/core/port';

const NOW = '2026-04-02T10:00:00Z';
const HEADER = ['Period', 'Ansvar', 'Konto', 'Verksamhet', 'Aktivitet', 'Motpart', 'Leverantör', 'Fakturanummer', 'Text', 'Belopp'];

function setup() {
  const fake = createExcelFake({ apiVersion: '1.7', web: true });
  return { fake, port: new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported) };
}

describe('import on the Excel fake', () => {
  it('stores formula-like extract texts as text, never as formulas', async () => {
    const { fake, port } = setup();
    const tricky = ['=SUM(A1:A2)', '+46 70 123', '-minskat', '@konto', '\tindragen', '\rretur'];
    const csv = writeCsv([HEADER, ...tricky.map((x, i) => ['202603', '1210', '46311', '569', '', x.trim(), x, String(i), x, String(i + 1)])], ';');
    const rec = await runImport(port, [bytesSource('f.csv', new TextEncoder().encode(csv))], {
      now: NOW,
      keep: ['counterparty'],
      detailCostCenters: ['1210'],
    });
    expect(rec.files[0].rowsImported).toBe(tricky.length);
    const detail = (await port.readTable(ACTUALS_DETAIL_TABLE.name))!;
    expect(detail.rows.map((r) => r[5])).toEqual(tricky);
    expect(detail.rows.map((r) => r[6])).toEqual(tricky);
    const info = fake.workbook.tableInfo(ACTUALS_DETAIL_TABLE.name)!;
    const [first] = info.address.split(':');
    const sheet = info.sheet;
    const col = (letter: string, i: number) => fake.workbook.cellInfo(sheet, `${letter}${Number(first.replace(/\D/g, '')) + 1 + i}`);
    for (let i = 0; i < tricky.length; i++) {
      expect(col('F', i).formula ?? '').not.toMatch(/^=/);
      expect(col('F', i).value).toBe(tricky[i]);
    }
  });

  it('reads an extract pasted into a sheet, in chunks, and imports it', async () => {
    const { port } = setup();
    const rows: CellValue[][] = [['Huvudbok', null, null, null], [null, null, null, null], ['Konto', 'Ansvar', 'Period', 'Belopp']];
    for (let i = 0; i < 2500; i++) rows.push([46311 + (i % 3), '1210', 202603, (i % 7) * 10.5]);
    await port.writeSheets([{ name: 'Extrakt', blocks: [{ at: 'A1', rows }] }]);
    const rec = await runImport(port, [workbookRangeSource(port, 'Extrakt', `A1:D${rows.length}`)], { now: NOW });
    const expected = rows.slice(3).reduce((s, r) => s + Math.round((r[3] as number) * 100), 0);
    expect(rec.files[0]).toMatchObject({ encoding: 'excel', headerRow: 3, rowsImported: 2500, totalOre: expected });
    const stored = (await port.readTable(ACTUALS_TABLE.name))!.rows.reduce((s, r) => s + cellOre(r[8]), 0);
    expect(stored).toBe(expected);
  });

  it('writes a large aggregate with at most one sync per 4 MB plus a constant', async () => {
    const measure = async (periods: number, costCenters: number, accounts: number) => {
      const { fake, port } = setup();
      const lines = [HEADER.join(';')];
      for (let p = 1; p <= periods; p++) {
        for (let c = 0; c < costCenters; c++) {
          for (let a = 0; a < accounts; a++) lines.push(`2025${String(p).padStart(2, '0')};${10000 + c};${46000 + a * 7};569;;;;;;${p + c + a},50`);
        }
      }
      const plan = await analyseImport(port, [bytesSource('big.csv', new TextEncoder().encode(lines.join('\n')))], { now: NOW });
      fake.resetStats();
      await applyImport(port, plan);
      const written = { syncs: fake.stats.syncs, bytes: fake.stats.requestBytes.reduce((x, y) => x + y, 0), largest: fake.maxRequestBytes() };
      const rows = (await port.readTable(ACTUALS_TABLE.name))!.rows.length;
      return { rows, ...written };
    };
    // The constant: the same import with one aggregated row. Then 90,000 aggregated rows.
    const small = await measure(1, 1, 1);
    const big = await measure(12, 250, 30);
    const perFourMb = Math.ceil(big.bytes / (4 * 1024 * 1024));
    console.log(
      `import write on the Excel fake: ${small.rows} row → ${small.syncs} syncs; ${big.rows} rows → ${big.syncs} syncs, ` +
        `${(big.bytes / 1048576).toFixed(1)} MB, largest request ${(big.largest / 1048576).toFixed(2)} MB`,
    );
    expect(big.rows).toBe(90_000);
    expect(big.syncs - small.syncs).toBeLessThanOrEqual(perFourMb);
    expect(big.largest).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 120_000);
});
