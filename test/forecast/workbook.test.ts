/**
 * The forecast service on a real .xlsx workbook (XlsxWorkbook): every edit survives closing and reopening the
 * file, and the ekonom's distribute/collect round trip with three unit workbooks and their conflicts.
 */
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { LINES, fixedClock, kr, writeFixture } from './fixture.test-util';
import { computeProposals, openUnit, proposalsJson, type ForecastEnv, type SaveResult } from '../../src/core/forecast/service';
import { collectUnits, distributeUnit } from '../../src/core/forecast/distribute';
import { readAudit, readForecasts, readStatuses } from '../../src/core/forecast/store';
import { DISTRIBUTION_SETTING, FORECAST_TABLE } from '../../src/core/forecast/tables';
import { ACTUALS_TABLE, ORGANISATION_TABLE } from '../../src/core/model/tables';

jest.setTimeout(30_000);

function saved(r: SaveResult) {
  if (r.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(r)}`);
  return r;
}

async function reopen(x: XlsxWorkbook, name = 'bok.xlsx'): Promise<XlsxWorkbook> {
  return XlsxWorkbook.load(await x.save(), name);
}

async function mainWorkbook(): Promise<XlsxWorkbook> {
  const x = await XlsxWorkbook.create('huvud.xlsx');
  await writeFixture(x);
  return reopen(x, 'huvud.xlsx');
}

describe('forecast in an .xlsx workbook', () => {
  it('loses nothing when the pane is closed mid-edit and the workbook reopened', async () => {
    const x = await mainWorkbook();
    const env: ForecastEnv = { port: x, user: 'Anna Andersson', now: fixedClock() };
    const s = await openUnit(env, '610', '2025-03');
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000,50' }));
    saved(await s.save({ kind: 'cause', costLine: LINES.institution, text: '=Två nya placeringar' }));
    // The pane is gone; only the file remains.
    const y = await reopen(x);
    const again = await openUnit({ ...env, port: y }, '610', '2025-03');
    const inst = again.view().lines[2];
    expect(inst.forecast).toMatchObject({ stored: true, fullYearOre: kr(2_400_000.5) });
    expect(inst.forecast?.months.reduce((a, b) => a + b, 0)).toBe(kr(2_400_000.5));
    expect(inst.cause).toBe('=Två nya placeringar');
    // The next edit updates the same row.
    saved(await again.save({ kind: 'month', costLine: LINES.institution, month: 4, text: '100 000' }));
    const z = await reopen(y);
    expect((await z.readTable(FORECAST_TABLE.name))?.rows).toHaveLength(1);
    expect((await readAudit(z)).map((a) => a.field)).toEqual(['Helår', 'Metod', 'Orsak', 'Helår', 'Apr', 'Fördelning']);
  });
});

describe('distribute and collect', () => {
  it('round trip with three unit workbooks: taken, duplicate, edited after approval, unknown', async () => {
    const main = await mainWorkbook();
    const ekonom: ForecastEnv = { port: main, user: 'Eva Ekonom', now: fixedClock('2025-04-07 08:00:00') };

    // One workbook per unit, its data only.
    const sent: Record<string, Uint8Array> = {};
    for (const cc of ['610', '620', '630']) {
      const unit = await XlsxWorkbook.create(`prognos-${cc}.xlsx`);
      const r = await distributeUnit(ekonom, unit, cc, '2025-03');
      expect(r.rows[ORGANISATION_TABLE.name]).toBe(1);
      sent[cc] = await unit.save();
    }
    const copy630 = await XlsxWorkbook.load(sent['630']);
    const actuals = await copy630.readTable(ACTUALS_TABLE.name);
    expect(new Set(actuals?.rows.map((r) => r[1]))).toEqual(new Set(['630']));
    // The unit workbook gives the same proposals as the main one (630 has no rows in 2023: the imported
    // periods travel with the copy, so its backtests still see 2023 as zero, not as missing).
    const inCopy = proposalsJson(await computeProposals({ port: copy630 }, '2025-03'));
    const inMain = proposalsJson(await computeProposals({ port: main }, '2025-03', ['630']));
    expect(inCopy).toEqual(inMain);

    // 610: the enhetschef forecasts and submits in the copy.
    const w610 = await XlsxWorkbook.load(sent['610'], 'prognos-610.xlsx');
    const anna: ForecastEnv = { port: w610, user: 'Anna Andersson', now: fixedClock('2025-04-08 10:00:00') };
    const s610 = await openUnit(anna, '610', '2025-03');
    saved(await s610.acceptAll({ method: 'budgetProfile' }));
    saved(await s610.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }));
    saved(await s610.save({ kind: 'cause', costLine: LINES.institution, text: 'Två nya HVB-placeringar.' }));
    saved(await s610.save({ kind: 'action', costLine: LINES.institution, text: 'Hemmaplanslösning från maj.' }));
    expect((await s610.submit()).status).toBe('done');
    const back610 = await reopen(w610, 'prognos-610.xlsx');

    // 620: edited, not submitted.
    const w620 = await XlsxWorkbook.load(sent['620'], 'prognos-620.xlsx');
    const s620 = await openUnit({ port: w620, user: 'Bertil Berg', now: fixedClock('2025-04-08 11:00:00') }, '620', '2025-03');
    saved(await s620.save({ kind: 'fullYear', costLine: LINES.adults, text: '760 000' }));
    const back620 = await reopen(w620, 'prognos-620.xlsx');

    // 630: returned twice, with different figures.
    const back630: XlsxWorkbook[] = [];
    for (const text of ['3 700 000', '3 750 000']) {
      const w = await XlsxWorkbook.load(sent['630']);
      const s = await openUnit({ port: w, user: 'Cecilia', now: fixedClock('2025-04-08 12:00:00') }, '630', '2025-03');
      saved(await s.save({ kind: 'fullYear', costLine: LINES.aid, text }));
      back630.push(await reopen(w));
    }

    // A workbook for a unit the main workbook does not know, and one that is not a unit workbook at all.
    const stray = await XlsxWorkbook.load(await back620.save());
    const meta = (await stray.getSettings())[DISTRIBUTION_SETTING] as Record<string, string>;
    await stray.setSettings({ [DISTRIBUTION_SETTING]: { ...meta, costCenter: '640' } });
    const plain = await XlsxWorkbook.create('annat.xlsx');

    const report = await collectUnits(ekonom, [
      { name: 'prognos-610.xlsx', port: back610 },
      { name: 'prognos-620.xlsx', port: back620 },
      { name: 'prognos-630-a.xlsx', port: back630[0] },
      { name: 'prognos-630-b.xlsx', port: back630[1] },
      { name: 'prognos-640.xlsx', port: stray },
      { name: 'annat.xlsx', port: plain },
    ]);
    expect(report.collected).toEqual([
      { name: 'prognos-610.xlsx', costCenter: '610', round: '2025-03', lines: 3, status: 'inlämnad' },
      { name: 'prognos-620.xlsx', costCenter: '620', round: '2025-03', lines: 1, status: 'utkast' },
    ]);
    expect(report.conflicts.map((c) => [c.name, c.kind])).toEqual([
      ['annat.xlsx', 'notAUnitWorkbook'],
      ['prognos-630-a.xlsx', 'duplicateUnit'],
      ['prognos-630-b.xlsx', 'duplicateUnit'],
      ['prognos-640.xlsx', 'unknownUnit'],
    ]);
    expect(report.conflicts[1].message).toBe(
      'Ansvar 630 har lämnats tillbaka flera gånger (prognos-630-a.xlsx, prognos-630-b.xlsx); ingen av dem har hämtats in.',
    );
    const forecasts = await readForecasts(main);
    expect(forecasts.map((f) => [f.costCenter, f.costLine, f.fullYear])).toEqual([
      ['610', LINES.revenue, kr(-120_000)],
      ['610', LINES.personnel, kr(1_200_000)],
      ['610', LINES.institution, kr(2_400_000)],
      ['620', LINES.adults, kr(760_000)],
    ]);
    const audit = await readAudit(main);
    expect(audit.filter((a) => a.field === 'Insamlad').map((a) => a.to)).toEqual(['prognos-610.xlsx', 'prognos-620.xlsx']);
    expect(audit.filter((a) => a.costCenter === '610' && a.user === 'Anna Andersson').length).toBeGreaterThan(5);

    // The ekonom approves 610 in the main workbook. The old copy is reopened and changed there, and returned again.
    const e610 = await openUnit(ekonom, '610', '2025-03');
    expect((await e610.approve()).status).toBe('done');
    const again = await openUnit(anna, '610', '2025-03');
    expect((await again.reopen('Glömde personalen.')).status).toBe('done');
    saved(await again.save({ kind: 'fullYear', costLine: LINES.personnel, text: '1 250 000' }));
    const report2 = await collectUnits(ekonom, [
      { name: 'prognos-610-igen.xlsx', port: await reopen(w610) },
      { name: 'prognos-620.xlsx', port: back620 },
    ]);
    expect(report2.collected).toEqual([]);
    expect(report2.unchanged).toEqual([{ name: 'prognos-620.xlsx', costCenter: '620', round: '2025-03' }]);
    expect(report2.conflicts.map((c) => [c.name, c.kind])).toEqual([['prognos-610-igen.xlsx', 'editedAfterApproval']]);
    // Nothing of the late copy reached the main workbook.
    expect((await readForecasts(main)).find((f) => f.costLine === LINES.personnel)?.fullYear).toBe(kr(1_200_000));
    expect((await readStatuses(main)).map((s) => [s.costCenter, s.status])).toEqual([['610', 'approved']]);
  });

  it('reports a unit changed both in the main workbook and in its copy; a stale copy is no edit', async () => {
    const main = await mainWorkbook();
    const ekonom: ForecastEnv = { port: main, user: 'Eva Ekonom', now: fixedClock('2025-04-07 08:00:00') };
    const unit = await XlsxWorkbook.create();
    await distributeUnit(ekonom, unit, '620', '2025-03');
    const copy = await reopen(unit);
    const untouched = await reopen(unit);
    // The ekonom edits 620 in the main workbook after distributing it …
    const m = await openUnit({ ...ekonom, now: fixedClock('2025-04-07 09:00:00') }, '620', '2025-03');
    saved(await m.save({ kind: 'fullYear', costLine: LINES.personnel, text: '610 000' }));
    // … and the enhetschef edits the same unit in the copy.
    const c = await openUnit({ port: copy, user: 'Bertil Berg', now: fixedClock('2025-04-08 09:00:00') }, '620', '2025-03');
    saved(await c.save({ kind: 'fullYear', costLine: LINES.personnel, text: '620 000' }));
    const report = await collectUnits(ekonom, [
      { name: 'a.xlsx', port: copy },
      { name: 'b.xlsx', port: untouched },
    ]);
    expect(report.conflicts.map((x) => [x.name, x.kind])).toEqual([
      ['a.xlsx', 'duplicateUnit'],
      ['b.xlsx', 'duplicateUnit'],
    ]);
    const r1 = await collectUnits(ekonom, [{ name: 'a.xlsx', port: copy }]);
    expect(r1.conflicts.map((x) => x.kind)).toEqual(['changedInBoth']);
    const r2 = await collectUnits(ekonom, [{ name: 'b.xlsx', port: untouched }]);
    expect(r2.unchanged).toEqual([{ name: 'b.xlsx', costCenter: '620', round: '2025-03' }]);
    expect((await readForecasts(main)).map((f) => f.fullYear)).toEqual([kr(610_000)]);
  });
});
