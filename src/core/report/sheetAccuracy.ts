/**
 * The sheet "Prognossäkerhet": per unit the bias (mean error) and MAPE of its kept rounds and whether it missed in
 * the same direction three rounds in a row; below, round by round, the forecast, the reference (outcome or the
 * latest forecast), the error in kronor and percent. Errors, bias and MAPE are formulas over the detail rows.
 */
import type { CellInput, SheetSpec } from '../port';
import { cellAddress, columnLetters } from '../a1';
import { periodLabelSv, periodShortSv } from '../dates';
import { roundLabel } from '../forecast/rounds';
import { t } from '../strings';
import type { AccuracyUnit } from './accuracy';
import { HEADER_STYLE, PERCENT_FORMAT, SHEET_COLOURS, TOTAL_STYLE, columnWidths, mutedStyle, titleStyle } from '../sheets/style';
import { Grid, fMoney, fNumber, kr, moneyFormat, reportPage } from './grid';
import { unitText } from './sheetVariance';
import type { ReportModel } from './types';

export const ACCURACY_SHEET = 'Prognossäkerhet';

/** Columns of the per-unit table. */
export const QC = { unit: 0, name: 1, rounds: 2, bias: 3, mape: 4, streak: 5 } as const;
/** Columns of the detail table. */
export const DC = { unit: 0, round: 1, forecast: 2, reference: 3, error: 4, errorPct: 5 } as const;

export interface AccuracyLayout {
  summaryRows: { costCenter: string; row: number }[];
  /** The all-units row of the per-unit table. */
  summaryTotalRow: number | null;
  detail: { costCenter: string; rows: { round: string; row: number }[] }[];
}

const L = (c: number) => columnLetters(c);

export function streakText(u: AccuracyUnit): string {
  if (!u.streak) return '';
  const rs = u.streak.rounds;
  return t(u.streak.direction === 'over' ? 'report.accuracy.streakOver' : 'report.accuracy.streakUnder', {
    count: rs.length,
    from: periodShortSv(rs[0]),
    to: periodShortSv(rs[rs.length - 1]),
  });
}

export function buildAccuracySheet(m: ReportModel): { spec: SheetSpec; layout: AccuracyLayout } {
  const g = new Grid();
  const a = m.accuracy;
  const money = moneyFormat(m.unit);
  const lastCol = QC.streak;
  const title = t('report.accuracy.title', { period: periodLabelSv(m.period) });
  const ref =
    a.reference === 'outcome'
      ? t('report.accuracy.referenceOutcome', { year: m.year })
      : a.referenceRound
        ? t('report.accuracy.referenceLatest', { label: roundLabel(a.referenceRound) })
        : t('report.round.none');
  const widths = [14, 34, 14, 14, 14, 12, 16, 16];
  // The lead spans every column.
  g.titleRows(title, [`${ref} ${t('report.accuracy.explain')} ${unitText(m)}`], lastCol + 2, widths.reduce((s, w) => s + w, 0));

  const units: AccuracyUnit[] = [...a.units, ...(a.total.points.length ? [{ ...a.total, name: t('report.accuracy.allUnits') }] : [])];

  // Per-unit table first; its formulas point at the detail rows below (positions known in advance).
  const summaryHeader = 3;
  g.line(summaryHeader, 0, [
    t('report.col.costCenter'),
    t('report.col.name'),
    t('report.col.roundsScored'),
    t('report.col.bias'),
    t('report.col.mape'),
    t('report.col.streak'),
  ]);
  g.merge(summaryHeader, QC.streak, summaryHeader, QC.streak + 2);
  g.style(summaryHeader, 0, summaryHeader, lastCol + 2, HEADER_STYLE);
  g.height(summaryHeader, 30);
  const firstSummary = summaryHeader + 1;
  const detailHeading = firstSummary + Math.max(units.length, 1) + 1;
  const detailHeader = detailHeading + 1;
  let d = detailHeader + 1;
  const detail: AccuracyLayout['detail'] = [];
  const summaryRows: AccuracyLayout['summaryRows'] = [];
  let summaryTotalRow: number | null = null;

  if (!units.length) {
    g.set(firstSummary, 0, t('report.accuracy.none'));
    g.style(firstSummary, 0, firstSummary, 0, mutedStyle());
  }
  g.set(detailHeading, 0, t('report.accuracy.detail'));
  g.style(detailHeading, 0, detailHeading, 0, titleStyle(12));
  g.line(detailHeader, 0, [
    t('report.col.costCenter'),
    t('report.col.round'),
    t('report.col.forecast'),
    a.reference === 'outcome' ? t('report.col.outcome') : t('report.col.latestForecast'),
    t('report.col.error'),
    t('report.col.errorPct'),
  ]);
  g.style(detailHeader, 0, detailHeader, lastCol, HEADER_STYLE);
  g.height(detailHeader, 30);
  const firstDetail = d;

  units.forEach((u, i) => {
    const isTotal = i === a.units.length;
    const rows: { round: string; row: number }[] = [];
    const start = d;
    for (const p of u.points) {
      const R = d + 1;
      const cells: (CellInput | undefined)[] = [
        isTotal ? t('report.accuracy.allUnits') : u.costCenter,
        roundLabel(p.round),
        kr(p.forecastOre),
        kr(p.referenceOre),
        fMoney(`=${L(DC.forecast)}${R}-${L(DC.reference)}${R}`, p.errorOre),
        p.errorPct === null ? null : fNumber(`=${L(DC.error)}${R}/ABS(${L(DC.reference)}${R})`, p.errorPct),
      ];
      g.line(d, 0, cells);
      rows.push({ round: p.round, row: d });
      d++;
    }
    if (isTotal) g.style(start, 0, d - 1, lastCol, { bold: true, fill: SHEET_COLOURS.totalFill });
    else g.style(d - 1, 0, d - 1, lastCol, { border: 'bottom' });
    detail.push({ costCenter: u.costCenter, rows });

    const s = firstSummary + i;
    const n = rows.length;
    const errs = `${L(DC.error)}${rows[0].row + 1}:${L(DC.error)}${rows[n - 1].row + 1}`;
    const pctCells = u.points.map((p, k) => (p.errorPct === null ? null : `ABS(${L(DC.errorPct)}${rows[k].row + 1})`)).filter((x): x is string => x !== null);
    g.line(s, 0, [
      isTotal ? '' : u.costCenter,
      isTotal ? t('report.accuracy.allUnits') : u.name,
      n,
      // The sum rounded to öre first: differences of large kronor values carry binary noise that would tip a half öre.
      u.biasOre === null ? null : fMoney(`=ROUND(ROUND(SUM(${errs}),2)/${n},2)`, u.biasOre),
      u.mapePct === null ? null : fNumber(`=(${pctCells.join('+')})/${pctCells.length}`, u.mapePct),
      streakText(u) || null,
    ]);
    g.merge(s, QC.streak, s, QC.streak + 2);
    if (u.streak) g.style(s, QC.streak, s, QC.streak, { fontColor: SHEET_COLOURS.badText, bold: true });
    if (isTotal) {
      summaryTotalRow = s;
      g.style(s, 0, s, lastCol + 2, TOTAL_STYLE);
    } else summaryRows.push({ costCenter: u.costCenter, row: s });
  });
  const lastRow = Math.max(d - 1, detailHeader);
  g.style(firstSummary, QC.bias, firstSummary + units.length, QC.bias, { numberFormat: money });
  g.style(firstSummary, QC.mape, firstSummary + units.length, QC.mape, { numberFormat: PERCENT_FORMAT });
  g.style(firstSummary, QC.rounds, firstSummary + units.length, QC.rounds, { horizontalAlignment: 'center' });
  if (d > firstDetail) {
    g.style(firstDetail, DC.forecast, d - 1, DC.error, { numberFormat: money });
    g.style(firstDetail, DC.errorPct, d - 1, DC.errorPct, { numberFormat: PERCENT_FORMAT });
  }

  const spec = g.spec({
    name: ACCURACY_SHEET,
    columns: columnWidths(widths),
    freeze: { rows: summaryHeader + 1, columns: 0 },
    ...reportPage(m, title, { fitToPagesTall: 0, area: `A1:${cellAddress(lastRow, lastCol + 2)}` }),
  });
  return { spec, layout: { summaryRows, summaryTotalRow, detail } };
}
