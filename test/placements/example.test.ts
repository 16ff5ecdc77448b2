/**
 * Exempelkommun end to end: the register imported through the import, projected by core, compared with the
 * generator's own facts — cost, care days and counts month by month, and the ledger's bookings, which agree
 * with the register except the late invoice batch of the last closed month, which shows up as accrual.
 */
import { generateExample, placementTerms } from '../../src/core/example';
import { placementYearCost } from '../../src/core/placements/cost';
import { loadPlacements, projectWorkbook, placementsFor } from '../../src/core/placements';
import { costLineOfAccount } from '../../src/core/example';
import type { XlsxWorkbook } from '../../src/file';
import { exampleWorkbook } from './example.test-util';

jest.setTimeout(60_000);

const ex = generateExample();
const { facts } = ex;
let wb: XlsxWorkbook;

beforeAll(async () => {
  wb = await exampleWorkbook(ex);
}, 60_000);

describe('Exempelkommun: the projection against the generator', () => {
  it('imports every placement of the register', async () => {
    const data = await loadPlacements(wb, '2026-11-09');
    expect(data.register).toHaveLength(facts.register.rows);
    expect(data.actualPeriods[0]).toBe('2025-01');
    expect(data.actualPeriods[data.actualPeriods.length - 1]).toBe(facts.throughPeriod);
  });

  it('gives the register cost, care days and count at month end of every month of both years', async () => {
    const data = await loadPlacements(wb, '2026-11-09');
    for (const year of [facts.previousYear, facts.year]) {
      const p = projectWorkbook(data, year, facts.asOf);
      for (const m of p.monthly) {
        const f = facts.placements.perMonth[m.month];
        expect({ month: m.month, costOre: m.costOre, careDays: m.careDays, count: m.countAtMonthEnd }).toEqual({
          month: m.month,
          costOre: f.costOre,
          careDays: f.careDays,
          count: f.activeAtMonthEnd,
        });
      }
    }
  });

  it('agrees with the ledger to date except the late batch, which is the accrual', async () => {
    const data = await loadPlacements(wb, '2026-11-09');
    const p = projectWorkbook(data, facts.year); // as-of defaults to the last imported month
    expect(p.asOf).toBe(facts.asOf);
    expect(p.closedThrough).toBe(facts.throughPeriod);
    for (const m of p.monthly) {
      const f = facts.placements.perMonth[m.month];
      expect({ month: m.month, booked: m.bookedOre }).toEqual({ month: m.month, booked: f.bookedOre });
    }
    // Booked to date = earned to date − the late batch.
    expect(p.bookedToDateOre).toBe(p.earnedToDateOre - facts.lateBatch.totalOre);
    // The un-invoiced estimate per unit × account is exactly the late invoices.
    const late = new Map<string, number>();
    for (const i of facts.lateBatch.invoices) late.set(`${i.costCenter}|${i.account}`, (late.get(`${i.costCenter}|${i.account}`) ?? 0) + i.amountOre);
    const unbilled = new Map(p.accrual.filter((a) => a.unbilledOre !== 0).map((a) => [`${a.costCenter}|${a.account}`, a.unbilledOre]));
    expect(unbilled).toEqual(late);
    expect(p.accrual.reduce((s, a) => s + a.unbilledOre, 0)).toBe(facts.lateBatch.totalOre);
    expect(late.size).toBeGreaterThan(0);
  });

  it('commits the rest of the year exactly as the register costs it, and expects new placements from history', async () => {
    const data = await loadPlacements(wb, '2026-11-09');
    const p = projectWorkbook(data, facts.year);
    const rest = Object.entries(facts.placements.perMonth)
      .filter(([per]) => per > facts.throughPeriod && per.startsWith(String(facts.year)))
      .reduce((s, [, f]) => s + f.costOre, 0);
    expect(p.committedToYearEndOre).toBe(rest);
    expect(p.earnedToDateOre + p.committedToYearEndOre).toBe(facts.register.costCurrentYearOre);
    expect(p.expectedNewOre).toBeGreaterThan(0);
    expect(p.expectedNewOre).toBe(p.groups.reduce((s, g) => s + g.expectedOre, 0));
    // No personal data in alerts: pseudonyms only.
    for (const a of p.alerts) expect(a.caseKey).toMatch(/^(BU|VU)-\d{4}-\d{3}$/);
    expect(p.alerts.some((a) => a.kind === 'noEndDate')).toBe(true);
    expect(p.alerts.every((a) => a.kind !== 'noLedgerPostings')).toBe(true);
  });

  it('feeds the forecast per unit × cost line: committed = the register cost after the as-of month + the late invoices', async () => {
    const placementsOf = await placementsFor(wb, facts.throughPeriod);
    expect(placementsOf).toBeDefined();
    const byGroup = new Map<string, number>();
    for (const pl of (await loadPlacements(wb, '2026-11-09')).register!.map((r) => r.placement)) {
      const line = costLineOfAccount(pl.account) as string;
      const k = `${pl.costCenter}|${line}`;
      const months = placementYearCost(placementTerms({ ...pl, invoiced: true, invoicer: '' } as never), facts.year).filter((m) => m.period > facts.throughPeriod);
      byGroup.set(k, (byGroup.get(k) ?? 0) + months.reduce((s, m) => s + m.totalOre, 0));
    }
    for (const i of facts.lateBatch.invoices) {
      const k = `${i.costCenter}|${costLineOfAccount(i.account)}`;
      byGroup.set(k, (byGroup.get(k) ?? 0) + i.amountOre);
    }
    for (const [k, committed] of byGroup) {
      const [cc, line] = k.split('|');
      expect(placementsOf!(cc, line, facts.throughPeriod)?.committedOre).toBe(committed);
    }
  });
});
