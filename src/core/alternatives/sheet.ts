/**
 * The sheet "Kostnadsunderlag <case key>": the resource board's cost basis for the committee, as a SheetSpec.
 *
 * Layout (one A4 landscape page, fit to 1 × 1):
 *   left  (A + one column per alternative): header, reason, alternatives side by side (kind, notes, components),
 *         totals, budget-year part, difference to the cheapest, risk, expected cost, break-even, sensitivity;
 *   right (after a narrow gap): a line chart of cumulative cost per alternative above its data table
 *         (cumulative cost per month and alternative).
 * Amounts are written as kronor values with `#,##0` formats; the figures are core's (computeCase), so the
 * sheet and the CLI agree to the öre.
 */
import type { CellBlock, CellInput, ChartSpec, SheetSpec } from '../port';
import { EXCEL_LIMITS } from '../port';
import { cellAddress, cellRange, columnLetters } from '../a1';
import { formatNumber, formatOre, oreToKronor } from '../money';
import { periodShortSv } from '../dates';
import { sheetBlocks } from '../sheets/blocks';
import { INTEGER_FORMAT, KRONOR_FORMAT, SHEET_COLOURS, TOTAL_STYLE, committeePage, headerStyle, mutedStyle, titleStyle, wrappedLines as sharedWrappedLines } from '../sheets/style';
import { t } from '../strings';
import type { CaseResult } from './compute';
import { evaluateAst } from './expression';
import { priceScope, type CostComponent, type ResourceCase } from './model';
import * as Q from './rational';

const PREFIX_FULL = 'Kostnadsunderlag ';
const PREFIX_SHORT = 'Kostn.underlag ';

/** The sheet name for a case: "Kostnadsunderlag <key>", shortened to Excel's 31 characters when needed. */
export function costBasisSheetName(caseKey: string): string {
  const max = EXCEL_LIMITS.maxSheetNameLength;
  const key = caseKey.replace(/[[\]:*?/\\]/g, '-');
  if (PREFIX_FULL.length + key.length <= max) return PREFIX_FULL + key;
  if (PREFIX_SHORT.length + key.length <= max) return PREFIX_SHORT + key;
  return PREFIX_SHORT + key.slice(0, max - PREFIX_SHORT.length - 1) + '…';
}

export const KR_FORMAT = KRONOR_FORMAT;
export const KR_PLAIN_FORMAT = INTEGER_FORMAT;
export const KR_DELTA_FORMAT = '+#,##0" kr";-#,##0" kr";"–"';
export const KR_PLUSMINUS_FORMAT = '"±"#,##0" kr";"±"#,##0" kr";"–"';

export interface SensitivityLine {
  label: string;
  /** Change of each alternative's total (for a symmetric line: the change at +). */
  deltaOre: number[];
  /** True when + and − change every total by the same amount (within a krona) with opposite signs (shown once as ±). */
  symmetric: boolean;
}

/** The sensitivity table as shown: a price's +/− pair folded into one "±" line when symmetric. */
export function sensitivityLines(result: CaseResult): SensitivityLine[] {
  const out: SensitivityLine[] = [];
  const rows = result.sensitivity;
  const done = new Set<number>();
  rows.forEach((s, i) => {
    if (done.has(i)) return;
    done.add(i);
    const magnitude = s.kind === 'duration' ? Math.abs(s.change) : formatNumber(Math.abs(s.change) * 100, 0);
    const pairIndex = rows.findIndex((o, k) => k > i && o.key === s.key && o.change === -s.change);
    const pair = pairIndex >= 0 ? rows[pairIndex] : undefined;
    // Symmetric when + and − differ by less than a krona (öre rounding per month): the sheet shows whole kronor.
    const symmetric = !!pair && s.deltaOre.every((d, k) => Math.abs(d + pair.deltaOre[k]) < 100);
    const label = (sign: string) =>
      s.kind === 'duration'
        ? `${s.label} ${t('alternatives.sheet.months', { sign, months: magnitude })}`
        : `${s.label} ${t('alternatives.sheet.percentChange', { sign, percent: magnitude })}`;
    if (symmetric && pair) {
      done.add(pairIndex);
      out.push({ label: label('±'), deltaOre: s.change > 0 ? s.deltaOre : pair.deltaOre, symmetric: true });
    } else out.push({ label: label(s.change > 0 ? '+' : '−'), deltaOre: s.deltaOre, symmetric: false });
  });
  return out;
}

function kr(ore: number): string {
  return formatOre(ore, { decimals: 0, suffix: true });
}

function percent(r: Q.Rational): string {
  return formatNumber(Q.toNumber(r) * 100, Q.isInteger(Q.mul(r, Q.rat(100))) ? 0 : 1) + '\u00a0%';
}

/** One line describing a component: "HVB-plats: 3 283 kr/dygn, mån 1–12, +3 %/år – 1 207 159 kr". */
export function componentLine(rc: ResourceCase, comp: CostComponent, totalOre: number): string {
  const priceOre = comp.price.kind === 'amount' ? comp.price.ore : (rc.prices.get(comp.price.name)?.priceOre ?? 0);
  const unit = t(`alternatives.unit.${comp.unit}`);
  const price = comp.unit === 'engång' ? kr(priceOre) : `${kr(priceOre)}/${unit}`;
  let quantity = '';
  if (!comp.quantity.usesDays) {
    const q = evaluateAst(comp.quantity.ast, priceScope(rc.prices));
    if (Q.cmp(q, Q.ONE) !== 0) {
      const decimals = Q.isInteger(q) ? 0 : 2;
      quantity = ' × ' + formatNumber(Q.toNumber(q), decimals);
    }
  } else {
    quantity = ' × (' + comp.quantity.source + ')';
  }
  const months =
    comp.unit === 'engång'
      ? t('alternatives.sheet.component.once', { month: comp.from })
      : t('alternatives.sheet.component.months', { from: comp.from, to: comp.to });
  const uplift = Q.isZero(comp.uplift) ? '' : ', ' + t('alternatives.sheet.component.uplift', { percent: percent(comp.uplift) });
  return `• ${comp.label}: ${price}${quantity}, ${months}${uplift} – ${kr(totalOre)}`;
}

/** Printed lines of a wrapped text in a column `width` characters wide (this sheet's font fits 1.05 a unit). */
function wrappedLines(text: string, width: number): number {
  return sharedWrappedLines(text, width, 1.05);
}

const LINE_PT = 13;

/** Builds the committee sheet for a validated case and its computed result. */
export function buildCostBasisSheet(rc: ResourceCase, result: CaseResult): SheetSpec {
  const n = rc.alternatives.length;
  const labelWidth = 26;
  const altWidth = n <= 3 ? 30 : n === 4 ? 26 : 22;
  const leftCols = 1 + n;
  const lastLeft = leftCols - 1;
  const gapCol = leftCols;
  const monthCol = gapCol + 1;
  const cumWidth = Math.max(13, Math.ceil(50 / n));
  const lastRight = monthCol + n;
  const leftTextWidth = labelWidth + n * altWidth;

  const { blocks, formats, merges, rowHeights, put } = sheetBlocks();
  const leftRange = (row: number) => cellRange(row, 0, row, lastLeft);
  const altRange = (row: number) => cellRange(row, 1, row, lastLeft);

  // --- Header
  let r = 0;
  put(r, 0, [[t('alternatives.sheet.title')]], titleStyle(16));
  rowHeights.push({ index: r, height: 24 });
  r++;
  put(r, 0, [[t('alternatives.sheet.subtitle')]], mutedStyle());
  r++;
  const first = result.periods[0];
  const last = result.periods[result.periods.length - 1];
  const header: [string, string][] = [
    [t('alternatives.sheet.caseKey'), rc.caseKey],
    [t('alternatives.sheet.date'), rc.date],
    [t('alternatives.sheet.targetGroup'), rc.targetGroup],
    [t('alternatives.sheet.board'), rc.board],
    [
      t('alternatives.sheet.period'),
      t('alternatives.sheet.periodValue', {
        from: periodShortSv(first),
        to: periodShortSv(last),
        months: rc.horizonMonths,
        year: rc.budgetYear,
      }),
    ],
  ];
  put(r, 0, header.map(([k, v]) => [k, v]));
  formats.push({ range: cellRange(r, 0, r + header.length - 1, 0), style: { bold: true } });
  for (let i = 0; i < header.length; i++) merges.push(altRange(r + i));
  r += header.length + 1;

  // --- Reason
  put(r, 0, [[t('alternatives.sheet.reason')]], { bold: true, fill: SHEET_COLOURS.sectionFill });
  formats.push({ range: leftRange(r), style: { fill: SHEET_COLOURS.sectionFill } });
  r++;
  put(r, 0, [[rc.reason]], { wrapText: true, verticalAlignment: 'top' });
  merges.push(leftRange(r));
  rowHeights.push({ index: r, height: wrappedLines(rc.reason, leftTextWidth) * LINE_PT + 4 });
  r += 2;

  // --- Alternatives side by side
  const headRow = r;
  put(r, 0, [[t('alternatives.sheet.alternatives'), ...rc.alternatives.map((a) => a.name)]], headerStyle({ wrapText: true, verticalAlignment: 'center' }));
  r++;
  put(r, 0, [[t('alternatives.sheet.kind'), ...rc.alternatives.map((a) => t(`alternatives.kind.${a.kind}`))]]);
  r++;
  const notesRow = r;
  put(r, 0, [[t('alternatives.sheet.notes'), ...rc.alternatives.map((a) => a.notes || '–')]], { wrapText: true, verticalAlignment: 'top' });
  rowHeights.push({
    index: r,
    height: Math.max(1, ...rc.alternatives.map((a) => wrappedLines(a.notes || '–', altWidth))) * LINE_PT + 4,
  });
  r++;
  const compTexts = rc.alternatives.map((alt, i) =>
    alt.components.map((c, k) => componentLine(rc, c, result.alternatives[i].components[k].totalOre)).join('\n'),
  );
  put(r, 0, [[t('alternatives.sheet.components'), ...compTexts]], { wrapText: true, verticalAlignment: 'top' });
  rowHeights.push({ index: r, height: Math.max(1, ...compTexts.map((s) => wrappedLines(s, altWidth))) * LINE_PT + 4 });
  formats.push({ range: cellRange(notesRow, 0, r, 0), style: { bold: true, verticalAlignment: 'top' } });
  r++;

  const res = result.alternatives;
  const money = (label: string, values: number[], style?: CellBlock['style']) => {
    put(r, 0, [[label, ...values.map(oreToKronor)]], style, [undefined, ...values.map(() => KR_FORMAT)]);
    r++;
  };
  const totalRow = r;
  money(t('alternatives.sheet.total', { months: rc.horizonMonths }), res.map((a) => a.totalOre), TOTAL_STYLE);
  money(t('alternatives.sheet.currentYear', { year: rc.budgetYear }), res.map((a) => a.currentYearOre));
  money(t('alternatives.sheet.later'), res.map((a) => a.laterOre));
  money(t('alternatives.sheet.diff'), res.map((a) => a.diffToCheapestOre));
  const riskTexts = rc.alternatives.map((a) =>
    a.risk
      ? t('alternatives.sheet.riskValue', {
          percent: percent(a.risk.probability),
          month: a.risk.afterMonth,
          then: rc.alternatives[a.risk.then].name,
          scenario: kr(res[rc.alternatives.indexOf(a)].riskScenarioOre ?? 0),
        })
      : '–',
  );
  put(r, 0, [[t('alternatives.sheet.risk'), ...riskTexts]], { wrapText: true, verticalAlignment: 'top' });
  rowHeights.push({ index: r, height: Math.max(1, ...riskTexts.map((s) => wrappedLines(s, altWidth))) * LINE_PT + 4 });
  r++;
  money(t('alternatives.sheet.expected'), res.map((a) => a.expectedOre), { bold: true, fill: SHEET_COLOURS.totalFill });
  const breakTexts = rc.alternatives.map((a) => {
    const lines: string[] = [];
    for (const b of result.breakEven) {
      if (b.a !== a.name && b.b !== a.name) continue;
      const other = b.a === a.name ? b.b : b.a;
      lines.push(
        b.month === null || b.period === null
          ? t('alternatives.sheet.breakEvenNever', { other })
          : t('alternatives.sheet.breakEvenAt', { other, month: b.month, period: periodShortSv(b.period) }),
      );
    }
    return lines.join('\n');
  });
  put(r, 0, [[t('alternatives.sheet.breakEven'), ...breakTexts]], { wrapText: true, verticalAlignment: 'top' });
  rowHeights.push({ index: r, height: Math.max(1, ...breakTexts.map((s) => wrappedLines(s, altWidth))) * LINE_PT + 4 });
  formats.push({ range: cellRange(totalRow, 0, r, 0), style: { bold: true } });
  const altBlockEnd = r;
  r++;
  // The cheapest alternative's total in green.
  formats.push({ range: cellAddress(totalRow, 1 + result.cheapestIndex), style: { fontColor: SHEET_COLOURS.cheapest } });
  formats.push({ range: cellRange(headRow, 0, r - 1, lastLeft), style: { border: 'all' } });
  r++;

  // --- Sensitivity
  put(r, 0, [[t('alternatives.sheet.sensitivity')]], { bold: true, fill: SHEET_COLOURS.sectionFill });
  formats.push({ range: leftRange(r), style: { fill: SHEET_COLOURS.sectionFill } });
  r++;
  put(r, 0, [[t('alternatives.sheet.sensitivityChange'), ...rc.alternatives.map((a) => a.name)]], {
    bold: true,
    border: 'bottom',
    wrapText: true,
  });
  r++;
  const sensStart = r;
  for (const line of sensitivityLines(result)) {
    const format = line.symmetric ? KR_PLUSMINUS_FORMAT : KR_DELTA_FORMAT;
    put(r, 0, [[line.label, ...line.deltaOre.map(oreToKronor)]], { verticalAlignment: 'top' }, [undefined, ...line.deltaOre.map(() => format)]);
    const lines = wrappedLines(line.label, labelWidth * 1.3);
    if (lines > 1) rowHeights.push({ index: r, height: lines * 11.5 + 2 });
    r++;
  }
  if (result.sensitivity.length > 0) {
    formats.push({ range: cellRange(sensStart, 0, r - 1, lastLeft), style: { border: 'bottom', fontSize: 9 } });
    formats.push({ range: cellRange(sensStart, 0, r - 1, 0), style: { wrapText: true } });
  }
  const lastLeftRow = r - 1;

  // --- Right: chart beside the header and the alternatives, the cumulative table beside the sensitivity
  // (rows of even height there, so the table is not stretched by the tall rows of the alternatives).
  const chartTop = 0;
  const chartBottom = altBlockEnd;
  const tableTop = chartBottom + 3;
  // Long horizons: every third month (and the last), so the page stays readable.
  const step = result.periods.length > 18 ? 3 : 1;
  const shown = result.periods.map((_, m) => m).filter((m) => (m + 1) % step === 0 || m === result.periods.length - 1);
  put(tableTop - 1, monthCol, [[t(step === 1 ? 'alternatives.sheet.cumulativeTitle' : 'alternatives.sheet.cumulativeTitleQuarterly')]], { bold: true });
  put(tableTop, monthCol, [[t('alternatives.sheet.month'), ...rc.alternatives.map((a) => a.name)]], headerStyle({ wrapText: true, horizontalAlignment: 'center' }));
  rowHeights.push({ index: tableTop, height: Math.max(1, ...rc.alternatives.map((a) => wrappedLines(a.name, cumWidth))) * LINE_PT + 4 });
  const monthRows: CellInput[][] = shown.map((m) => [periodShortSv(result.periods[m]), ...res.map((a) => oreToKronor(a.cumulativeOre[m]))]);
  put(tableTop + 1, monthCol, monthRows, { fontSize: 9 }, [undefined, ...res.map(() => KR_PLAIN_FORMAT)]);
  const tableBottom = tableTop + shown.length;
  formats.push({ range: cellRange(tableTop, monthCol, tableBottom, lastRight), style: { border: 'all' } });

  // --- Footnote under everything, across the page
  r = Math.max(lastLeftRow, tableBottom) + 2;
  const note = t('alternatives.sheet.footnote');
  const fullRange = cellRange(r, 0, r, lastRight);
  put(r, 0, [[note]], { italic: true, fontColor: SHEET_COLOURS.muted, fontSize: 8, wrapText: true, verticalAlignment: 'top' });
  merges.push(fullRange);
  rowHeights.push({ index: r, height: wrappedLines(note, (leftTextWidth + 12 + n * cumWidth) * 1.3) * 11 + 4 });
  const lastRow = r;

  const chart: ChartSpec = {
    name: 'Ackumulerad kostnad',
    type: 'line',
    title: t('alternatives.sheet.chartTitle'),
    categories: cellRange(tableTop + 1, monthCol, tableBottom, monthCol),
    series: rc.alternatives.map((a, i) => ({
      name: a.name,
      values: cellRange(tableTop + 1, monthCol + 1 + i, tableBottom, monthCol + 1 + i),
    })),
    from: cellAddress(chartTop, monthCol),
    to: cellAddress(chartBottom, lastRight),
    valueAxisFormat: KR_PLAIN_FORMAT,
    valueAxisTitle: t('alternatives.sheet.chartAxis'),
    legend: 'bottom',
  };

  const area = `A1:${columnLetters(lastRight)}${lastRow + 1}`;
  return {
    name: costBasisSheetName(rc.caseKey),
    blocks,
    formats,
    merges,
    rowHeights,
    columns: [
      { index: 0, width: labelWidth },
      ...rc.alternatives.map((_, i) => ({ index: 1 + i, width: altWidth })),
      { index: gapCol, width: 2 },
      { index: monthCol, width: 10 },
      ...rc.alternatives.map((_, i) => ({ index: monthCol + 1 + i, width: cumWidth })),
    ],
    charts: [chart],
    ...committeePage({
      fitToPagesTall: 1,
      area,
      leftFooter: t('alternatives.sheet.printFooter', { key: rc.caseKey }),
      rightFooter: '&D',
    }),
  };
}

/** Every text in the sheet (tests use it to prove no personnummer reaches the committee). */
export function sheetTexts(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const b of spec.blocks) for (const row of b.rows) for (const v of row) if (typeof v === 'string') out.push(v);
  return out;
}

