/**
 * The forecast (prognos) area: proposals and backtests, phasing, rules, the forecast tables and the service the
 * task pane and the CLI call. See service.ts for the flow.
 */
export * from './types';
export {
  TREND_MIN_POINTS,
  TREND_WINDOW,
  backtestAll,
  bestMethod,
  budgetProfile,
  errorPercent,
  lastYearSeason,
  placementsProposal,
  proposeAll,
  runRate,
  sumRange,
  sumYear,
  trend,
} from './proposals';
export { carryForward, fullYearOf, phaseFullYear, profileWeights, withMonth, type PhasingInput, type PhasingResult } from './phasing';
export {
  ABSURD_FACTOR,
  DEFAULT_THRESHOLDS,
  MAX_COMMENT_LENGTH,
  amountQuestions,
  amountText,
  backtestMiss,
  checkComment,
  checkLineRules,
  checkTypedAmount,
  commentRequired,
  normaliseThresholds,
  parseThresholdInput,
  signedAmount,
  thresholdText,
  parseTypedAmount,
  varianceOf,
  varianceTone,
  type AmountCheck,
  type AmountContext,
  type BacktestMiss,
  type CommentThresholds,
  type ForecastMessage,
  type LineRuleInput,
  type LineRuleIssue,
  type ThresholdCheck,
  type ThresholdInput,
  type VarianceTone,
} from './rules';
export { editRefusal, nextStatus, parseRound, previousRound, roundLabel, type RoundKey, type WorkflowAction } from './rounds';
export * from './tables';
export { latestActualPeriod, loadSources, type CostLineInfo, type CostLineOf, type ForecastSources, type PlacementsOf, type UnitInfo } from './data';
export { readAudit, readComments, readForecasts, readRounds, readStatuses, type AuditEntry, type StoredComment, type StoredForecast, type StoredRound, type StoredStatus } from './store';
export {
  THRESHOLDS_SETTING,
  UnitForecastSession,
  computeProposals,
  forecastStart,
  listRounds,
  listUnits,
  localTimestamp,
  myUnitsSetting,
  openUnit,
  proposalsJson,
  readMyUnits,
  readThresholds,
  roundOverview,
  startRound,
  writeMyUnits,
  writeProposals,
  writeThresholds,
  type AcceptAllEdit,
  type ForecastStart,
  type RoundSummary,
  type UnitRoundSummary,
  type ForecastEdit,
  type ForecastEnv,
  type LineForecast,
  type ProposalBatch,
  type ProposalRow,
  type RoundOverview,
  type SaveResult,
  type UnitForecast,
  type UnitListItem,
  type UnitTotals,
  type WorkflowResult,
} from './service';
export { collectUnits, distributeUnit, type CollectConflict, type CollectReport, type ConflictKind, type DistributionResult, type ReturnedWorkbook } from './distribute';
