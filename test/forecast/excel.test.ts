/**
 * The forecast service through the Office.js adapter on the Excel fake: every edit is in the workbook at once
 * (a new Excel.run on the same document sees it, as after the pane is closed and reopened), a few syncs per edit,
 * and a table is never rewritten for an edit.
 */
import type { ExcelHost } from '../../src/excel/batch';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { createExcelFake, type ExcelFake } from '../fake';
import { LINES, fixedClock, kr, writeFixture } from './fixture.test-util';
import { openUnit, type ForecastEnv, type SaveResult } from '../../src/core/forecast/service';
import { readAudit, readForecasts } from '../../src/core/forecast/store';
import { FORECAST_TABLE } from '../../src/core/forecast/tables';

jest.setTimeout(30_000);

const portOver = (fake: ExcelFake) => new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported);

function saved(r: SaveResult) {
  if (r.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(r)}`);
  return r;
}

describe('forecast through Office.js (Excel fake)', () => {
  it('persists every edit at once with a bounded number of syncs', async () => {
    const fake = createExcelFake({ apiVersion: '1.7' });
    const port = portOver(fake);
    await writeFixture(port);
    const env: ForecastEnv = { port, user: 'Anna Andersson', now: fixedClock() };
    const s = await openUnit(env, '610', '2025-03');

    fake.resetStats();
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }));
    const firstSave = fake.stats.syncs;
    fake.resetStats();
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 300 000' }));
    const secondSave = fake.stats.syncs;
    fake.resetStats();
    saved(await s.save({ kind: 'cause', costLine: LINES.institution, text: '+ två placeringar' }));
    const commentSave = fake.stats.syncs;
    // Re-reading this round's rows and status (three small tables), the upserts and one audit append — not one sync
    // per cell or row. The first edit of a session also records the round. (Measured: 20, 13, 13.)
    expect(firstSave).toBeLessThanOrEqual(22);
    for (const n of [secondSave, commentSave]) expect(n).toBeLessThanOrEqual(15);

    // The pane is closed and opened again: a new Excel.run on the same document.
    const again = portOver(createExcelFake({ apiVersion: '1.7', workbook: fake.workbook }));
    const forecasts = await readForecasts(again);
    expect(forecasts.map((f) => [f.costCenter, f.costLine, f.fullYear])).toEqual([['610', LINES.institution, kr(2_300_000)]]);
    const s2 = await openUnit({ ...env, port: again }, '610', '2025-03');
    expect(s2.view().lines[2]).toMatchObject({ cause: '+ två placeringar', forecast: { fullYearOre: kr(2_300_000), stored: true } });
    expect((await readAudit(again)).map((a) => a.field)).toEqual(['Helår', 'Metod', 'Helår', 'Orsak']);
    expect((await again.readTable(FORECAST_TABLE.name))?.rows).toHaveLength(1);
    if (process.env.FORECAST_SYNCS) console.log({ firstSave, secondSave, commentSave });
  });
});
