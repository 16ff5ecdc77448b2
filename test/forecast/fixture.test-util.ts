/**
 * A small constructed municipality for the forecast tests: three units, five cost lines, actuals for 2023, 2024
 * and January–March 2025, budgets for 2024 and 2025. Every figure is chosen so the expected proposals can be
 * worked out by hand (see service.test.ts).
 *
 * Monthly amounts in kronor:
 * - 610 Personal (accounts 51100 + 54000): 2023 90 000, 2024 95 000, 2025 100 000; budget 2024 95 000, 2025 100 000.
 * - 610 Köpt vård institution barn och unga (46311): 2023 and 2024 Jan–Mar 100 000, Apr–Dec 200 000;
 *   2025 Jan–Mar 150 000; budget 2024 and 2025 175 000.
 * - 610 Intäkter (34100): −10 000 every month; budget −10 000.
 * - 620 Personal (51100): 50 000 every month; budget 50 000.
 * - 620 Köpt vård vuxna (46331): 2024 60 000, 2025 80 000; budget 2025 60 000.
 * - 630 Ekonomiskt bistånd (45210): 2024 300 000; 2025 300 000, 320 000, 340 000; budget 2025 300 000.
 * - 610 has 1 000 kr on an unmapped balance account (29990) in January 2025.
 */
import type { CellValue, WorkbookPort } from '../../src/core/port';
import {
  ACCOUNT_MAP_TABLE,
  ACTUALS_TABLE,
  BUDGET_TABLE,
  COST_LINES_TABLE,
  ORGANISATION_TABLE,
} from '../../src/core/model/tables';

export const LINES = {
  revenue: 'Intäkter',
  personnel: 'Personal',
  institution: 'Köpt vård institution barn och unga',
  adults: 'Köpt vård vuxna',
  aid: 'Ekonomiskt bistånd',
} as const;

const p = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

function actual(period: string, cc: string, account: string, kr: number): CellValue[] {
  return [period, cc, account, '569', '', '', '', '', kr, 1, 'test'];
}

/** Actual rows for one month of the fixture. */
export function actualsFor(year: number, month: number): CellValue[][] {
  const rows: CellValue[][] = [];
  const per = p(year, month);
  const personnel610 = year === 2023 ? 90_000 : year === 2024 ? 95_000 : 100_000;
  rows.push(actual(per, '610', '51100', personnel610 * 0.6));
  rows.push(actual(per, '610', '54000', personnel610 * 0.4));
  const inst = year === 2025 ? 150_000 : month <= 3 ? 100_000 : 200_000;
  rows.push(actual(per, '610', '46311', inst));
  rows.push(actual(per, '610', '34100', -10_000));
  rows.push(actual(per, '620', '51100', 50_000));
  if (year >= 2024) rows.push(actual(per, '620', '46331', year === 2024 ? 60_000 : 80_000));
  if (year >= 2024) rows.push(actual(per, '630', '45210', year === 2024 ? 300_000 : [300_000, 320_000, 340_000][month - 1] ?? 330_000));
  if (year === 2025 && month === 1) rows.push(actual(per, '610', '29990', 1_000));
  return rows;
}

function budgetRows(year: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let m = 1; m <= 12; m++) {
    const per = p(year, m);
    rows.push([per, '610', LINES.personnel, year === 2024 ? 95_000 : 100_000, 'b']);
    rows.push([per, '610', LINES.institution, 175_000, 'b']);
    rows.push([per, '610', LINES.revenue, -10_000, 'b']);
    rows.push([per, '620', LINES.personnel, 50_000, 'b']);
    if (year === 2025) rows.push([per, '620', LINES.adults, 60_000, 'b']);
    if (year === 2025) rows.push([per, '630', LINES.aid, 300_000, 'b']);
  }
  return rows;
}

/** Writes the fixture's shared tables (as the import would) to a port; actuals up to `lastPeriod`. */
export async function writeFixture(port: WorkbookPort, lastPeriod = '2025-03'): Promise<void> {
  const actuals: CellValue[][] = [];
  for (const y of [2023, 2024, 2025]) {
    for (let m = 1; m <= 12; m++) if (p(y, m) <= lastPeriod) actuals.push(...actualsFor(y, m));
  }
  await port.replaceTable(ACTUALS_TABLE, actuals);
  await port.replaceTable(BUDGET_TABLE, [...budgetRows(2024), ...budgetRows(2025)]);
  await port.replaceTable(COST_LINES_TABLE, [
    [LINES.revenue, 'Intäkt', 'Nej', 1],
    [LINES.personnel, 'Kostnad', 'Nej', 2],
    [LINES.institution, 'Kostnad', 'Ja', 3],
    [LINES.adults, 'Kostnad', 'Ja', 5],
    [LINES.aid, 'Kostnad', 'Nej', 6],
  ]);
  await port.replaceTable(ACCOUNT_MAP_TABLE, [
    ['4631', '4631', LINES.institution, ''],
    ['4633', '4633', LINES.adults, ''],
    ['452', '452', LINES.aid, ''],
    ['3', '3', LINES.revenue, ''],
    ['5', '5', LINES.personnel, ''],
  ]);
  await port.replaceTable(ORGANISATION_TABLE, [
    ['610', 'Barn och unga', 'Barn- och ungdomsenheten', 'IFO', '569'],
    ['620', 'Vuxen', 'Vuxenenheten', 'IFO', '559'],
    ['630', 'Ekonomiskt bistånd', 'Försörjningsstöd', 'IFO', '575'],
  ]);
}

/** Appends one more month of actuals (a new period imported). */
export async function addActuals(port: WorkbookPort, year: number, month: number): Promise<void> {
  await port.appendTableRows(ACTUALS_TABLE, actualsFor(year, month));
}

/** A fixed clock for the audit trail: each call one second later. */
export function fixedClock(start = '2025-04-07 09:00:00'): () => string {
  let n = 0;
  const base = start.slice(0, 14);
  const [mm, ss] = start.slice(14).split(':').map(Number);
  return () => {
    const total = mm * 60 + ss + n++;
    return `${base}${String(Math.floor(total / 60) % 60).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
}

const KR = 100;
/** Kronor to öre for expected figures. */
export const kr = (v: number) => Math.round(v * KR);
