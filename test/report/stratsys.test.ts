/**
 * The Stratsys export (CSV and xlsx) read back by the import's follow-up reader: the same forecasts (to the öre)
 * and comments per unit × cost line and period come back, including comments that start with = + - @ (neutralised
 * in the CSV, restored by the reader). Units without a submitted forecast are not exported.
 */
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { readSheetRows } from '../../src/file/readSheetRows';
import { runImport } from '../../src/core/import/service';
import { bytesSource, rowsSource } from '../../src/core/import/sources';
import { COMMENTS_TABLE, EARLIER_FORECAST_TABLE, cellOre, cellText } from '../../src/core/model/tables';
import {
  STRATSYS_EXPORT_SHEET,
  buildReport,
  csvAmount,
  loadReportInputs,
  stratsysCsv,
  stratsysCsvBytes,
  stratsysRows,
  stratsysSheet,
  type ReportModel,
  type StratsysExportRow,
} from '../../src/core/report';
import { LINES, kr, smallMunicipality, writeFixture } from './fixture.test-util';

jest.setTimeout(60_000);

async function model(): Promise<ReportModel> {
  const wb = await XlsxWorkbook.create();
  const fx = smallMunicipality();
  fx.rounds[2].units['620'].comments = {
    [LINES.personnel]: { cause: '-2 % sjukfrånvaro jämfört med i fjol.', action: '' },
    [LINES.adults]: { cause: '@LVM: två nya placeringar.', action: '+1 plats på hemmaplan från november.' },
  };
  fx.units[1].name = '=Vuxen missbruk';
  await writeFixture(wb, fx);
  return buildReport(await loadReportInputs(wb, '2026-03'));
}

/** What the follow-up import wrote: forecasts and comments per period × ansvar × kostnadsslag. */
async function readBack(wb: XlsxWorkbook): Promise<{ forecasts: [string, string, string, number][]; comments: [string, string, string, string][] }> {
  const f = await wb.readTable(EARLIER_FORECAST_TABLE.name);
  const c = await wb.readTable(COMMENTS_TABLE.name);
  return {
    forecasts: (f?.rows ?? []).map((r) => [cellText(r[0]), cellText(r[1]), cellText(r[2]), cellOre(r[3])] as [string, string, string, number]).sort(),
    comments: (c?.rows ?? []).map((r) => [cellText(r[0]), cellText(r[1]), cellText(r[2]), String(r[3])] as [string, string, string, string]).sort(),
  };
}

function expected(rows: StratsysExportRow[]) {
  return {
    forecasts: rows.map((r) => [r.period, r.costCenter, r.costLine, r.forecastOre]).sort(),
    comments: rows.filter((r) => r.comment).map((r) => [r.period, r.costCenter, r.costLine, r.comment]).sort(),
  };
}

describe('Stratsys export', () => {
  let m: ReportModel;
  beforeAll(async () => {
    m = await model();
  });

  it('exports the submitted units’ forecasts and the round’s comments (orsak, then Åtgärd)', () => {
    const rows = stratsysRows(m);
    expect(rows.map((r) => r.costCenter)).toEqual(['610', '610', '610', '620', '620']);
    expect(rows.find((r) => r.costLine === LINES.institution)).toMatchObject({
      forecastOre: kr(3_000_000),
      comment: 'Två nya HVB-placeringar sedan januari. Åtgärd: =Hemmaplanslösning prövas i resursrådet.',
    });
    expect(rows.find((r) => r.costCenter === '620' && r.costLine === LINES.adults)?.comment).toBe(
      '@LVM: två nya placeringar. Åtgärd: +1 plats på hemmaplan från november.',
    );
    expect(csvAmount(-123456)).toBe('-1234,56');
    expect(csvAmount(5)).toBe('0,05');
  });

  it('neutralises CSV text cells that start with = + - @', () => {
    const csv = stratsysCsv(m);
    expect(csv.split('\r\n')[3]).toBe('Period;Ansvar;Benämning;Kostnadsslag;Prognos helår;Kommentar');
    expect(csv).toContain(";'=Vuxen missbruk;");
    expect(csv).toContain(";'-2 % sjukfrånvaro jämfört med i fjol.");
    expect(csv).toContain(";'@LVM: två nya placeringar.");
    expect(csv).toContain(';-144000,00;');
    for (const line of csv.split('\r\n')) for (const field of line.split(';')) expect(/^[=+@]/.test(field)).toBe(false);
  });

  it('CSV read back by the follow-up reader gives the same forecasts and comments', async () => {
    const wb = await XlsxWorkbook.create();
    await runImport(wb, [bytesSource('stratsys_prognos_2026-03.csv', stratsysCsvBytes(m), 4096, 'h1')], { now: '2026-04-05T08:00:00Z' });
    expect(await readBack(wb)).toEqual(expected(stratsysRows(m)));
  });

  it('xlsx read back by the follow-up reader gives the same forecasts and comments', async () => {
    const out = await XlsxWorkbook.create('stratsys.xlsx');
    await out.writeSheets([stratsysSheet(m)]);
    for (const s of await out.listSheets()) if (s.name !== STRATSYS_EXPORT_SHEET) await out.deleteSheet(s.name);
    const bytes = await out.save();
    const sheet = await readSheetRows(bytes, { fileName: 'stratsys.xlsx' });
    const wb = await XlsxWorkbook.create();
    await runImport(wb, [rowsSource('stratsys_prognos_2026-03.xlsx', sheet.rows)], { now: '2026-04-05T08:00:00Z' });
    expect(await readBack(wb)).toEqual(expected(stratsysRows(m)));
  });
});
