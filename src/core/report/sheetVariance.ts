/**
 * The sheet "Avvikelse per enhet": for every unit (ansvar) its cost lines and a unit total, then a total of all
 * units. Budget, actuals, forecast and previous forecast are core's figures written as values; variances, the
 * percentage and every total are Excel formulas over them (each with core's figure as its cached result), so the
 * sheet can be audited in Excel without the add-in.
 */
import type { CellInput, SheetSpec } from '../port';
import { cellAddress, columnLetters } from '../a1';
import { periodLabelSv } from '../dates';
import { formatOre } from '../money';
import { t } from '../strings';
import { GRAND_TOTAL_STYLE, HEADER_STYLE, PERCENT_FORMAT, SHEET_COLOURS, wrappedLines } from '../sheets/style';
import { Grid, fMoney, fNumber, kr, moneyFormat, reportPage, sumOfCells, thresholdFormats } from './grid';
import type { Figures, ReportModel, ReportUnitRow } from './types';

export const VARIANCE_SHEET = 'Avvikelse per enhet';

/** Column indexes of the variance sheet. */
export const VC = {
  label: 0,
  budgetYear: 1,
  budgetToDate: 2,
  actualToDate: 3,
  varianceToDate: 4,
  varianceToDatePct: 5,
  forecast: 6,
  varianceYear: 7,
  previous: 8,
  change: 9,
  cause: 10,
  action: 11,
} as const;

/** Money columns, in order (the percentage column is separate). */
export const VARIANCE_MONEY_COLUMNS = ['budgetYear', 'budgetToDate', 'actualToDate', 'varianceToDate', 'forecast', 'varianceYear', 'previous', 'change'] as const;

export type MoneyColumn = (typeof VARIANCE_MONEY_COLUMNS)[number];

/** The figure of a column in a Figures object. */
export function figureOf(f: Figures, c: MoneyColumn): number | null {
  switch (c) {
    case 'budgetYear':
      return f.budgetYearOre;
    case 'budgetToDate':
      return f.budgetToDateOre;
    case 'actualToDate':
      return f.actualToDateOre;
    case 'varianceToDate':
      return f.varianceToDateOre;
    case 'forecast':
      return f.forecastOre;
    case 'varianceYear':
      return f.varianceYearOre;
    case 'previous':
      return f.previousOre;
    case 'change':
      return f.changeOre;
  }
}

export interface VarianceLayout {
  headerRow: number;
  units: { costCenter: string; headingRow: number; lines: { costLine: string; row: number }[]; totalRow: number }[];
  totalRow: number;
}

const L = (c: number) => columnLetters(c);

/** A line's cells: values for the inputs, formulas for the derived columns. */
function lineCells(f: Figures, row: number): (CellInput | undefined)[] {
  const R = row + 1;
  const cells: (CellInput | undefined)[] = new Array(10).fill(undefined);
  cells[VC.budgetYear] = kr(f.budgetYearOre);
  cells[VC.budgetToDate] = kr(f.budgetToDateOre);
  cells[VC.actualToDate] = kr(f.actualToDateOre);
  cells[VC.varianceToDate] = fMoney(`=${L(VC.budgetToDate)}${R}-${L(VC.actualToDate)}${R}`, f.varianceToDateOre);
  if (f.varianceToDatePct !== null) {
    cells[VC.varianceToDatePct] = fNumber(`=${L(VC.varianceToDate)}${R}/ABS(${L(VC.budgetToDate)}${R})`, f.varianceToDatePct);
  }
  cells[VC.forecast] = kr(f.forecastOre);
  if (f.varianceYearOre !== null) cells[VC.varianceYear] = fMoney(`=${L(VC.budgetYear)}${R}-${L(VC.forecast)}${R}`, f.varianceYearOre);
  cells[VC.previous] = kr(f.previousOre);
  if (f.changeOre !== null) cells[VC.change] = fMoney(`=${L(VC.forecast)}${R}-${L(VC.previous)}${R}`, f.changeOre);
  return cells;
}

/** A total's cells: every money column summed with `sum(column letter)`; the percentage recomputed on the row. */
function totalCells(f: Figures, row: number, sum: (col: number) => string): (CellInput | undefined)[] {
  const R = row + 1;
  const cells: (CellInput | undefined)[] = new Array(10).fill(undefined);
  for (const c of VARIANCE_MONEY_COLUMNS) {
    const v = figureOf(f, c);
    if (v !== null) cells[VC[c]] = fMoney(`=${sum(VC[c])}`, v);
  }
  if (f.varianceToDatePct !== null) {
    cells[VC.varianceToDatePct] = fNumber(`=${L(VC.varianceToDate)}${R}/ABS(${L(VC.budgetToDate)}${R})`, f.varianceToDatePct);
  }
  return cells;
}

function statusText(u: ReportUnitRow): string {
  if (u.hasForecast) return t(u.status === 'approved' ? 'report.variance.statusApproved' : 'report.variance.statusSubmitted');
  return u.status === 'draft' ? t('report.variance.statusDraft') : t('report.variance.statusNone');
}

/** Thresholds as a text for the sheet: "100 000 kr eller 5 %". */
export function thresholdsText(m: ReportModel): string {
  const thr = m.thresholds;
  const parts: string[] = [];
  if (thr.amountOre !== null) parts.push(formatOre(thr.amountOre, { decimals: 0, suffix: true }));
  if (thr.percent !== null) parts.push(`${String(thr.percent).replace('.', ',')}\u00a0%`);
  if (!parts.length) return t('report.thresholds.none');
  return parts.join(thr.combine === 'or' ? t('report.thresholds.or') : t('report.thresholds.and'));
}

/** The round line of a title block: which forecast round the figures come from. */
export function roundText(m: ReportModel): string {
  if (!m.round) return t('report.round.none');
  const prev = m.previousRound ? t('report.round.previous', { label: 'Prognos ' + periodLabelSv(m.previousRound) }) : '';
  return t('report.round.used', { label: m.roundLabel ?? m.round }) + prev;
}

export function unitText(m: ReportModel): string {
  return t(m.unit === 'tkr' ? 'report.unit.tkr' : 'report.unit.kr');
}

export function buildVarianceSheet(m: ReportModel): { spec: SheetSpec; layout: VarianceLayout } {
  const g = new Grid();
  const lastCol = VC.action;
  const money = moneyFormat(m.unit);
  const title = t('report.variance.title', { period: periodLabelSv(m.period) });
  const info = `${roundText(m)} ${unitText(m)}`;
  const sign = t('report.sign.variance', { thresholds: thresholdsText(m) });
  g.titleRows(title, [info, sign], lastCol, 36 + 8 * 11 + 10 + 2 * 34);

  const headerRow = 4;
  const headers = [
    t('report.col.costLine'),
    t('report.col.budgetYear'),
    t('report.col.budgetToDate'),
    t('report.col.actualToDate'),
    t('report.col.varianceToDate'),
    t('report.col.varianceToDatePct'),
    t('report.col.forecast'),
    t('report.col.varianceYear'),
    t('report.col.previous'),
    t('report.col.change'),
    t('report.col.cause'),
    t('report.col.action'),
  ];
  g.line(headerRow, 0, headers);
  g.style(headerRow, 0, headerRow, lastCol, HEADER_STYLE);
  g.height(headerRow, 44);

  const layout: VarianceLayout = { headerRow, units: [], totalRow: 0 };
  let r = headerRow + 1;
  const firstData = r;
  for (const u of m.units) {
    const headingRow = r;
    const name = [u.costCenter, u.name].filter(Boolean).join(' ');
    const where = [u.area, u.activity ? 'RS ' + u.activity : ''].filter(Boolean).join(', ');
    g.set(r, 0, where ? `${name} (${where})` : name);
    g.set(r, VC.cause, statusText(u));
    g.style(r, 0, r, lastCol, { bold: true, fill: SHEET_COLOURS.sectionFill });
    if (!u.hasForecast) g.style(r, VC.cause, r, VC.cause, { fontColor: SHEET_COLOURS.badText });
    r++;
    const lines: { costLine: string; row: number }[] = [];
    for (const l of u.lines) {
      g.set(r, 0, l.costLine);
      g.line(r, 0, [undefined, ...lineCells(l, r).slice(1)]);
      const cause = l.causeSource === 'followup' && l.cause ? `${t('report.variance.followupPrefix')} ${l.cause}` : l.cause;
      g.set(r, VC.cause, cause || undefined);
      g.set(r, VC.action, l.action || undefined);
      const tall = Math.max(wrappedLines(cause, 34), wrappedLines(l.action, 34));
      if (tall > 1) g.height(r, tall * 12 + 3);
      g.style(r, 0, r, 0, { indent: 1 });
      lines.push({ costLine: l.costLine, row: r });
      r++;
    }
    const first = lines[0].row + 1;
    const last = lines[lines.length - 1].row + 1;
    g.set(r, 0, t('report.variance.unitTotal', { costCenter: u.costCenter }));
    g.line(r, 0, [undefined, ...totalCells(u.total, r, (c) => `SUM(${L(c)}${first}:${L(c)}${last})`).slice(1)]);
    g.style(r, 0, r, lastCol, { bold: true, border: 'top' });
    layout.units.push({ costCenter: u.costCenter, headingRow, lines, totalRow: r });
    r += 2;
  }
  const totalRow = r;
  layout.totalRow = totalRow;
  g.set(r, 0, t('report.variance.grandTotal'));
  const totals = layout.units.map((u) => u.totalRow);
  g.line(r, 0, [undefined, ...totalCells(m.total, r, (c) => sumOfCells(totals.map((row) => `${L(c)}${row + 1}`))).slice(1)]);
  g.style(r, 0, r, lastCol, GRAND_TOTAL_STYLE);
  const lastData = r;

  // Number formats by column over the data rows; texts wrap at the top.
  for (const c of VARIANCE_MONEY_COLUMNS) g.style(firstData, VC[c], lastData, VC[c], { numberFormat: money });
  g.style(firstData, VC.varianceToDatePct, lastData, VC.varianceToDatePct, { numberFormat: PERCENT_FORMAT });
  // Numbers and texts at the top of the row, so a wrapped cause lines up with its figures.
  g.style(firstData, 0, lastData, VC.varianceToDatePct, { verticalAlignment: 'top' });
  g.style(firstData, VC.forecast, lastData, VC.change, { verticalAlignment: 'top' });
  g.style(firstData, VC.cause, lastData, VC.action, { wrapText: true, verticalAlignment: 'top', fontSize: 9, indent: 1 });
  g.conditional.push(
    ...thresholdFormats(VC.varianceToDate, VC.budgetToDate, firstData, lastData, m.thresholds),
    ...thresholdFormats(VC.varianceYear, VC.budgetYear, firstData, lastData, m.thresholds),
  );

  const area = `A1:${cellAddress(lastData, lastCol)}`;
  const spec = g.spec({
    name: VARIANCE_SHEET,
    columns: [
      { index: VC.label, width: 36 },
      ...[1, 2, 3, 4, 6, 7, 8, 9].map((index) => ({ index, width: m.unit === 'tkr' ? 11 : 12.5 })),
      { index: VC.varianceToDatePct, width: 10 },
      { index: VC.cause, width: 34 },
      { index: VC.action, width: 34 },
    ],
    freeze: { rows: headerRow + 1, columns: 1 },
    ...reportPage(m, title, { fitToPagesTall: 0, repeatRows: `${headerRow + 1}:${headerRow + 1}`, area }),
  });
  return { spec, layout };
}
