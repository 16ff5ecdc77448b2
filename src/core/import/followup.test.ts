import { BUDGET_TABLE, COMMENTS_TABLE, EARLIER_FORECAST_TABLE, cellOre, cellText } from '../model/tables';
import type { CellValue } from '../port';
import { monthHeader, profileWeights } from './budget';
import { periodFromTitle } from './followup';
import { unitFactor } from './kindRows';
import { ImportRefusedError, runImport } from './service';
import { rowsSource } from './sources';
import { MemoryPort } from './testing/memoryPort.test-util';
import { syntheticPnr } from './testing/synthetic.test-util';

const NOW = '2026-04-10T08:00:00Z';

async function table(port: MemoryPort, name: string) {
  return (await port.readTable(name))!.rows;
}

describe('follow-up report (Stratsys-style)', () => {
  it('finds the report period in the title block, ignoring print dates', () => {
    expect(periodFromTitle([['Månadsuppföljning IFO'], ['Period: mars 2026'], ['Utskriven 2026-04-09']])).toBe('2026-03');
    expect(periodFromTitle([['Uppföljning t.o.m. februari 2026']])).toBe('2026-02');
    expect(periodFromTitle([['Rapport 2026-05'], ['Utskriven 2026-06-02']])).toBe('2026-05');
    expect(periodFromTitle([['Utskriven 2026-06-02']])).toBeNull();
    expect(unitFactor('Budget helår (tkr)')).toBe(1000);
    expect(unitFactor('Prognos mnkr')).toBe(1_000_000);
    expect(unitFactor('Utfall')).toBe(1);
  });

  it('imports a per-unit, per-cost-line report with unit headings, subtotals, tkr and numbers as text', async () => {
    const pnr = syntheticPnr('121212', '121');
    const rows: CellValue[][] = [
      ['Uppföljning individ- och familjeomsorg'],
      ['Period: mars 2026'],
      [],
      ['Enhet', 'Kostnadsslag', 'Budget helår (tkr)', 'Budget ack (tkr)', 'Utfall ack (tkr)', 'Avvikelse', 'Prognos (tkr)', 'Kommentar'],
      ['1210 Barn och unga', null, null, null, null, null, null, null],
      [null, 'Personal', '1 200', '300', '310', '-10', '1 220', 'Vakanser'],
      [null, 'Köpt vård institution barn och unga', '2 400', '600', '900', '-300', '3 000', `Ny placering (${pnr.slice(0, 6)}-${pnr.slice(6)})`],
      ['Summa Barn och unga', null, '3 600', '900', '1 210', '-310', '4 220', null],
      ['1310 Ekonomiskt bistånd', 'Ekonomiskt bistånd', 1200, 300, 280, 20, 1150, null],
      ['Totalt', null, '4 800', '1 200', '1 490', '-290', '5 370', null],
    ];
    const port = new MemoryPort();
    const rec = await runImport(port, [rowsSource('stratsys.xlsx', rows)], { now: NOW });
    const f = rec.files[0];
    expect(f).toMatchObject({
      kind: 'followup',
      headerRow: 4,
      reportPeriod: '2026-03',
      rowsRead: 6,
      rowsImported: 3,
      rowsSkipped: { heading: 1, totalRow: 2 },
      rowsRejected: 0,
      totalOre: 4_800_000_00,
      forecastTotalOre: 5_370_000_00,
      comments: 2,
      maskedPersonalNumbers: 1,
      totalsByCostCenterOre: { '1210': 3_600_000_00, '1310': 1_200_000_00 },
    });
    expect(f.mapping).toMatchObject({ costCenter: 'Enhet', costLine: 'Kostnadsslag', budgetYear: 'Budget helår (tkr)', comment: 'Kommentar' });
    // Budget per month: months 1–3 carry the budget to date, the rest of the year the remainder.
    const budget = await table(port, BUDGET_TABLE.name);
    const personnel = budget.filter((r) => r[1] === '1210' && r[2] === 'Personal');
    expect(personnel).toHaveLength(12);
    expect(personnel.slice(0, 3).reduce((s, r) => s + cellOre(r[3]), 0)).toBe(300_000_00);
    expect(personnel.reduce((s, r) => s + cellOre(r[3]), 0)).toBe(1_200_000_00);
    const forecast = await table(port, EARLIER_FORECAST_TABLE.name);
    expect(forecast.map((r) => [cellText(r[0]), r[1], r[2], cellOre(r[3])])).toEqual([
      ['2026-03', '1210', 'Personal', 1_220_000_00],
      ['2026-03', '1210', 'Köpt vård institution barn och unga', 3_000_000_00],
      ['2026-03', '1310', 'Ekonomiskt bistånd', 1_150_000_00],
    ]);
    const comments = await table(port, COMMENTS_TABLE.name);
    expect(comments.map((r) => r[3])).toEqual(['Vakanser', 'Ny placering (ÅÅMMDD-****)']);
    // Re-importing the same report replaces, never adds.
    await runImport(port, [rowsSource('stratsys.xlsx', rows)], { now: NOW });
    expect((await table(port, EARLIER_FORECAST_TABLE.name)).length).toBe(3);
    expect((await table(port, BUDGET_TABLE.name)).length).toBe(36);
  });

  it('refuses numbers that are not numbers, with row and column', async () => {
    const rows: CellValue[][] = [
      ['Period: 2026-03'],
      ['Ansvar', 'Budget helår', 'Prognos', 'Kommentar'],
      ['1210', '1 2 3', '100', null],
    ];
    const port = new MemoryPort();
    const e = await runImport(port, [rowsSource('s.xlsx', rows)], { now: NOW }).catch((x) => x);
    expect(e).toBeInstanceOf(ImportRefusedError);
    expect((e as ImportRefusedError).issues[0].message).toBe('fil s.xlsx, rad 3, kolumn Budget helår, värde "1 2 3": Beloppet är inte ett tal.');
    expect(port.snapshot()).toBe(new MemoryPort().snapshot());
  });
});

describe('plain budget table', () => {
  it('recognises month headers and phasing profiles', () => {
    expect(monthHeader('Jan')).toEqual({ month: 1, year: null });
    expect(monthHeader('Maj')).toEqual({ month: 5, year: null });
    expect(monthHeader('2026-10')).toEqual({ month: 10, year: 2026 });
    expect(monthHeader('202612')).toEqual({ month: 12, year: 2026 });
    expect(monthHeader('okt 2026')).toEqual({ month: 10, year: 2026 });
    expect(monthHeader('Konto')).toBeNull();
    expect(profileWeights('jämn')).toEqual(new Array(12).fill(1));
    expect(profileWeights('8;8;9;8;8;9;4;8;9;9;10;10')).toHaveLength(12);
    expect(profileWeights('säsong')).toBeNull();
    expect(profileWeights('1;2;3')).toBeNull();
  });

  it('phases an annual budget by profile exactly, maps accounts to cost lines and flags unknown cost lines', async () => {
    const rows: CellValue[][] = [
      ['Budget 2026'],
      ['Ansvar', 'Konto', 'Belopp', 'Periodisering'],
      ['1210', '46311', '1 000 000,01', 'jämn'],
      ['1210', '51110', 1200, '0;0;0;0;0;0;1;1;0;0;0;0'],
      ['1310', '19999', 5, 'jämn'],
    ];
    const port = new MemoryPort();
    const e = await runImport(port, [rowsSource('b.xlsx', rows)], { now: NOW }).catch((x) => x);
    expect((e as ImportRefusedError).issues.map((i) => i.reason)).toEqual(['import.reject.accountUnmapped']);
    const rec = await runImport(port, [rowsSource('b.xlsx', rows)], { now: NOW, skipInvalid: true });
    expect(rec.files[0]).toMatchObject({ kind: 'budget', rowsImported: 2, rowsRejected: 1, totalOre: 100_000_001 + 120_000 });
    const budget = await table(port, BUDGET_TABLE.name);
    const hvb = budget.filter((r) => r[2] === 'Köpt vård institution barn och unga').map((r) => cellOre(r[3]));
    expect(hvb.reduce((a, b) => a + b, 0)).toBe(100_000_001);
    expect(Math.max(...hvb) - Math.min(...hvb)).toBeLessThanOrEqual(1);
    const personnel = budget.filter((r) => r[2] === 'Personal').map((r) => cellOre(r[3]));
    expect(personnel).toEqual([0, 0, 0, 0, 0, 0, 60_000, 60_000, 0, 0, 0, 0]);
  });
});
