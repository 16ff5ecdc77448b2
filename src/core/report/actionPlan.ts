/**
 * The action plan (åtgärdsplan): an editable workbook table IFO_Atgardsplan whose amounts reduce the forecast.
 *
 * Rule (stated on the committee sheet): an action's Belopp is its full-year effect (the saving at a yearly rate,
 * positive = lower cost). It applies from its "Från månad" onward, and only in months the report period has not yet
 * closed (closed months are actuals: an effect there is already in the outcome). Effect this year =
 * Belopp × (months counted) / 12, rounded to whole öre half away from zero, where months counted = the months of the
 * report year after the period and from Från månad on. A cancelled action (Avbruten) counts no months.
 * Forecast after actions = forecast − the effects of the actions.
 */
import type { CellValue, DataTableDef, WorkbookPort } from '../port';
import { cellText, columnIndexes, isBlankRow } from '../model/tables';
import { issue, UserError, type InputIssue } from '../errors';
import { mulDivRound, oreToKronor, type Ore } from '../money';
import { periodParts, type Period } from '../dates';
import { parseAmountCell, parsePeriodCell } from '../import/values';

export const ACTION_PLAN_TABLE: DataTableDef = {
  name: 'IFO_Atgardsplan',
  sheet: 'Åtgärdsplan',
  visibility: 'visible',
  columns: [
    { header: 'Åtgärd', kind: 'text', width: 48 },
    { header: 'Ansvarig', kind: 'text', width: 22 },
    { header: 'Ansvar', kind: 'text', width: 10 },
    { header: 'Belopp', kind: 'kronor', width: 16 },
    { header: 'Från månad', kind: 'text', width: 12 },
    { header: 'Status', kind: 'text', width: 12 },
  ],
};

/** Status codes as written in the table (fixed Swedish words: they are data, independent of the UI locale). */
export type ActionStatus = 'proposed' | 'decided' | 'ongoing' | 'done' | 'cancelled';

export const ACTION_STATUS_CODES: Record<ActionStatus, string> = {
  proposed: 'Förslag',
  decided: 'Beslutad',
  ongoing: 'Pågår',
  done: 'Genomförd',
  cancelled: 'Avbruten',
};

export const ACTION_STATUSES: readonly ActionStatus[] = ['proposed', 'decided', 'ongoing', 'done', 'cancelled'];

export function actionStatusFromCode(code: string): ActionStatus | null {
  const c = code.trim().toLowerCase();
  for (const s of ACTION_STATUSES) if (ACTION_STATUS_CODES[s].toLowerCase() === c || s === c) return s;
  return null;
}

export interface ActionPlanRow {
  /** 1-based row in the table's sheet (header = 1), for messages. */
  sheetRow: number;
  action: string;
  /** A role ("Enhetschef barn och unga"), free text — never a name is asked for. */
  responsible: string;
  costCenter: string;
  /** Full-year effect in öre (positive = lower cost). */
  amountOre: Ore;
  fromPeriod: Period;
  status: ActionStatus;
}

/**
 * Reads the action plan; [] when the table does not exist. Blank rows are skipped. Any unreadable cell refuses the
 * whole table with one issue per problem (sheet, row, column, value), so a report never uses half a plan.
 * `knownCostCenters`, when given, refuses actions on an ansvar the workbook does not know.
 */
export async function readActionPlan(port: WorkbookPort, knownCostCenters?: ReadonlySet<string>): Promise<ActionPlanRow[]> {
  const data = await port.readTable(ACTION_PLAN_TABLE.name);
  if (!data) return [];
  return parseActionPlan(data.headers, data.rows, data.sheet, knownCostCenters);
}

/** Parses the table's rows (see readActionPlan). */
export function parseActionPlan(
  headers: string[],
  rows: CellValue[][],
  sheet: string = ACTION_PLAN_TABLE.sheet,
  knownCostCenters?: ReadonlySet<string>,
  firstSheetRow = 2,
): ActionPlanRow[] {
  const idx = columnIndexes(ACTION_PLAN_TABLE, headers);
  const issues: InputIssue[] = [];
  const out: ActionPlanRow[] = [];
  const H = ACTION_PLAN_TABLE.columns.map((c) => c.header);
  rows.forEach((raw, i) => {
    const cells = idx.map((k) => raw[k] ?? null);
    if (isBlankRow(cells)) return;
    const sheetRow = i + firstSheetRow;
    const at = (col: number, value: CellValue) => ({ sheet, row: sheetRow, column: H[col], value: value === null ? '' : String(value) });
    const action = cellText(cells[0]);
    const responsible = cellText(cells[1]);
    const costCenter = cellText(cells[2]);
    let ok = true;
    if (!action) {
      issues.push(issue(at(0, cells[0]), 'report.actions.actionMissing'));
      ok = false;
    }
    if (!costCenter) {
      issues.push(issue(at(2, cells[2]), 'report.actions.costCenterMissing'));
      ok = false;
    } else if (knownCostCenters && !knownCostCenters.has(costCenter)) {
      issues.push(issue(at(2, cells[2]), 'report.actions.costCenterUnknown'));
      ok = false;
    }
    const amount = parseAmountCell(cells[3] as string | number | boolean | null, ',');
    if (!amount.ok) {
      issues.push(issue(at(3, cells[3]), amount.reason === 'empty' ? 'report.actions.amountMissing' : 'report.actions.amountBad'));
      ok = false;
    }
    const from = parsePeriodCell(cells[4] as string | number | boolean | null);
    if (!from.ok) {
      issues.push(issue(at(4, cells[4]), from.reason === 'empty' ? 'report.actions.monthMissing' : 'report.actions.monthBad'));
      ok = false;
    }
    const statusText = cellText(cells[5]);
    const status = statusText === '' ? 'proposed' : actionStatusFromCode(statusText);
    if (status === null) {
      issues.push(issue(at(5, cells[5]), 'report.actions.statusBad', { allowed: ACTION_STATUSES.map((s) => ACTION_STATUS_CODES[s]).join(', ') }));
      ok = false;
    }
    if (ok && amount.ok && from.ok && status) {
      out.push({ sheetRow, action, responsible, costCenter, amountOre: amount.ore, fromPeriod: from.period, status });
    }
  });
  if (issues.length) throw new UserError('report.actions.refused', { count: issues.length, sheet }, issues);
  return out;
}

/**
 * Months of the report year an action counts: after the report period and from its Från månad on; 0 for a cancelled
 * action or one starting after the year.
 */
export function actionMonths(row: Pick<ActionPlanRow, 'fromPeriod' | 'status'>, period: Period): number {
  if (row.status === 'cancelled') return 0;
  const { year, month } = periodParts(period);
  const from = periodParts(row.fromPeriod);
  let first: number;
  if (from.year < year) first = 1;
  else if (from.year > year) return 0;
  else first = from.month;
  first = Math.max(first, month + 1);
  return first > 12 ? 0 : 13 - first;
}

/** Effect this year in öre: amount × months / 12, half away from zero. */
export function actionEffect(row: Pick<ActionPlanRow, 'amountOre' | 'fromPeriod' | 'status'>, period: Period): Ore {
  return mulDivRound(row.amountOre, actionMonths(row, period), 12);
}

/** The cells of a new row in table column order (for appendTableRows). */
export function actionPlanCells(row: Omit<ActionPlanRow, 'sheetRow'>): CellValue[] {
  return [row.action, row.responsible, row.costCenter, oreToKronor(row.amountOre), row.fromPeriod, ACTION_STATUS_CODES[row.status]];
}

/** Creates the (empty) action plan table when the workbook has none, so the ekonom can fill it in Excel. */
export async function ensureActionPlan(port: WorkbookPort): Promise<boolean> {
  const data = await port.readTable(ACTION_PLAN_TABLE.name);
  if (data) return false;
  await port.replaceTable(ACTION_PLAN_TABLE, []);
  return true;
}

export interface NewAction {
  action: string;
  responsible: string;
  costCenter: string;
  /** Full-year effect as typed (Swedish number, kronor). */
  amountText: string;
  fromText: string;
  status?: ActionStatus;
}

/**
 * Validates a new action (the pane's form) and appends it to the table. Refuses with issues naming the field and
 * value; nothing is written on refusal.
 */
export async function addAction(port: WorkbookPort, a: NewAction, knownCostCenters?: ReadonlySet<string>): Promise<ActionPlanRow> {
  const headers = ACTION_PLAN_TABLE.columns.map((c) => c.header);
  const existing = await port.readTable(ACTION_PLAN_TABLE.name);
  const row: CellValue[] = [a.action.trim(), a.responsible.trim(), a.costCenter.trim(), a.amountText.trim(), a.fromText.trim(), ACTION_STATUS_CODES[a.status ?? 'proposed']];
  const sheetRow = (existing?.rows.length ?? 0) + 2;
  const parsed = parseActionPlan(headers, [row], ACTION_PLAN_TABLE.sheet, knownCostCenters, sheetRow)[0];
  await port.appendTableRows(ACTION_PLAN_TABLE, [actionPlanCells(parsed)]);
  return parsed;
}
