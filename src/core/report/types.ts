/**
 * The report model: everything the report sheets, the CLI's JSON and the pane show, computed in core.
 *
 * Sign convention (as in the forecast): amounts follow the ledger (costs positive, revenue negative);
 * variance = budget − actual (to date) and budget − forecast (full year), so a positive variance is always
 * favourable (under budget on costs, more revenue than budgeted) and a negative one unfavourable.
 * Percentages are variance ÷ |budget|; none when the budget is 0.
 */
import type { Ore } from '../money';
import type { Period } from '../dates';
import type { CommentThresholds } from '../forecast/rules';
import type { ForecastStatus, LineKind } from '../forecast/types';
import type { ActionPlanRow } from './actionPlan';
import type { AccuracyModel } from './accuracy';
import type { PlacementSummary } from './placements';

/** How amounts are shown on the sheets (the values stay kronor; tkr is a display format). */
export type ReportUnit = 'kr' | 'tkr';

export interface Figures {
  budgetYearOre: Ore;
  budgetToDateOre: Ore;
  actualToDateOre: Ore;
  /** budget to date − actual to date. */
  varianceToDateOre: Ore;
  /** varianceToDate ÷ |budget to date| (a ratio, 0.05 = 5 %); null when the budget to date is 0. */
  varianceToDatePct: number | null;
  /** Full-year forecast; null when there is none (never filled with budget). */
  forecastOre: Ore | null;
  /** budget year − forecast (for sums: the sum of the parts that have a forecast). */
  varianceYearOre: Ore | null;
  /** The previous round's full-year forecast (or an imported earlier forecast). */
  previousOre: Ore | null;
  /** forecast − previous, where both exist. */
  changeOre: Ore | null;
}

/** Whether a variance reaches the comment thresholds (the sheets' conditional formats show the same). */
export interface Flags {
  /** To date: beyond the comment thresholds in the unfavourable or favourable direction; null = within them. */
  toDate: 'favourable' | 'unfavourable' | null;
  year: 'favourable' | 'unfavourable' | null;
}

export interface ReportLine extends Figures {
  costLine: string;
  kind: LineKind;
  cause: string;
  action: string;
  /** Where the cause came from: the forecast round's comment, or the follow-up (Stratsys) import's comment. */
  causeSource: 'forecast' | 'followup' | null;
  flags: Flags;
}

export interface ReportUnitRow {
  costCenter: string;
  name: string;
  unit: string;
  area: string;
  activity: string;
  /** The unit's status in the report's round; null when it has no status there. */
  status: ForecastStatus | null;
  /** True when the unit's forecast in the round is submitted or approved (its figures are used). */
  hasForecast: boolean;
  lines: ReportLine[];
  total: Figures;
  totalFlags: Flags;
}

export interface GroupRow extends Figures {
  /** Area name or RS code; '' for units without one. */
  key: string;
  label: string;
  costCenters: string[];
  /** Effect this year of the actions on the group's units. */
  actionsOre: Ore;
  /** forecast − actions. */
  forecastAfterActionsOre: Ore | null;
  /** variance year + actions. */
  varianceAfterActionsOre: Ore | null;
  /** Units of the group without a submitted forecast. */
  missing: number;
  flags: Flags;
}

export interface ActionRow extends ActionPlanRow {
  unitName: string;
  area: string;
  activity: string;
  /** Months of the report year counted (see actionPlan.ts). */
  months: number;
  effectOre: Ore;
}

export interface MissingForecast {
  costCenter: string;
  name: string;
  /** Status in the round: draft, or null when the unit has nothing in the round. */
  status: ForecastStatus | null;
}

/** Month-by-month series for the charts (index 0 = January); cumulative sums. */
export interface MonthlySeries {
  label: string;
  budgetCum: Ore[];
  /** null after the report period. */
  actualCum: (Ore | null)[];
  /** Forecast months of the units with a forecast (months up to the round hold the actuals as of the round); null without any. */
  forecastCum: (Ore | null)[];
}

export interface RoundTrendRow {
  round: string;
  label: string;
  /** Sum of the submitted/approved units' full-year forecasts in the round. */
  forecastOre: Ore;
  /** Budget of the same units (for the variance in the trend table). */
  budgetOre: Ore;
  units: number;
}

export interface ReportModel {
  period: Period;
  year: number;
  /** Months of actuals (1–12). */
  elapsed: number;
  /** The forecast round used ('YYYY-MM'); null when the workbook has no round for the year up to the period. */
  round: string | null;
  roundLabel: string | null;
  previousRound: string | null;
  unit: ReportUnit;
  thresholds: CommentThresholds;
  units: ReportUnitRow[];
  areas: GroupRow[];
  activities: GroupRow[];
  total: GroupRow;
  actions: ActionRow[];
  actionsTotalOre: Ore;
  missingForecasts: MissingForecast[];
  monthly: MonthlySeries[];
  rounds: RoundTrendRow[];
  accuracy: AccuracyModel;
  /** From the placement register; null when the workbook has none. */
  placements: PlacementSummary | null;
  /** Actuals on accounts without a cost line (left out of every figure). */
  unmapped: { account: string; ore: Ore }[];
}
