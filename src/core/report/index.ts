/**
 * Reports (rapporter): the variance sheet per unit, the committee summary with the action plan and placements,
 * forecast accuracy, charts, the Stratsys export and consolidation — computed in core, written through the port.
 * See service.ts for the flow and types.ts for the sign convention.
 */
export * from './types';
export {
  ACTION_PLAN_TABLE,
  ACTION_STATUSES,
  ACTION_STATUS_CODES,
  actionEffect,
  actionMonths,
  actionPlanCells,
  actionStatusFromCode,
  addAction,
  ensureActionPlan,
  parseActionPlan,
  readActionPlan,
  type ActionPlanRow,
  type ActionStatus,
  type NewAction,
} from './actionPlan';
export { computeAccuracy, errorRatio, streakOf, type AccuracyInput, type AccuracyModel, type AccuracyPoint, type AccuracyStreak, type AccuracyUnit } from './accuracy';
export { checkPeriod, loadReportInputs, type FollowupComment, type LoadReportOptions, type ReportInputs } from './load';
export { RS_ACTIVITIES, activityLabel, buildReport, flagOf, lineFigures, selectRound, sumFigures, sumNullable, varianceRatio, type BuildOptions } from './model';
export { checkPlacementSummary, placementSummaryFromRegister, type PlacementFormRow, type PlacementSummary, type PlacementSummaryProvider } from './placements';
export { VARIANCE_SHEET, VC, VARIANCE_MONEY_COLUMNS, buildVarianceSheet, figureOf, type MoneyColumn, type VarianceLayout } from './sheetVariance';
export { SUMMARY_SHEET, SC, AC, PC, buildSummarySheet, type SummaryLayout } from './sheetSummary';
export { ACCURACY_SHEET, QC, DC, buildAccuracySheet, streakText, type AccuracyLayout } from './sheetAccuracy';
export { CHARTS_SHEET, buildChartsSheet, type ChartsLayout } from './sheetCharts';
export { moneyFormat, exactCriterion, sumOfCells, thresholdExpression } from './grid';
export { PERCENT_FORMAT } from '../sheets/style';
export {
  STRATSYS_EXPORT_HEADERS,
  STRATSYS_EXPORT_SHEET,
  csvAmount,
  exportComment,
  stratsysCsv,
  stratsysCsvBytes,
  stratsysRows,
  stratsysSheet,
  type StratsysExportRow,
} from './stratsys';
export { isFormulaLike, neutraliseCsvText, restoreCsvText } from './csvSafety';
export { REPORT_UNIT_SETTING, actionPlanView, loadReportContext, writeReportUnit, type ActionView, type ReportContext } from './context';
export {
  buildReportSheets,
  collectAndReport,
  computeReport,
  createMonthlyReport,
  reportJson,
  type ReportJson,
  type ReportJsonFigures,
  type ReportRequest,
  type ReportRun,
  type ReportSheets,
} from './service';

/** Names of the sheets a report writes, in order. */
export const REPORT_SHEETS = ['Sammanställning nämnd', 'Avvikelse per enhet', 'Prognossäkerhet', 'Diagram uppföljning'] as const;
