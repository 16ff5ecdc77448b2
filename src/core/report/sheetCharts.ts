/**
 * The sheet "Diagram uppföljning": cumulative budget, actuals and forecast month by month — for all units and for
 * each area — and how the full-year forecast moved round by round.
 *
 * Layout: the charts in a grid three wide (all units and the rounds first, then the areas), printed on one A4
 * landscape page; the charts' data are tables below the grid (core's figures; the rounds table's variance is a
 * formula), on the sheet for auditing but outside the print area.
 */
import type { ChartSpec, SheetSpec } from '../port';
import { cellAddress, cellRange, columnLetters } from '../a1';
import { MONTH_SHORT_SV, periodLabelSv, periodShortSv } from '../dates';
import { t } from '../strings';
import { INTEGER_FORMAT, headerStyle, mutedStyle, titleStyle } from '../sheets/style';
import { Grid, fMoney, kr, moneyFormat, reportPage } from './grid';
import { unitText } from './sheetVariance';
import type { ReportModel } from './types';

export const CHARTS_SHEET = 'Diagram uppföljning';

/** Columns and rows one chart covers; charts per row of the grid. */
const CHART_COLS = 7;
const CHART_ROWS = 16;
const PER_ROW = 3;
/** Columns of one data table and tables side by side. */
const TABLE_COLS = 4;
const TABLES_PER_ROW = 4;

export interface ChartsLayout {
  /** Per monthly series: the row of its table header and its first column. */
  tables: { label: string; headerRow: number; col: number }[];
  rounds: { headerRow: number; col: number; rows: { round: string; row: number }[] } | null;
}

export function buildChartsSheet(m: ReportModel): { spec: SheetSpec; layout: ChartsLayout } {
  const g = new Grid();
  const money = moneyFormat(m.unit);
  const gridCols = PER_ROW * CHART_COLS;
  const title = t('report.charts.title', { period: periodLabelSv(m.period) });
  g.titleRows(title, [`${t('report.charts.lead', { missing: m.missingForecasts.length })} ${unitText(m)}`], gridCols - 1, gridCols * 10);

  // Chart order: all units, the rounds, then the areas.
  const slots: ('rounds' | number)[] = [0, ...(m.rounds.length ? ['rounds' as const] : []), ...m.monthly.slice(1).map((_, i) => i + 1)];
  const chartTop = 3;
  const place = (k: number) => ({ row: chartTop + Math.floor(k / PER_ROW) * (CHART_ROWS + 1), col: (k % PER_ROW) * CHART_COLS });
  const gridBottom = chartTop + Math.ceil(slots.length / PER_ROW) * (CHART_ROWS + 1) - 2;

  let r = gridBottom + 3;
  g.set(r, 0, t('report.charts.data'));
  g.style(r, 0, r, 0, titleStyle(12));
  r += 1;
  const header = headerStyle({ wrapText: true, horizontalAlignment: 'center' });
  const tables: ChartsLayout['tables'] = [];
  const charts: ChartSpec[] = [];
  const axisFormat = m.unit === 'tkr' ? '#,##0,' : INTEGER_FORMAT;
  const tableTop = r;
  const chartFor = (slot: number, at: { row: number; col: number }) => ({
    from: cellAddress(at.row, at.col),
    to: cellAddress(at.row + CHART_ROWS - 1, at.col + CHART_COLS - 1),
    name: `Diagram ${slot + 1}`,
  });

  m.monthly.forEach((s, k) => {
    const col = (k % TABLES_PER_ROW) * (TABLE_COLS + 1);
    const top = tableTop + Math.floor(k / TABLES_PER_ROW) * 16;
    g.set(top, col, s.label);
    g.style(top, col, top, col, { bold: true });
    const h = top + 1;
    g.line(h, col, [t('report.col.month'), t('report.col.budgetCum'), t('report.col.actualCum'), t('report.col.forecastCum')]);
    g.style(h, col, h, col + TABLE_COLS - 1, header);
    g.height(h, 30);
    for (let i = 0; i < 12; i++) g.line(h + 1 + i, col, [MONTH_SHORT_SV[i], kr(s.budgetCum[i]), kr(s.actualCum[i]), kr(s.forecastCum[i])]);
    g.style(h + 1, col + 1, h + 12, col + 3, { numberFormat: money });
    tables.push({ label: s.label, headerRow: h, col });
    const slot = slots.indexOf(k);
    const rng = (c: number) => cellRange(h + 1, col + c, h + 12, col + c);
    charts.push({
      ...chartFor(slot, place(slot)),
      type: 'line',
      title: t('report.charts.cumulative', { label: s.label }),
      categories: rng(0),
      series: [
        { name: t('report.col.budget'), values: rng(1) },
        { name: t('report.col.actual'), values: rng(2) },
        { name: t('report.col.forecastShort'), values: rng(3) },
      ],
      valueAxisFormat: axisFormat,
      valueAxisTitle: m.unit,
      legend: 'bottom',
    });
  });
  r = tableTop + Math.ceil(m.monthly.length / TABLES_PER_ROW) * 16;

  // Round by round.
  let rounds: ChartsLayout['rounds'] = null;
  g.set(r, 0, t('report.charts.roundsTable'));
  g.style(r, 0, r, 0, { bold: true });
  const h = r + 1;
  g.line(h, 0, [t('report.col.round'), t('report.col.forecast'), t('report.col.budgetSameUnits'), t('report.col.varianceYear'), t('report.col.unitsWithForecast')]);
  g.style(h, 0, h, 4, header);
  g.height(h, 44);
  const rows: { round: string; row: number }[] = [];
  m.rounds.forEach((x, i) => {
    const row = h + 1 + i;
    const R = row + 1;
    g.line(row, 0, [periodShortSv(x.round), kr(x.forecastOre), kr(x.budgetOre), fMoney(`=C${R}-B${R}`, x.budgetOre - x.forecastOre), x.units]);
    rows.push({ round: x.round, row });
  });
  if (m.rounds.length) {
    g.style(h + 1, 1, h + m.rounds.length, 3, { numberFormat: money });
    g.style(h + 1, 4, h + m.rounds.length, 4, { numberFormat: INTEGER_FORMAT, horizontalAlignment: 'center' });
    rounds = { headerRow: h, col: 0, rows };
    const slot = slots.indexOf('rounds');
    const rng = (c: number) => cellRange(h + 1, c, h + m.rounds.length, c);
    charts.push({
      ...chartFor(slot, place(slot)),
      type: 'line',
      title: t('report.charts.rounds'),
      categories: rng(0),
      series: [
        { name: t('report.col.forecast'), values: rng(1) },
        { name: t('report.col.budgetSameUnits'), values: rng(2) },
      ],
      valueAxisFormat: axisFormat,
      valueAxisTitle: m.unit,
      legend: 'bottom',
    });
  } else {
    g.set(h + 1, 0, t('report.charts.noRounds'));
    g.style(h + 1, 0, h + 1, 0, mutedStyle());
  }

  const spec = g.spec({
    name: CHARTS_SHEET,
    defaultColumnWidth: 10,
    charts: charts.sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true })),
    // The charts only: their data tables below stay on the sheet for auditing.
    ...reportPage(m, title, { fitToPagesTall: 1, area: `A1:${columnLetters(gridCols - 1)}${gridBottom + 1}` }),
  });
  return { spec, layout: { tables, rounds } };
}
