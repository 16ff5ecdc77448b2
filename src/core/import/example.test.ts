/** Exempelkommun's extracts import and reconcile with the generator's own totals. */
import { generateExample, type ExampleBytesFile, type ExampleXlsxFile } from '../example';
import { ACTUALS_TABLE, BUDGET_TABLE, COMMENTS_TABLE, EARLIER_FORECAST_TABLE, cellOre, cellText } from '../model/tables';
import { costLineOf, DEFAULT_ACCOUNT_MAP } from './structure';
import { runImport } from './service';
import { bytesSource, rowsSource } from './sources';
import { MemoryPort } from './testing/memoryPort.test-util';
import { reconciliationJson } from './types';

const ex = generateExample();
const bytesFile = (kind: string) => ex.files.filter((f): f is ExampleBytesFile => f.kind === kind && f.format !== 'xlsx');
const NOW = '2026-11-10T08:00:00Z';

async function sumBy(port: MemoryPort, table: string, keyCol: number, amountCol: number): Promise<Record<string, number>> {
  const t = await port.readTable(table);
  const out: Record<string, number> = {};
  for (const r of t?.rows ?? []) out[cellText(r[keyCol])] = (out[cellText(r[keyCol])] ?? 0) + cellOre(r[amountCol]);
  return out;
}

describe('Exempelkommun', () => {
  it('imports both ledgers (Windows-1252) and reconciles per file, period and cost centre', async () => {
    const port = new MemoryPort();
    const ledgers = bytesFile('ledger');
    expect(ledgers).toHaveLength(2);
    const rec = await runImport(
      port,
      ledgers.map((f) => bytesSource(f.name, f.bytes, 4096, 'sha-' + f.name)),
      { now: NOW },
    );
    for (const facts of ex.facts.ledgers) {
      const f = rec.files.find((x) => x.file === facts.file)!;
      expect(f.encoding).toBe('windows-1252');
      expect(f.rowsRead).toBe(facts.rows);
      expect(f.rowsImported).toBe(facts.rows);
      expect(f.rowsRejected).toBe(0);
      expect(f.totalOre).toBe(facts.totalOre);
      expect(f.totalsByPeriodOre).toEqual(facts.perPeriod);
      expect(f.totalsByCostCenterOre).toEqual(facts.perCostCenter);
      expect(f.maskedPersonalNumbers).toBe(facts.personnummerRows);
      expect(f.unmappedAccounts).toEqual([]);
    }
    // What the workbook holds equals the generator's per-period figures.
    const stored = await sumBy(port, ACTUALS_TABLE.name, 0, 8);
    expect(stored).toEqual({ ...ex.facts.ledgers[0].perPeriod, ...ex.facts.ledgers[1].perPeriod });
    const json = JSON.stringify(reconciliationJson(rec)) + JSON.stringify(port.snapshot());
    for (const p of ex.facts.syntheticPersonnummer) expect(json).not.toContain(p);
    // Cost lines by the default account map agree with the generator's own account → cost line mapping.
    const byLine: Record<string, number> = {};
    for (const r of (await port.readTable(ACTUALS_TABLE.name))!.rows) {
      if (!cellText(r[0]).startsWith('2026')) continue;
      const line = costLineOf(cellText(r[2]), DEFAULT_ACCOUNT_MAP) ?? '?';
      byLine[line] = (byLine[line] ?? 0) + cellOre(r[8]);
    }
    expect(byLine).toEqual(Object.fromEntries(Object.entries(ex.facts.ledgers[1].perCostLine).filter(([, v]) => v !== 0)));
  });

  it('imports the budget table per month, summing to the generator totals per year', async () => {
    const port = new MemoryPort();
    const [budget] = bytesFile('budget');
    const rec = await runImport(port, [bytesSource(budget.name, budget.bytes)], { now: NOW });
    const f = rec.files[0];
    expect(f).toMatchObject({ kind: 'budget', encoding: 'utf-8-bom', rowsImported: ex.facts.budget.rows, rowsRejected: 0 });
    const perYear: Record<string, number> = {};
    for (const [p, v] of Object.entries(await sumBy(port, BUDGET_TABLE.name, 0, 3))) perYear[p.slice(0, 4)] = (perYear[p.slice(0, 4)] ?? 0) + v;
    expect(perYear).toEqual(ex.facts.budget.perYear);
    expect(f.totalOre).toBe(Object.values(ex.facts.budget.perYear).reduce((a, b) => a + b, 0));
  });

  it('imports the Stratsys report: budget, earlier forecast and comments; subtotals skipped', async () => {
    const port = new MemoryPort();
    const st = ex.files.find((f): f is ExampleXlsxFile => f.kind === 'stratsys')!;
    const sheet = st.xlsx.sheets[0];
    const rec = await runImport(port, [rowsSource(st.name, sheet.rows.map((r) => r.map((c) => c ?? null)), { sheet: sheet.name })], { now: NOW });
    const f = rec.files[0];
    expect(f.kind).toBe('followup');
    expect(f.reportPeriod).toBe(ex.options.throughPeriod);
    // The generator counts every row under the header; the subtotal and total rows are skipped and reported.
    expect(f.rowsRead).toBe(ex.facts.stratsys.rows);
    expect(f.rowsRejected).toBe(0);
    expect(f.rowsSkipped.totalRow).toBeGreaterThan(1);
    expect(f.rowsImported + f.rowsSkipped.totalRow).toBe(f.rowsRead);
    expect(f.totalOre).toBe(ex.facts.stratsys.totals.budgetYearOre);
    expect(f.forecastTotalOre).toBe(ex.facts.stratsys.totals.forecastOre);
    const forecast = await sumBy(port, EARLIER_FORECAST_TABLE.name, 0, 3);
    expect(forecast).toEqual({ [ex.options.throughPeriod]: ex.facts.stratsys.totals.forecastOre });
    // The budget to date is kept: months 1..through sum to "Budget t.o.m. period".
    const budget = await sumBy(port, BUDGET_TABLE.name, 0, 3);
    const toDate = Object.entries(budget)
      .filter(([p]) => p <= ex.options.throughPeriod)
      .reduce((s, [, v]) => s + v, 0);
    expect(toDate).toBe(ex.facts.stratsys.totals.budgetToDateOre);
    expect((await port.readTable(COMMENTS_TABLE.name))!.rows.length).toBe(f.comments);
    expect(f.warnings ?? []).toEqual([]);
  });
});
