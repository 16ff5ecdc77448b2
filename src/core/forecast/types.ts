/**
 * Shared types of the forecast (prognos) area.
 *
 * Time axis: the financial year is the calendar year. A forecast is made "as of" a closed month (`asOf`,
 * 'YYYY-MM'); `elapsed` is that month's number (1–12): months 1..elapsed hold actuals, months elapsed+1..12
 * are forecast. A round ("Prognos mars 2025") is keyed by its asOf period ('2025-03').
 *
 * Signs follow the ledger: costs positive, revenue negative. Variance = budget − forecast for every line,
 * so a positive variance is always favourable (under budget on costs, more revenue than budgeted on revenue).
 */
import type { Ore } from '../money';
import type { StringKey, TextParams } from '../strings';

/** Twelve months of a calendar year (index 0 = January). null = no data for that month (period not imported). */
export type Months = readonly (Ore | null)[];

/** The five proposal methods, in the order the pane and the CLI show them. */
export type ForecastMethod = 'runRate' | 'budgetProfile' | 'lastYearSeason' | 'placements' | 'trend';

export const FORECAST_METHODS: readonly ForecastMethod[] = ['runRate', 'budgetProfile', 'lastYearSeason', 'placements', 'trend'];

/** Why a method has no figure: a string key ('forecast.reason.*') and its parameters. */
export interface Unavailable {
  ok: false;
  reason: StringKey;
  params?: TextParams;
}

/** A proposal: a full-year figure in öre, or the reason there is none (never a made-up number). */
export type Proposal = { ok: true; ore: Ore } | Unavailable;

/**
 * A backtest: what the method would have proposed at the same month last year, against last year's outcome.
 * errorOre = proposal − outcome (positive = the method over-forecast).
 * errorPct = errorOre / |outcome| in percent, rounded half away from zero to one decimal; null when the outcome is 0.
 */
export type Backtest =
  | { ok: true; proposalOre: Ore; outcomeOre: Ore; errorOre: Ore; errorPct: number | null }
  | Unavailable;

/**
 * The placement register's outlook for one purchased-care line (computed by the placements area):
 * committed = cost of the register's placements for months elapsed+1..12 (through planned end or year end);
 * expectedNew = expected cost of new placements in the same months.
 */
export interface PlacementOutlook {
  committedOre: Ore;
  expectedNewOre: Ore;
}

/** Kind of a cost line: costs are positive in the ledger, revenue negative. */
export type LineKind = 'cost' | 'revenue';

/**
 * Everything the proposals and backtests need for one unit × cost line.
 * A Months series is null when that year is not in the workbook at all.
 */
export interface LineHistory {
  /** The forecast year. */
  year: number;
  /** Actuals of the forecast year (months after asOf are ignored). */
  actuals: Months;
  /** Budget of the forecast year. */
  budget: Months | null;
  /** Actuals of last year (all 12 months). */
  lastYear: Months | null;
  /** Budget of last year (for the budget-profile backtest). */
  lastYearBudget: Months | null;
  /** Actuals of the year before last (for the season and trend backtests). */
  twoYearsAgo: Months | null;
  /** Purchased care (köpt vård): the placements method applies. */
  purchasedCare: boolean;
  /** The placement register's outlook for this line; null when there is no register (or no figure for the line). */
  placements: PlacementOutlook | null;
}

export type ProposalSet = Record<ForecastMethod, Proposal>;
export type BacktestSet = Record<ForecastMethod, Backtest>;

/** How a full-year figure is spread over the remaining months. */
export type PhasingProfile = 'even' | 'budget' | 'lastYear';

/** Workflow status of a unit in a round: utkast → inlämnad → godkänd (or reopened back to utkast). */
export type ForecastStatus = 'draft' | 'submitted' | 'approved';

/** Where a line's forecast came from (the chosen method), kept with the comments. */
export type ForecastSource = ForecastMethod | 'manual' | 'previousRound';
