/**
 * The forecast on Exempelkommun: the example's ledgers and budget imported by the import service, then the
 * proposals computed from the workbook. The forecast's actuals to date and budget reconcile with the
 * generator's own totals (not a krona lost or doubled on the way from the ledger to the forecast).
 */
import { generateExample, type ExampleBytesFile } from '../../src/core/example';
import { runImport } from '../../src/core/import/service';
import { bytesSource } from '../../src/core/import/sources';
import { computeProposals, openUnit } from '../../src/core/forecast/service';
import { FORECAST_METHODS } from '../../src/core/forecast/types';
import { MemoryPort } from './memory-port.test-util';

jest.setTimeout(60_000);

describe('forecast on Exempelkommun', () => {
  const ex = generateExample();
  const port = new MemoryPort();
  const asOf = ex.facts.throughPeriod;

  beforeAll(async () => {
    const files = ex.files.filter((f): f is ExampleBytesFile => (f.kind === 'ledger' || f.kind === 'budget') && f.format !== 'xlsx');
    await runImport(
      port,
      files.map((f) => bytesSource(f.name, f.bytes, 4096, 'sha-' + f.name)),
      { now: '2026-11-10T08:00:00Z' },
    );
  });

  it('reconciles actuals to date and budget with the generator, per cost line', async () => {
    const batch = await computeProposals({ port }, asOf);
    expect(batch.unmapped).toEqual([]);
    const current = ex.facts.ledgers.find((l) => Object.keys(l.perPeriod).some((p) => p.startsWith(String(ex.facts.year))));
    if (!current) throw new Error('no ledger for the current year');
    const byLine: Record<string, number> = {};
    for (const r of batch.rows) byLine[r.costLine] = (byLine[r.costLine] ?? 0) + (r.actualToDateOre ?? NaN);
    const expected = Object.fromEntries(Object.entries(current.perCostLine).filter(([, v]) => v !== 0));
    expect(byLine).toEqual(expected);
    const budget = batch.rows.reduce((s, r) => s + (r.budgetOre ?? 0), 0);
    expect(budget).toBe(ex.facts.budget.perYear[String(ex.facts.year)]);
    // Every line has a run-rate, a budget profile and a trend; each figure is whole öre.
    for (const r of batch.rows) {
      expect(r.proposals.runRate.ok && r.proposals.budgetProfile.ok && r.proposals.trend.ok).toBe(true);
      for (const m of FORECAST_METHODS) {
        const p = r.proposals[m];
        if (p.ok) expect(Number.isSafeInteger(p.ore)).toBe(true);
      }
    }
  });

  it('an enhetschef accepts the budget profile for every line and submits', async () => {
    const units = [...new Set((await computeProposals({ port }, asOf)).rows.map((r) => r.costCenter))];
    const s = await openUnit({ port, user: 'Anna Andersson', now: () => '2026-11-10 09:00:00' }, units[0], asOf);
    const all = await s.acceptAll({ method: 'budgetProfile', confirmed: true });
    expect(all.status).toBe('saved');
    // Lines beyond the comment threshold need their orsak/åtgärd first.
    for (const l of s.view().lines) {
      if (l.commentRequired) await s.save({ kind: 'cause', costLine: l.costLine, text: 'Avvikelse enligt utfallet hittills.' });
      if (l.actionRequired) await s.save({ kind: 'action', costLine: l.costLine, text: 'Ses över i resursrådet.' });
    }
    const r = await s.submit();
    expect(r.status).toBe('done');
    const v = s.view();
    expect(v.totals.missingForecasts).toBe(0);
    expect(v.totals.forecastOre).toBe(v.lines.reduce((sum, l) => sum + (l.proposals.budgetProfile.ok ? l.proposals.budgetProfile.ore : 0), 0));
  });
});
