/**
 * The report service over the Workbook port (what the pane and the CLI call):
 *
 *   const run = await createMonthlyReport(port, { period: '2026-10', unit: 'tkr' });
 *   run.sheets            // the sheets written: Sammanställning nämnd, Avvikelse per enhet, Prognossäkerhet, Diagram uppföljning
 *   run.model             // every figure (reportJson(run.model) is the CLI's --json)
 *
 * Everything is read and computed before anything is written: refused input (a bad action plan row, months not
 * imported) leaves the workbook unchanged. Writing again for a period replaces the sheets (same names, same place).
 * The action plan table is created empty when the workbook has none, so the ekonom can fill it in Excel.
 */
import { readOnce, type SheetSpec, type WorkbookPort, type WriteOptions } from '../port';
import {
  ACCOUNT_MAP_TABLE,
  ACTUALS_TABLE,
  BUDGET_TABLE,
  COMMENTS_TABLE,
  COST_LINES_TABLE,
  EARLIER_FORECAST_TABLE,
  ORGANISATION_TABLE,
} from '../model/tables';
import { FORECAST_COMMENTS_TABLE, FORECAST_ROUNDS_TABLE, FORECAST_STATUS_TABLE, FORECAST_TABLE } from '../forecast/tables';
import { PRICE_LIST_TABLE } from '../prices';
import { FORMS_TABLE, LEGAL_BASES_TABLE } from '../placements/lists';
import { REGISTER_TABLE } from '../placements/register';
import type { Ore } from '../money';
import { throwIfCancelled, type CancelSignal } from '../errors';
import { collectUnits, type CollectReport, type ReturnedWorkbook } from '../forecast/distribute';
import type { ForecastEnv } from '../forecast/service';
import { ACTION_PLAN_TABLE, ensureActionPlan } from './actionPlan';
import { loadReportInputs, type LoadReportOptions } from './load';
import { placementSummaryFromRegister } from './placements';
import { buildReport, type BuildOptions } from './model';
import { buildAccuracySheet, type AccuracyLayout } from './sheetAccuracy';
import { buildChartsSheet, type ChartsLayout } from './sheetCharts';
import { buildSummarySheet, SUMMARY_SHEET, type SummaryLayout } from './sheetSummary';
import { buildVarianceSheet, type VarianceLayout } from './sheetVariance';
import type { Figures, ReportModel } from './types';

export interface ReportSheets {
  specs: SheetSpec[];
  layouts: { variance: VarianceLayout; summary: SummaryLayout; accuracy: AccuracyLayout; charts: ChartsLayout };
}

/** The report's sheets as specs (summary first: it is what the committee reads). */
export function buildReportSheets(m: ReportModel): ReportSheets {
  const variance = buildVarianceSheet(m);
  const summary = buildSummarySheet(m, variance.layout);
  const accuracy = buildAccuracySheet(m);
  const charts = buildChartsSheet(m);
  return {
    specs: [summary.spec, variance.spec, accuracy.spec, charts.spec],
    layouts: { variance: variance.layout, summary: summary.layout, accuracy: accuracy.layout, charts: charts.layout },
  };
}

export interface ReportRequest extends LoadReportOptions, BuildOptions {
  period: string;
  signal?: CancelSignal;
  /** Progress of the steps (read, compute, write) and of the cells written. */
  onProgress?: (p: { step: 'read' | 'compute' | 'write'; done: number; total: number }) => void;
  /** Activate the summary sheet after writing (default true). */
  activate?: boolean;
}

export interface ReportRun {
  model: ReportModel;
  sheets: string[];
  layouts: ReportSheets['layouts'];
  /** True when the action plan table was created by this run. */
  actionPlanCreated: boolean;
}

/**
 * Every table one report reads, read together up front (Office.js: a few round trips for all of them instead of
 * three per table); the readers then find them in readOnce's cache.
 */
const REPORT_TABLES = [
  ACTUALS_TABLE, BUDGET_TABLE, COST_LINES_TABLE, ACCOUNT_MAP_TABLE, ORGANISATION_TABLE, EARLIER_FORECAST_TABLE,
  COMMENTS_TABLE, FORECAST_TABLE, FORECAST_COMMENTS_TABLE, FORECAST_STATUS_TABLE, FORECAST_ROUNDS_TABLE,
  ACTION_PLAN_TABLE, PRICE_LIST_TABLE, FORMS_TABLE, LEGAL_BASES_TABLE, REGISTER_TABLE,
].map((d) => d.name);

/** Reads the workbook and computes the model (nothing is written). */
export async function computeReport(workbook: WorkbookPort, req: ReportRequest): Promise<ReportModel> {
  const port = await readOnce(workbook, REPORT_TABLES);
  req.onProgress?.({ step: 'read', done: 0, total: 1 });
  // The placement register (placements area) unless the caller gives its own provider.
  const placements = req.placements ?? ((period: string) => placementSummaryFromRegister(port, period));
  const inputs = await loadReportInputs(port, req.period, { ...req, placements });
  throwIfCancelled(req.signal);
  req.onProgress?.({ step: 'compute', done: 0, total: 1 });
  return buildReport(inputs, req);
}

/** Computes the report and writes its sheets (see the module comment). */
export async function createMonthlyReport(port: WorkbookPort, req: ReportRequest): Promise<ReportRun> {
  const model = await computeReport(port, req);
  const built = buildReportSheets(model);
  throwIfCancelled(req.signal);
  const actionPlanCreated = await ensureActionPlan(port);
  const options: WriteOptions = {
    signal: req.signal,
    onProgress: (p) => req.onProgress?.({ step: 'write', done: p.done, total: p.total }),
  };
  if (req.activate !== false) options.activate = SUMMARY_SHEET;
  await port.writeSheets(built.specs, options);
  return { model, sheets: built.specs.map((s) => s.name), layouts: built.layouts, actionPlanCreated };
}

/**
 * Consolidation from returned unit workbooks: collects them into the workbook (the forecast area's collectUnits,
 * with its conflict report), then computes and writes the report from the workbook's own forecast tables.
 */
export async function collectAndReport(env: ForecastEnv, returned: ReturnedWorkbook[], req: ReportRequest): Promise<{ collect: CollectReport; run: ReportRun }> {
  const collect = await collectUnits(env, returned);
  const run = await createMonthlyReport(env.port, req);
  return { collect, run };
}

// ---------------------------------------------------------------------------
// JSON (the CLI's --json): the same figures the sheets show.

export interface ReportJsonFigures {
  budgetOre: Ore;
  actualToDateOre: Ore;
  forecastOre: Ore | null;
  varianceOre: Ore | null;
}

export interface ReportJson {
  period: string;
  units: (ReportJsonFigures & { costCenter: string })[];
  total: ReportJsonFigures;
  missingForecasts: string[];
}

function jsonFigures(f: Figures): ReportJsonFigures {
  return { budgetOre: f.budgetYearOre, actualToDateOre: f.actualToDateOre, forecastOre: f.forecastOre, varianceOre: f.varianceYearOre };
}

/**
 * `{"period","units":[{"costCenter","budgetOre","actualToDateOre","forecastOre","varianceOre"}],"total":{…},
 * "missingForecasts":[codes]}`: budget = Budget helår, actual = Utfall t.o.m. period, forecast = Prognos helår
 * (null without a submitted forecast), variance = Avvikelse helår (budget − forecast).
 */
export function reportJson(m: ReportModel): ReportJson {
  return {
    period: m.period,
    units: m.units.map((u) => ({ costCenter: u.costCenter, ...jsonFigures(u.total) })),
    total: jsonFigures(m.total),
    missingForecasts: m.missingForecasts.map((x) => x.costCenter),
  };
}
