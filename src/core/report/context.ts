/**
 * What the Rapporter pane shows before a report is made: the imported periods (newest first, the latest as the
 * default), the units for the action plan form, the action plan's rows with their effect for a period, and the
 * kr/tkr choice remembered in the workbook. Every figure comes from core (actionEffect).
 */
import type { WorkbookPort } from '../port';
import { ACTUALS_TABLE, cellText, columnIndexes, isBlankRow } from '../model/tables';
import { isPeriod, type Period } from '../dates';
import type { Ore } from '../money';
import { readOrganisation } from '../import/structure';
import { ACTION_PLAN_TABLE, actionEffect, actionMonths, readActionPlan, type ActionPlanRow } from './actionPlan';
import type { ReportUnit } from './types';

/** Workbook setting: the amount unit last chosen in the pane ('kr' | 'tkr'). */
export const REPORT_UNIT_SETTING = 'report.unit';

export interface ReportContext {
  /** Periods with imported actuals, newest first. */
  periods: Period[];
  defaultPeriod: Period | null;
  /** Units (ansvar) for the action plan form: the organisation, then cost centres seen in the actuals. */
  units: { costCenter: string; name: string }[];
  actionPlanExists: boolean;
  unit: ReportUnit;
}

export async function loadReportContext(port: WorkbookPort): Promise<ReportContext> {
  const [actuals, org, plan, settings] = await Promise.all([
    port.readTable(ACTUALS_TABLE.name),
    readOrganisation(port),
    port.readTable(ACTION_PLAN_TABLE.name),
    port.getSettings(),
  ]);
  const periods = new Set<Period>();
  const seen = new Set<string>();
  if (actuals) {
    const idx = columnIndexes(ACTUALS_TABLE, actuals.headers, ACTUALS_TABLE.columns.map((c) => c.header).filter((h) => h !== 'Period' && h !== 'Ansvar'));
    for (const r of actuals.rows) {
      if (isBlankRow(r)) continue;
      const p = cellText(r[idx[0]]);
      if (isPeriod(p)) periods.add(p);
      const cc = cellText(r[idx[1]]);
      if (cc) seen.add(cc);
    }
  }
  const units = (org ?? []).map((o) => ({ costCenter: o.costCenter, name: o.name }));
  const known = new Set(units.map((u) => u.costCenter));
  for (const cc of [...seen].sort((a, b) => a.localeCompare(b, 'sv', { numeric: true }))) if (!known.has(cc)) units.push({ costCenter: cc, name: '' });
  const sorted = [...periods].sort().reverse();
  const u = settings[REPORT_UNIT_SETTING];
  return {
    periods: sorted,
    defaultPeriod: sorted[0] ?? null,
    units,
    actionPlanExists: plan !== null,
    unit: u === 'kr' ? 'kr' : 'tkr',
  };
}

export async function writeReportUnit(port: WorkbookPort, unit: ReportUnit): Promise<void> {
  await port.setSettings({ [REPORT_UNIT_SETTING]: unit });
}

export interface ActionView extends ActionPlanRow {
  /** Months of the period's year counted, and the effect this year (see actionPlan.ts). */
  months: number;
  effectOre: Ore;
}

/** The action plan's rows with their effect for the period (refuses an unreadable plan like the report does). */
export async function actionPlanView(port: WorkbookPort, period: Period): Promise<ActionView[]> {
  const rows = await readActionPlan(port);
  return rows.map((r) => ({ ...r, months: actionMonths(r, period), effectOre: actionEffect(r, period) }));
}
