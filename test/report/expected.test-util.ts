/**
 * Every figure the report sheets show, taken from core's model and placed by the builders' layouts — written
 * independently of the sheet builders' cell code, so a figure in the wrong cell or column fails.
 */
import { oreToKronor, type Ore } from '../../src/core/money';
import {
  ACCURACY_SHEET,
  AC,
  CHARTS_SHEET,
  DC,
  QC,
  SC,
  SUMMARY_SHEET,
  VARIANCE_SHEET,
  VC,
  type Figures,
  type ReportModel,
  type ReportSheets,
} from '../../src/core/report';

export interface ExpectedCell {
  sheet: string;
  row: number;
  col: number;
  /** Kronor (money), a ratio, a count, or null = the cell must be empty. */
  value: number | null;
  what: string;
}

const k = (o: Ore | null) => (o === null ? null : oreToKronor(o));

function figures(out: ExpectedCell[], sheet: string, row: number, f: Figures, what: string, cols: Record<string, number>): void {
  const put = (col: number | undefined, value: number | null, name: string) => {
    if (col !== undefined) out.push({ sheet, row, col, value, what: `${what} ${name}` });
  };
  put(cols.budgetYear, k(f.budgetYearOre), 'budget helår');
  put(cols.budgetToDate, k(f.budgetToDateOre), 'budget t.o.m.');
  put(cols.actualToDate, k(f.actualToDateOre), 'utfall t.o.m.');
  put(cols.varianceToDate, k(f.varianceToDateOre), 'avvikelse t.o.m.');
  put(cols.varianceToDatePct, f.varianceToDatePct, 'avvikelse %');
  put(cols.forecast, k(f.forecastOre), 'prognos');
  put(cols.varianceYear, k(f.varianceYearOre), 'avvikelse helår');
  put(cols.previous, k(f.previousOre), 'föregående');
  put(cols.change, k(f.changeOre), 'förändring');
}

export function expectedCells(m: ReportModel, layouts: ReportSheets['layouts']): ExpectedCell[] {
  const out: ExpectedCell[] = [];
  const v = layouts.variance;
  v.units.forEach((lu, i) => {
    const u = m.units[i];
    if (u.costCenter !== lu.costCenter) throw new Error('layout order');
    lu.lines.forEach((ll, j) => figures(out, VARIANCE_SHEET, ll.row, u.lines[j], `${u.costCenter} ${ll.costLine}`, VC));
    figures(out, VARIANCE_SHEET, lu.totalRow, u.total, `${u.costCenter} summa`, VC);
  });
  figures(out, VARIANCE_SHEET, v.totalRow, m.total, 'totalt', VC);

  const s = layouts.summary;
  const groupCols = { ...SC, previous: undefined, change: undefined } as unknown as Record<string, number>;
  const group = (row: number, g: (typeof m.areas)[number], what: string) => {
    figures(out, SUMMARY_SHEET, row, g, what, groupCols);
    out.push({ sheet: SUMMARY_SHEET, row, col: SC.actions, value: k(g.actionsOre), what: `${what} åtgärder` });
    out.push({ sheet: SUMMARY_SHEET, row, col: SC.forecastAfter, value: k(g.forecastAfterActionsOre), what: `${what} prognos efter åtgärder` });
    out.push({ sheet: SUMMARY_SHEET, row, col: SC.varianceAfter, value: k(g.varianceAfterActionsOre), what: `${what} avvikelse efter åtgärder` });
    out.push({ sheet: SUMMARY_SHEET, row, col: SC.missing, value: g.missing, what: `${what} saknar prognos` });
  };
  s.areaRows.forEach((r, i) => group(r.row, m.areas[i], `område ${m.areas[i].label}`));
  group(s.areaTotalRow, m.total, 'område totalt');
  s.activityRows.forEach((r, i) => group(r.row, m.activities[i], `verksamhet ${m.activities[i].label}`));
  group(s.activityTotalRow, m.total, 'verksamhet totalt');
  s.actionRows.forEach((row, i) => {
    const a = m.actions[i];
    out.push({ sheet: SUMMARY_SHEET, row, col: AC.amount, value: k(a.amountOre), what: `åtgärd ${i + 1} belopp` });
    out.push({ sheet: SUMMARY_SHEET, row, col: AC.months, value: a.months, what: `åtgärd ${i + 1} månader` });
    out.push({ sheet: SUMMARY_SHEET, row, col: AC.effect, value: k(a.effectOre), what: `åtgärd ${i + 1} effekt` });
  });
  if (s.actionTotalRow !== null) out.push({ sheet: SUMMARY_SHEET, row: s.actionTotalRow, col: AC.effect, value: k(m.actionsTotalOre), what: 'åtgärder summa' });
  if (m.placements) {
    s.placementRows.forEach((row, i) => {
      const f = m.placements!.forms[i];
      out.push({ sheet: SUMMARY_SHEET, row, col: 1, value: f.countAtPeriodEnd, what: `${f.form} antal` });
      out.push({ sheet: SUMMARY_SHEET, row, col: 2, value: f.careDays, what: `${f.form} vårddygn` });
      out.push({ sheet: SUMMARY_SHEET, row, col: 3, value: k(f.costOre), what: `${f.form} kostnad` });
    });
  }

  const a = layouts.accuracy;
  const units = [...m.accuracy.units, ...(m.accuracy.total.points.length ? [m.accuracy.total] : [])];
  a.detail.forEach((d, i) => {
    const u = units[i];
    d.rows.forEach((r, j) => {
      const p = u.points[j];
      out.push({ sheet: ACCURACY_SHEET, row: r.row, col: DC.forecast, value: k(p.forecastOre), what: `${u.costCenter} ${p.round} prognos` });
      out.push({ sheet: ACCURACY_SHEET, row: r.row, col: DC.reference, value: k(p.referenceOre), what: `${u.costCenter} ${p.round} jämförelse` });
      out.push({ sheet: ACCURACY_SHEET, row: r.row, col: DC.error, value: k(p.errorOre), what: `${u.costCenter} ${p.round} fel` });
      out.push({ sheet: ACCURACY_SHEET, row: r.row, col: DC.errorPct, value: p.errorPct, what: `${u.costCenter} ${p.round} fel %` });
    });
  });
  const summaryRows = [...a.summaryRows.map((r) => r.row), ...(a.summaryTotalRow !== null ? [a.summaryTotalRow] : [])];
  summaryRows.forEach((row, i) => {
    const u = units[i];
    out.push({ sheet: ACCURACY_SHEET, row, col: QC.rounds, value: u.points.length, what: `${u.costCenter} omgångar` });
    out.push({ sheet: ACCURACY_SHEET, row, col: QC.bias, value: k(u.biasOre), what: `${u.costCenter} bias` });
    out.push({ sheet: ACCURACY_SHEET, row, col: QC.mape, value: u.mapePct, what: `${u.costCenter} MAPE` });
  });

  const c = layouts.charts;
  c.tables.forEach((tb, i) => {
    const ser = m.monthly[i];
    for (let mo = 0; mo < 12; mo++) {
      out.push({ sheet: CHARTS_SHEET, row: tb.headerRow + 1 + mo, col: tb.col + 1, value: k(ser.budgetCum[mo]), what: `${ser.label} budget ack ${mo + 1}` });
      out.push({ sheet: CHARTS_SHEET, row: tb.headerRow + 1 + mo, col: tb.col + 2, value: k(ser.actualCum[mo]), what: `${ser.label} utfall ack ${mo + 1}` });
      out.push({ sheet: CHARTS_SHEET, row: tb.headerRow + 1 + mo, col: tb.col + 3, value: k(ser.forecastCum[mo]), what: `${ser.label} prognos ack ${mo + 1}` });
    }
  });
  c.rounds?.rows.forEach((r, i) => {
    const x = m.rounds[i];
    out.push({ sheet: CHARTS_SHEET, row: r.row, col: 1, value: k(x.forecastOre), what: `${x.round} prognos` });
    out.push({ sheet: CHARTS_SHEET, row: r.row, col: 2, value: k(x.budgetOre), what: `${x.round} budget` });
    out.push({ sheet: CHARTS_SHEET, row: r.row, col: 3, value: k(x.budgetOre - x.forecastOre), what: `${x.round} avvikelse` });
    out.push({ sheet: CHARTS_SHEET, row: r.row, col: 4, value: x.units, what: `${x.round} enheter` });
  });
  return out;
}

/**
 * Compares every expected figure with what a cell shows: `shown(sheet,row,col)` gives the value as read back
 * (plain values, or formula results computed by the host or by the test evaluator). Returns the mismatches.
 */
export function compareFigures(expected: ExpectedCell[], shown: (sheet: string, row: number, col: number) => unknown): string[] {
  const bad: string[] = [];
  for (const e of expected) {
    const got = shown(e.sheet, e.row, e.col);
    if (e.value === null) {
      if (got !== null && got !== undefined && got !== '') bad.push(`${e.what}: expected empty, got ${String(got)}`);
      continue;
    }
    if (typeof got !== 'number' || Math.abs(got - e.value) > 1e-9 * Math.max(1, Math.abs(e.value))) bad.push(`${e.what}: expected ${e.value}, got ${String(got)}`);
  }
  return bad;
}
