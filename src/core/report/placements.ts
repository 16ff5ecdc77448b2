/**
 * The placements part of the committee summary: number of placements per form at the end of the period, care days
 * (vårddygn) and cost this year up to the period. The figures come from the placements area (the register and its
 * cost rules); the report only checks and lays them out. A caller without a register passes null and the sheet says
 * so (never zeros that look like "no placements").
 */
import type { WorkbookPort } from '../port';
import type { Ore } from '../money';
import { lastDayOf, periodParts, type Period } from '../dates';
import { t } from '../strings';
import { loadPlacements, projectWorkbook } from '../placements/workbook';

export interface PlacementFormRow {
  /** Placement form as the register names it ("HVB", "Konsulentstött familjehem" …). */
  form: string;
  /** Placements active on the last day of the period. */
  countAtPeriodEnd: number;
  /** Care days from 1 January through the end of the period. */
  careDays: number;
  /** Cost from 1 January through the end of the period. */
  costOre: Ore;
}

export interface PlacementSummary {
  period: Period;
  /** Where the figures come from, shown on the sheet ("Placeringsregistret, 58 placeringar"). */
  source: string;
  forms: PlacementFormRow[];
}

/** Provides the summary for a period (the placements area's projection), or null when the workbook has no register. */
export type PlacementSummaryProvider = (period: Period) => Promise<PlacementSummary | null>;

/** Checks a summary from a provider: whole non-negative counts and days, whole öre. Throws on anything else. */
export function checkPlacementSummary(s: PlacementSummary): PlacementSummary {
  for (const f of s.forms) {
    if (!Number.isSafeInteger(f.countAtPeriodEnd) || f.countAtPeriodEnd < 0) throw new RangeError(`placeringar: antal ${f.countAtPeriodEnd}`);
    if (!Number.isSafeInteger(f.careDays) || f.careDays < 0) throw new RangeError(`placeringar: vårddygn ${f.careDays}`);
    if (!Number.isSafeInteger(f.costOre)) throw new RangeError(`placeringar: kostnad ${f.costOre}`);
  }
  return s;
}

/**
 * The summary from the workbook's placement register (the placements area's projection, as of the last day of the
 * period): per form the placements active at the end of the period, and the register's care days and cost from
 * 1 January through the period (the cost rules of each placement, not the ledger). Null without a register.
 */
export async function placementSummaryFromRegister(port: WorkbookPort, period: Period): Promise<PlacementSummary | null> {
  const asOf = lastDayOf(period);
  const { year, month } = periodParts(period);
  const data = await loadPlacements(port, asOf);
  if (data.register === null) return null;
  const proj = projectWorkbook(data, year, asOf);
  const order = new Map(data.forms.map((f, i) => [f.name, i]));
  const forms: PlacementFormRow[] = Object.entries(proj.byForm)
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b, 'sv'))
    .map(([form, g]) => {
      let careDays = 0;
      let costOre = 0;
      for (let m = 0; m < month; m++) {
        careDays += g.months[m].careDays;
        costOre += g.months[m].costOre;
      }
      return { form, countAtPeriodEnd: g.months[month - 1].countAtMonthEnd, careDays, costOre };
    })
    .filter((f) => f.countAtPeriodEnd > 0 || f.careDays > 0);
  return checkPlacementSummary({ period, source: t('report.placements.source', { count: proj.placements }), forms });
}
