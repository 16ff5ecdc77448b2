/**
 * The sheet "Sammanställning nämnd": the committee's monthly summary per area and per activity (RS) and in total —
 * budget, actuals, variance, full-year forecast, the action plan's effect and the forecast after actions — then the
 * action plan itself, the placements (count per form at period end, care days and cost this year), the units
 * missing a submitted forecast, and notes (sign convention, how actions apply, the round used).
 *
 * Area and activity figures are formulas summing the units' totals on "Avvikelse per enhet"; action effects are
 * ROUND(årseffekt × månader / 12, 2) per action and SUMIF per area/activity — every derived cell can be audited.
 */
import type { CellInput, SheetSpec } from '../port';
import { cellAddress, columnLetters, quoteSheet } from '../a1';
import { periodLabelSv, periodParts } from '../dates';
import { formatOre, oreToKronor } from '../money';
import { t } from '../strings';
import { ACTION_PLAN_TABLE, ACTION_STATUS_CODES } from './actionPlan';
import { GRAND_TOTAL_STYLE, HEADER_STYLE, INTEGER_FORMAT, KRONOR_FORMAT, NOTE_STYLE, PERCENT_FORMAT, SHEET_COLOURS, mutedStyle, titleStyle, wrappedLines } from '../sheets/style';
import { Grid, exactCriterion, fMoney, fNumber, kr, moneyFormat, reportPage, sumOfCells, thresholdFormats } from './grid';
import { VARIANCE_SHEET, VC, roundText, thresholdsText, unitText, type VarianceLayout } from './sheetVariance';
import type { GroupRow, ReportModel } from './types';

export const SUMMARY_SHEET = 'Sammanställning nämnd';

/** Column indexes of the group tables. */
export const SC = {
  label: 0,
  budgetYear: 1,
  budgetToDate: 2,
  actualToDate: 3,
  varianceToDate: 4,
  varianceToDatePct: 5,
  forecast: 6,
  varianceYear: 7,
  actions: 8,
  forecastAfter: 9,
  varianceAfter: 10,
  missing: 11,
} as const;

/** Column indexes of the action plan section. */
export const AC = { action: 0, responsible: 1, costCenter: 3, area: 4, activity: 5, status: 7, from: 8, amount: 9, months: 10, effect: 11 } as const;

/** Column indexes of the placements section. */
export const PC = { form: 0, count: 1, careDays: 2, cost: 3, perDay: 4 } as const;

export interface SummaryLayout {
  areaRows: { key: string; row: number }[];
  areaTotalRow: number;
  activityRows: { key: string; row: number }[];
  activityTotalRow: number;
  actionRows: number[];
  actionTotalRow: number | null;
  placementRows: number[];
  placementTotalRow: number | null;
  missingRows: { costCenter: string; row: number }[];
}

const L = (c: number) => columnLetters(c);

export function buildSummarySheet(m: ReportModel, variance: VarianceLayout): { spec: SheetSpec; layout: SummaryLayout } {
  const g = new Grid();
  const lastCol = SC.missing;
  const money = moneyFormat(m.unit);
  const title = t('report.summary.title', { period: periodLabelSv(m.period) });
  const fullWidth = 34 + 11 * 11;
  const info = `${roundText(m)} ${unitText(m)}`;
  const sign = t('report.sign.summary', { thresholds: thresholdsText(m) });
  g.titleRows(title, [info, sign], lastCol, fullWidth);

  const unitRef = new Map(variance.units.map((u) => [u.costCenter, u.totalRow]));
  const ref = (cc: string, col: number) => `${quoteSheet(VARIANCE_SHEET)}!${L(col)}${(unitRef.get(cc) as number) + 1}`;
  const moneyCols: number[] = [SC.budgetYear, SC.budgetToDate, SC.actualToDate, SC.varianceToDate, SC.forecast, SC.varianceYear, SC.actions, SC.forecastAfter, SC.varianceAfter];

  // The action plan's rows are laid out after the two group tables; their position is known before writing.
  const groupTableRows = (n: number) => 2 + n + 1; // heading, header, rows, total
  let r = 4;
  const areaStart = r;
  const activityStart = areaStart + groupTableRows(m.areas.length) + 1;
  const actionStart = activityStart + groupTableRows(m.activities.length) + 1;
  const actionFirst = actionStart + 3; // heading, rule text, header
  const actionLast = actionFirst + m.actions.length - 1;
  const actionRange = (col: number) => `$${L(col)}$${actionFirst + 1}:$${L(col)}$${actionLast + 1}`;

  const heading = (row: number, text: string) => {
    g.set(row, 0, text);
    g.style(row, 0, row, 0, titleStyle(12));
    g.height(row, 18);
  };

  const groupTable = (start: number, headingText: string, firstHeader: string, groups: GroupRow[], criterionCol: number) => {
    heading(start, headingText);
    const hr = start + 1;
    g.line(hr, 0, [
      firstHeader,
      t('report.col.budgetYear'),
      t('report.col.budgetToDate'),
      t('report.col.actualToDate'),
      t('report.col.varianceToDate'),
      t('report.col.varianceToDatePct'),
      t('report.col.forecast'),
      t('report.col.varianceYear'),
      t('report.col.actionsYear'),
      t('report.col.forecastAfter'),
      t('report.col.varianceAfter'),
      t('report.col.missing'),
    ]);
    g.style(hr, 0, hr, lastCol, HEADER_STYLE);
    g.height(hr, 42);
    const rows: { key: string; row: number }[] = [];
    let row = hr + 1;
    for (const gr of groups) {
      const R = row + 1;
      const cells: (CellInput | undefined)[] = [gr.label];
      const sumUnits = (col: number) => sumOfCells(gr.costCenters.map((cc) => ref(cc, col)));
      cells[SC.budgetYear] = fMoney(`=${sumUnits(VC.budgetYear)}`, gr.budgetYearOre);
      cells[SC.budgetToDate] = fMoney(`=${sumUnits(VC.budgetToDate)}`, gr.budgetToDateOre);
      cells[SC.actualToDate] = fMoney(`=${sumUnits(VC.actualToDate)}`, gr.actualToDateOre);
      cells[SC.varianceToDate] = fMoney(`=${L(SC.budgetToDate)}${R}-${L(SC.actualToDate)}${R}`, gr.varianceToDateOre);
      if (gr.varianceToDatePct !== null) cells[SC.varianceToDatePct] = fNumber(`=${L(SC.varianceToDate)}${R}/ABS(${L(SC.budgetToDate)}${R})`, gr.varianceToDatePct);
      if (gr.forecastOre !== null) cells[SC.forecast] = fMoney(`=${sumUnits(VC.forecast)}`, gr.forecastOre);
      if (gr.varianceYearOre !== null) cells[SC.varianceYear] = fMoney(`=${sumUnits(VC.varianceYear)}`, gr.varianceYearOre);
      cells[SC.actions] = m.actions.length
        ? fMoney(`=SUMIF(${actionRange(criterionCol)},${exactCriterion(gr.label)},${actionRange(AC.effect)})`, gr.actionsOre)
        : kr(gr.actionsOre);
      if (gr.forecastAfterActionsOre !== null) cells[SC.forecastAfter] = fMoney(`=${L(SC.forecast)}${R}-${L(SC.actions)}${R}`, gr.forecastAfterActionsOre);
      if (gr.varianceAfterActionsOre !== null) cells[SC.varianceAfter] = fMoney(`=${L(SC.varianceYear)}${R}+${L(SC.actions)}${R}`, gr.varianceAfterActionsOre);
      cells[SC.missing] = gr.missing;
      g.line(row, 0, cells);
      if (gr.missing > 0) g.style(row, SC.missing, row, SC.missing, { fontColor: SHEET_COLOURS.badText, bold: true });
      rows.push({ key: gr.key, row });
      row++;
    }
    // Total: the rows summed; after-actions recomputed on the row (a group without a forecast has none after actions).
    const tr = row;
    const T = tr + 1;
    const first = hr + 2;
    const last = row;
    const tot = m.total;
    const cells: (CellInput | undefined)[] = [t('report.group.total')];
    const sumCol = (col: number) => `SUM(${L(col)}${first}:${L(col)}${last})`;
    cells[SC.budgetYear] = fMoney(`=${sumCol(SC.budgetYear)}`, tot.budgetYearOre);
    cells[SC.budgetToDate] = fMoney(`=${sumCol(SC.budgetToDate)}`, tot.budgetToDateOre);
    cells[SC.actualToDate] = fMoney(`=${sumCol(SC.actualToDate)}`, tot.actualToDateOre);
    cells[SC.varianceToDate] = fMoney(`=${L(SC.budgetToDate)}${T}-${L(SC.actualToDate)}${T}`, tot.varianceToDateOre);
    if (tot.varianceToDatePct !== null) cells[SC.varianceToDatePct] = fNumber(`=${L(SC.varianceToDate)}${T}/ABS(${L(SC.budgetToDate)}${T})`, tot.varianceToDatePct);
    if (tot.forecastOre !== null) cells[SC.forecast] = fMoney(`=${sumCol(SC.forecast)}`, tot.forecastOre);
    if (tot.varianceYearOre !== null) cells[SC.varianceYear] = fMoney(`=${sumCol(SC.varianceYear)}`, tot.varianceYearOre);
    cells[SC.actions] = fMoney(`=${sumCol(SC.actions)}`, tot.actionsOre);
    if (tot.forecastAfterActionsOre !== null) cells[SC.forecastAfter] = fMoney(`=${L(SC.forecast)}${T}-${L(SC.actions)}${T}`, tot.forecastAfterActionsOre);
    if (tot.varianceAfterActionsOre !== null) cells[SC.varianceAfter] = fMoney(`=${L(SC.varianceYear)}${T}+${L(SC.actions)}${T}`, tot.varianceAfterActionsOre);
    cells[SC.missing] = fNumber(`=${sumCol(SC.missing)}`, tot.missing);
    g.line(tr, 0, cells);
    g.style(tr, 0, tr, lastCol, GRAND_TOTAL_STYLE);
    for (const c of moneyCols) g.style(hr + 1, c, tr, c, { numberFormat: money });
    g.style(hr + 1, SC.varianceToDatePct, tr, SC.varianceToDatePct, { numberFormat: PERCENT_FORMAT });
    g.style(hr + 1, SC.missing, tr, SC.missing, { numberFormat: INTEGER_FORMAT, horizontalAlignment: 'center' });
    g.conditional.push(
      ...thresholdFormats(SC.varianceToDate, SC.budgetToDate, hr + 1, tr, m.thresholds),
      ...thresholdFormats(SC.varianceYear, SC.budgetYear, hr + 1, tr, m.thresholds),
    );
    return { rows, totalRow: tr };
  };

  const areas = groupTable(areaStart, t('report.summary.byArea'), t('report.col.area'), m.areas, AC.area);
  const activities = groupTable(activityStart, t('report.summary.byActivity'), t('report.col.activity'), m.activities, AC.activity);

  // --- Action plan
  r = actionStart;
  heading(r, t('report.summary.actions'));
  r++;
  const rule = t('report.actions.rule', { period: periodLabelSv(m.period), months: 12 - periodParts(m.period).month });
  g.set(r, 0, rule);
  g.merge(r, 0, r, lastCol);
  g.style(r, 0, r, 0, NOTE_STYLE);
  g.height(r, wrappedLines(rule, fullWidth) * 12 + 4);
  r++;
  // Ansvarig and Verksamhet span two columns each (merged), so the texts wrap less.
  const actionMerges = (row: number) => {
    g.merge(row, AC.responsible, row, AC.responsible + 1);
    g.merge(row, AC.activity, row, AC.activity + 1);
  };
  const headerCells: (string | undefined)[] = [];
  headerCells[AC.action] = t('report.col.actionText');
  headerCells[AC.responsible] = t('report.col.responsible');
  headerCells[AC.costCenter] = t('report.col.costCenter');
  headerCells[AC.area] = t('report.col.area');
  headerCells[AC.activity] = t('report.col.activity');
  headerCells[AC.status] = t('report.col.status');
  headerCells[AC.from] = t('report.col.fromMonth');
  headerCells[AC.amount] = t('report.col.amountYear');
  headerCells[AC.months] = t('report.col.monthsCounted');
  headerCells[AC.effect] = t('report.col.effectYear');
  g.line(r, 0, headerCells);
  actionMerges(r);
  g.style(r, 0, r, AC.effect, HEADER_STYLE);
  g.height(r, 42);
  r++;
  const actionRows: number[] = [];
  const areaLabel = new Map(m.areas.map((a) => [a.key, a.label]));
  const activityLabel = new Map(m.activities.map((a) => [a.key, a.label]));
  for (const a of m.actions) {
    const R = r + 1;
    const area = areaLabel.get(a.area.trim()) ?? a.area;
    const act = activityLabel.get(a.activity.trim()) ?? a.activity;
    const cells: CellInput[] = [];
    cells[AC.action] = a.action;
    cells[AC.responsible] = a.responsible;
    cells[AC.costCenter] = a.costCenter;
    cells[AC.area] = area;
    cells[AC.activity] = act;
    cells[AC.status] = ACTION_STATUS_CODES[a.status];
    cells[AC.from] = a.fromPeriod;
    cells[AC.amount] = oreToKronor(a.amountOre);
    cells[AC.months] = a.months;
    cells[AC.effect] = fMoney(`=ROUND(${L(AC.amount)}${R}*${L(AC.months)}${R}/12,2)`, a.effectOre);
    g.line(r, 0, cells);
    actionMerges(r);
    // Lines at about 0.9 characters per width unit (LibreOffice and Excel wrap a little earlier than the width).
    const lines = (text: string, width: number) => wrappedLines(text, width * 0.8);
    const tall = Math.max(lines(a.action, 34), lines(a.responsible, 22), lines(area, 11), lines(act, 22));
    g.height(r, tall * 12 + 4);
    if (a.status === 'cancelled') g.style(r, 0, r, AC.effect, { fontColor: SHEET_COLOURS.muted, italic: true });
    actionRows.push(r);
    r++;
  }
  if (actionRows.length !== m.actions.length || (m.actions.length && actionRows[0] !== actionFirst)) {
    throw new Error('åtgärdsplanens rader hamnade fel');
  }
  let actionTotalRow: number | null = null;
  if (m.actions.length) {
    actionTotalRow = r;
    g.set(r, 0, t('report.summary.actionsTotal'));
    g.set(r, AC.effect, fMoney(`=SUM(${L(AC.effect)}${actionFirst + 1}:${L(AC.effect)}${actionLast + 1})`, m.actionsTotalOre));
    g.style(r, 0, r, AC.effect, { bold: true, border: 'topBottom', fill: SHEET_COLOURS.totalFill });
    g.style(actionFirst, 0, r, AC.effect, { verticalAlignment: 'top' });
    g.style(actionFirst, 0, r, AC.status, { wrapText: true });
    g.style(actionFirst, AC.amount, r, AC.amount, { numberFormat: money });
    g.style(actionFirst, AC.effect, r, AC.effect, { numberFormat: money });
    g.style(actionFirst, AC.months, r, AC.months, { horizontalAlignment: 'center' });
    r++;
  } else {
    g.set(r, 0, t('report.summary.noActions', { table: ACTION_PLAN_TABLE.name, sheet: ACTION_PLAN_TABLE.sheet }));
    g.style(r, 0, r, 0, mutedStyle());
    r++;
  }
  r++;

  // --- Placements
  heading(r, t('report.summary.placements'));
  r++;
  const placementRows: number[] = [];
  let placementTotalRow: number | null = null;
  if (!m.placements) {
    g.set(r, 0, t('report.summary.placementsMissing'));
    g.merge(r, 0, r, lastCol);
    g.style(r, 0, r, 0, { italic: true, fontColor: SHEET_COLOURS.muted, wrapText: true });
    g.height(r, 26);
    r++;
  } else {
    const p = m.placements;
    g.set(r, 0, t('report.summary.placementsSource', { source: p.source, date: periodLabelSv(p.period) }));
    g.style(r, 0, r, 0, { fontColor: SHEET_COLOURS.note, fontSize: 9 });
    r++;
    g.line(r, 0, [t('report.col.form'), t('report.col.countAtEnd'), t('report.col.careDays'), t('report.col.costYear'), t('report.col.costPerDay')]);
    g.style(r, 0, r, PC.perDay, HEADER_STYLE);
    g.height(r, 42);
    r++;
    const first = r;
    for (const f of p.forms) {
      const R = r + 1;
      g.line(r, 0, [
        f.form,
        f.countAtPeriodEnd,
        f.careDays,
        oreToKronor(f.costOre),
        f.careDays > 0 ? fNumber(`=${L(PC.cost)}${R}/${L(PC.careDays)}${R}`, oreToKronor(f.costOre) / f.careDays) : null,
      ]);
      placementRows.push(r);
      r++;
    }
    placementTotalRow = r;
    const T = r + 1;
    const count = p.forms.reduce((s, f) => s + f.countAtPeriodEnd, 0);
    const days = p.forms.reduce((s, f) => s + f.careDays, 0);
    const cost = p.forms.reduce((s, f) => s + f.costOre, 0);
    const span = (c: number) => `SUM(${L(c)}${first + 1}:${L(c)}${Math.max(first + 1, r)})`;
    g.line(r, 0, [
      t('report.group.total'),
      fNumber(`=${span(PC.count)}`, count),
      fNumber(`=${span(PC.careDays)}`, days),
      fMoney(`=${span(PC.cost)}`, cost),
      days > 0 ? fNumber(`=${L(PC.cost)}${T}/${L(PC.careDays)}${T}`, oreToKronor(cost) / days) : null,
    ]);
    g.style(r, 0, r, PC.perDay, { bold: true, border: 'topBottom', fill: SHEET_COLOURS.totalFill });
    g.style(first, PC.count, r, PC.careDays, { numberFormat: INTEGER_FORMAT });
    g.style(first, PC.cost, r, PC.cost, { numberFormat: money });
    g.style(first, PC.perDay, r, PC.perDay, { numberFormat: KRONOR_FORMAT });
    r++;
  }
  r++;

  // --- Units without a submitted forecast
  heading(r, t('report.summary.missing', { count: m.missingForecasts.length }));
  r++;
  const missingRows: { costCenter: string; row: number }[] = [];
  if (!m.missingForecasts.length) {
    g.set(r, 0, m.round ? t('report.summary.noneMissing') : t('report.round.none'));
    g.style(r, 0, r, 0, mutedStyle());
    r++;
  } else {
    g.set(r, 0, t('report.summary.missingLead'));
    g.merge(r, 0, r, lastCol);
    g.style(r, 0, r, 0, { wrapText: true, fontColor: SHEET_COLOURS.note, fontSize: 9 });
    g.height(r, 26);
    r++;
    for (const x of m.missingForecasts) {
      g.line(r, 0, [
        [x.costCenter, x.name].filter(Boolean).join(' '),
        x.status === 'draft' ? t('report.variance.statusDraft') : t('report.variance.statusNone'),
      ]);
      g.merge(r, 1, r, 4);
      g.style(r, 1, r, 1, { fontColor: SHEET_COLOURS.badText });
      missingRows.push({ costCenter: x.costCenter, row: r });
      r++;
    }
  }
  r++;

  // --- Notes
  const notes: string[] = [];
  if (m.unmapped.length) {
    notes.push(
      t('report.notes.unmapped', {
        accounts: m.unmapped.map((u) => `${u.account} (${formatOre(u.ore, { decimals: 0, suffix: true })})`).join(', '),
      }),
    );
  }
  notes.push(t('report.notes.formulas', { sheet: VARIANCE_SHEET }));
  for (const n of notes) {
    g.set(r, 0, n);
    g.merge(r, 0, r, lastCol);
    g.style(r, 0, r, 0, { wrapText: true, italic: true, fontColor: SHEET_COLOURS.muted, fontSize: 9, verticalAlignment: 'top' });
    g.height(r, wrappedLines(n, fullWidth * 1.15) * 12 + 2);
    r++;
  }
  const lastRow = r - 1;

  const spec = g.spec({
    name: SUMMARY_SHEET,
    columns: [
      { index: 0, width: 34 },
      ...Array.from({ length: 11 }, (_, i) => ({ index: i + 1, width: m.unit === 'tkr' ? 11 : 12.5 })),
    ],
    freeze: { rows: areaStart + 2, columns: 1 },
    // One page for the committee while it stays readable; longer summaries (many actions) run on.
    ...reportPage(m, title, { fitToPagesTall: lastRow < 80 ? 1 : 0, area: `A1:${cellAddress(lastRow, lastCol)}` }),
  });
  return {
    spec,
    layout: {
      areaRows: areas.rows,
      areaTotalRow: areas.totalRow,
      activityRows: activities.rows,
      activityTotalRow: activities.totalRow,
      actionRows,
      actionTotalRow,
      placementRows,
      placementTotalRow,
      missingRows,
    },
  };
}
