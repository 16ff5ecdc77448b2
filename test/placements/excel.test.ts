/**
 * The placement register and the sheet "Placeringar" through the Office.js adapter on the Excel fake (Excel's
 * documented rules enforced, syncs counted): the example register imported, the sheet written, a placement added,
 * changed and ended — each edit one row written in a bounded number of syncs, the table never rewritten for an
 * edit, and everything there when the pane is opened again (a new Excel.run on the same document).
 */
import type { ExcelHost } from '../../src/excel/batch';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { createExcelFake, type ExcelFake } from '../fake';
import { generateExample } from '../../src/core/example';
import { bytesSource, runImport } from '../../src/core/import';
import {
  REGISTER_TABLE,
  addPlacement,
  endPlacement,
  loadPlacements,
  projectWorkbook,
  registerContext,
  updatePlacement,
  writePlacementsSheet,
  type Placement,
} from '../../src/core/placements';
import { exampleFile, NOW } from './example.test-util';

jest.setTimeout(120_000);

const portOver = (fake: ExcelFake) => new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported);
const TODAY = '2026-11-09';

describe('placements through Office.js (Excel fake)', () => {
  it('writes the sheet and persists every register edit at once with a bounded number of syncs', async () => {
    const ex = generateExample();
    const fake = createExcelFake({ apiVersion: '1.7' });
    const port = portOver(fake);
    await runImport(port, exampleFile(ex, 'ledger').map((f) => bytesSource(f.name, f.bytes)), { now: NOW });
    await runImport(port, exampleFile(ex, 'placements').map((f) => bytesSource(f.name, f.bytes)), { now: NOW });

    const measure = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      fake.resetStats();
      const v = await work();
      return [v, fake.stats.syncs];
    };

    const [data, loadSyncs] = await measure(() => loadPlacements(port, TODAY));
    expect(data.register).toHaveLength(ex.facts.register.rows);
    const [, sheetSyncs] = await measure(() => writePlacementsSheet(port, data, projectWorkbook(data, 2026)));
    const values = (await port.readRange('Placeringar')).values;
    expect(values.find((r) => r[0] === 'Kostnad (kr)')?.slice(1, 13)).toEqual(
      projectWorkbook(data, 2026).monthly.map((m) => m.costOre / 100),
    );

    const ctx = registerContext(data, TODAY);
    const p: Placement = { ...data.register![0].placement, caseKey: 'BU-2026-950', startDate: '2026-11-01', endDate: null, nextReview: '2027-05-01' };
    const [, addSyncs] = await measure(() => addPlacement(port, ctx, p));
    const [, editSyncs] = await measure(() => updatePlacement(port, ctx, p, { ...p, pricePerDayOre: 450_000 }));
    const [, endSyncs] = await measure(() => endPlacement(port, ctx, p, '2026-11-15'));
    if (process.env.PLACEMENT_SYNCS) console.log({ loadSyncs, sheetSyncs, addSyncs, editSyncs, endSyncs });
    // Measured on the fake: load 19 (six tables and the settings, the ledger's actuals included), the whole sheet 2,
    // add / edit / end 6 each (a fresh read of the register, then one row appended or updated in place).
    expect(loadSyncs).toBeLessThanOrEqual(20);
    expect(sheetSyncs).toBeLessThanOrEqual(4);
    for (const n of [addSyncs, editSyncs, endSyncs]) expect(n).toBeLessThanOrEqual(6);

    // The pane is closed and opened again.
    const again = portOver(createExcelFake({ apiVersion: '1.7', workbook: fake.workbook }));
    const reread = await loadPlacements(again, TODAY);
    const mine = reread.register!.filter((r) => r.placement.caseKey === 'BU-2026-950');
    expect(mine.map((r) => [r.placement.pricePerDayOre, r.placement.endDate, r.placement.nextReview])).toEqual([[450_000, '2026-11-15', null]]);
    expect((await again.readTable(REGISTER_TABLE.name))?.rows).toHaveLength(ex.facts.register.rows + 1);
    expect((await again.listSheets()).find((s) => s.name === 'Placeringar')?.visibility).toBe('visible');
  });
});
