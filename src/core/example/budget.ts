/**
 * Exempelkommun's budget per ansvar × cost line and year, phased over the months with `allocate` so the months
 * sum exactly to the annual figure. Written as `budget_<prev>_<year>.csv` (UTF-8 with BOM, semicolon, whole kronor).
 *
 * The budget is set from the year's underlying outcome with a factor per cost line: bought care is budgeted
 * 10–20 % too low (the audits' pattern: placements drive the deficit), personnel slightly too high (vacancies),
 * financial aid a little low in the current year, premises on the mark.
 */
import { daysInMonth } from '../dates';
import { allocate, divRound, type Ore } from '../money';
import { COST_CENTERS, COST_LINES, type ExampleCostLine } from './organisation';
import type { Random } from './random';
import { csvText, utf8WithBom, wholeKronor } from './text';

export const BUDGET_MONTH_HEADERS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'] as const;
export const BUDGET_HEADERS = ['År', 'Ansvar', 'Kostnadsslag', 'Helår', ...BUDGET_MONTH_HEADERS] as const;

export interface BudgetLine {
  year: number;
  costCenter: string;
  costLine: ExampleCostLine;
  /** Whole kronor, in öre. */
  annualOre: Ore;
  /** 12 months, whole kronor in öre, summing exactly to annualOre. */
  monthsOre: Ore[];
}

/** Budget factor ranges (per mille of the outcome) by cost line; [previous year, current year]. */
const FACTORS: Record<ExampleCostLine, [[number, number], [number, number]]> = {
  Intäkter: [[850, 1000], [850, 1000]],
  Personal: [[1000, 1020], [1000, 1020]],
  'Köpt vård institution barn och unga': [[800, 880], [750, 830]],
  Familjehemsvård: [[900, 970], [870, 940]],
  'Köpt vård vuxna': [[780, 900], [750, 860]],
  'Ekonomiskt bistånd': [[975, 1000], [970, 990]],
  Lokaler: [[995, 1005], [995, 1005]],
  'Övriga kostnader': [[950, 1060], [950, 1060]],
};

const PERSONNEL_PHASING = [100, 100, 100, 100, 100, 104, 88, 96, 100, 100, 100, 134];
const AID_PHASING = [1000, 960, 1000, 980, 990, 1010, 1040, 1020, 980, 1000, 1010, 1230];

/** Monthly phasing weights of a cost line in a year. */
export function phasingWeights(costLine: ExampleCostLine, year: number): number[] {
  switch (costLine) {
    case 'Personal':
      return PERSONNEL_PHASING;
    case 'Ekonomiskt bistånd':
      return AID_PHASING;
    case 'Köpt vård institution barn och unga':
    case 'Familjehemsvård':
    case 'Köpt vård vuxna':
      return Array.from({ length: 12 }, (_, i) => daysInMonth(year, i + 1));
    default:
      return Array(12).fill(1) as number[];
  }
}

export function budgetKey(costCenter: string, costLine: string): string {
  return `${costCenter}|${costLine}`;
}

/**
 * The budget for the given years from each year's full-year outcome per `budgetKey` (öre).
 * `yearIndex` 0 = previous year, 1 = current year.
 */
export function generateBudget(rng: Random, outcomes: { year: number; byKey: ReadonlyMap<string, Ore> }[]): BudgetLine[] {
  const out: BudgetLine[] = [];
  outcomes.forEach(({ year, byKey }, yearIndex) => {
    const yrng = rng.fork('budget/' + year);
    for (const cc of COST_CENTERS) {
      for (const line of COST_LINES) {
        const outcome = byKey.get(budgetKey(cc.code, line)) ?? 0;
        const [lo, hi] = FACTORS[line][Math.min(yearIndex, 1)];
        const f = yrng.int(lo, hi);
        if (outcome === 0) continue;
        // Whole thousands of kronor: outcome × f / 1000, then / 100 000 öre per thousand kronor.
        const thousands = divRound(outcome * f, 1000 * 100_000);
        if (thousands === 0) continue;
        const annualKr = thousands * 1000;
        const monthsOre = allocate(annualKr, phasingWeights(line, year)).map((k) => k * 100);
        out.push({ year, costCenter: cc.code, costLine: line, annualOre: annualKr * 100, monthsOre });
      }
    }
  });
  return out;
}

export function budgetRows(lines: readonly BudgetLine[]): string[][] {
  return lines.map((b) => [String(b.year), b.costCenter, b.costLine, wholeKronor(b.annualOre), ...b.monthsOre.map(wholeKronor)]);
}

/** The budget file: UTF-8 with BOM, semicolon, whole kronor with space as thousands separator, CRLF. */
export function budgetCsv(lines: readonly BudgetLine[]): Uint8Array {
  return utf8WithBom(csvText(BUDGET_HEADERS, budgetRows(lines)));
}
