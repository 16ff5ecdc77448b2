/**
 * The sheet "Placeringar": the placement register's projection for the committee and the ekonom, as a SheetSpec
 * (written by the pane and the CLI through the port). No personal data: placements are counted and summed;
 * the alert list names case keys, which are pseudonyms.
 *
 * Layout (A4 landscape, one page wide; columns A + twelve months + the year):
 *   header (year, as-of, closed months, register size);
 *   per month: the register's cost, care days, count at month end, booked on the placement accounts, unbilled;
 *   two charts: cost per month (columns) and care days per month (line);
 *   count at month end per form;
 *   per form: care days, cost, average cost per care day next to the reference level of the price list;
 *   committed to year end vs expected new placements (with the inflow basis, per unit × cost line);
 *   per unit and per target group; accrual per unit × account; the alert list.
 * Sums, averages and differences are Excel formulas over the sheet's own cells, each carrying core's figure as its
 * cached result (src/core/port.ts Formula), so the sheet can be audited without the add-in.
 */
import type { CellBlock, CellInput, ChartSpec, Formula, SheetSpec } from '../port';
import { cellAddress, cellRange, columnLetters } from '../a1';
import { MONTH_SHORT_SV, periodLabelSv, periodParts, type Period } from '../dates';
import { formatNumber, oreToKronor, type Ore } from '../money';
import { sheetBlocks } from '../sheets/blocks';
import { INTEGER_FORMAT, SHEET_COLOURS, SIGNED_PERCENT_FORMAT, TOTAL_STYLE, committeePage, headerStyle, mutedStyle, titleStyle } from '../sheets/style';
import { t, type StringKey } from '../strings';
import type { Placement } from './register';
import type { PlacementProjection } from './projection';

export const PLACEMENTS_SHEET = 'Placeringar';

/** Short names of the shared formats in the column-format lists: whole kronor, counts, a signed percentage. */
const KR = INTEGER_FORMAT;
const INT = INTEGER_FORMAT;
const PCT = SIGNED_PERCENT_FORMAT;

const LAST_COL = 13; // N: the year column

export interface PlacementsSheetOptions {
  /** The register's placements (for the header's count). */
  register?: readonly Placement[];
}

function f(formula: string, result: number | string): Formula {
  return { formula, result };
}

const kr = (ore: Ore) => oreToKronor(ore);

/** Builds the sheet from a projection (figures are core's; the sheet shows them). */
export function buildPlacementsSheet(p: PlacementProjection, _options: PlacementsSheetOptions = {}): SheetSpec {
  const { blocks, formats, merges, rowHeights, put } = sheetBlocks();
  const range = cellRange;
  const section = (row: number, key: StringKey, params?: Record<string, string | number>, lastCol = LAST_COL) => {
    put(row, 0, [[t(key, params)]], { bold: true, fontColor: SHEET_COLOURS.title });
    formats.push({ range: range(row, 0, row, lastCol), style: { fill: SHEET_COLOURS.sectionFill } });
  };
  /** A header row; `lines` > 1 wraps the texts and makes the row that many lines tall. */
  const header = (row: number, cells: CellInput[], lastCol = cells.length - 1, lines = 1) => {
    put(row, 0, [cells], headerStyle({ wrapText: lines > 1, verticalAlignment: 'center' }));
    formats.push({ range: range(row, 0, row, lastCol), style: { fill: SHEET_COLOURS.headerFill } });
    formats.push({ range: range(row, 1, row, lastCol), style: { horizontalAlignment: 'right' } });
    if (lines > 1) rowHeights.push({ index: row, height: lines * 12 + 6 });
  };
  /** Merges columns c1..c2 of a row (a text wider than one month column). */
  const merge = (row: number, c1: number, c2: number) => merges.push(range(row, c1, row, c2));
  const months = p.monthly.map((m) => shortMonth(m.month));
  const closedCount = p.closedThrough ? periodParts(p.closedThrough).month : 0;
  const sumRow = (row: number, from: number, to: number) => `SUM(${range(row, from, row, to)})`;

  // --- Header
  let r = 0;
  put(r, 0, [[t('placements.sheet.title', { year: p.year })]], titleStyle(16));
  rowHeights.push({ index: r, height: 24 });
  r++;
  const closedText = p.closedThrough ? t('placements.sheet.closedThrough', { month: periodLabelSv(p.closedThrough) }) : t('placements.sheet.noneClosed');
  put(r, 0, [[t('placements.sheet.subtitle', { asOf: p.asOf, closed: closedText, count: p.placements, active: p.activeAtAsOf })]], mutedStyle());
  r++;
  put(r, 0, [[t('placements.sheet.privacy')]], mutedStyle(9));
  r += 2;

  // --- Per month
  section(r, 'placements.sheet.perMonth');
  r++;
  const monthHead = r;
  header(r, [t('placements.sheet.month'), ...months, t('placements.sheet.year')]);
  r++;
  const costRow = r;
  const monthLine = (label: string, values: (number | null)[], format: string, total: 'sum' | 'none', style?: CellBlock['style']) => {
    const row = r;
    const cells: CellInput[] = [label, ...values.map((v) => v)];
    if (total === 'sum') {
      const sum = values.reduce<number>((s, v) => s + (v ?? 0), 0);
      cells.push(f(`=${sumRow(row, 1, 12)}`, Math.round(sum * 100) / 100));
    }
    put(row, 0, [cells], style, [undefined, ...values.map(() => format), format]);
    r++;
    return row;
  };
  monthLine(t('placements.sheet.cost'), p.monthly.map((m) => kr(m.costOre)), KR, 'sum', { bold: true });
  const careRow = monthLine(t('placements.sheet.careDays'), p.monthly.map((m) => m.careDays), INT, 'sum');

  put(r, 0, [[t('placements.sheet.countAtMonthEnd'), ...p.monthly.map((m) => m.countAtMonthEnd), p.activeAtAsOf]], undefined, [undefined, ...p.monthly.map(() => INT), INT]);
  put(r, LAST_COL + 1, [[t('placements.sheet.activeAtAsOfNote', { asOf: p.asOf })]], mutedStyle(8));
  r++;
  const bookedValues = p.monthly.map((m) => (m.bookedOre === null ? null : kr(m.bookedOre)));
  const bookedRow = monthLine(t('placements.sheet.booked'), bookedValues, KR, 'sum');
  const unbilledRow = r;
  {
    const cells: CellInput[] = [t('placements.sheet.unbilled')];
    let total = 0;
    p.monthly.forEach((m, i) => {
      if (i < closedCount && m.bookedOre !== null) {
        const v = m.costOre - m.bookedOre;
        total += v;
        cells.push(f(`=${cellAddress(costRow, i + 1)}-${cellAddress(bookedRow, i + 1)}`, kr(v)));
      } else cells.push(null);
    });
    cells.push(f(`=${sumRow(unbilledRow, 1, 12)}`, kr(total)));
    put(r, 0, [cells], { italic: true }, [undefined, ...p.monthly.map(() => KR), KR]);
    r++;
  }
  formats.push({ range: range(monthHead, 0, r - 1, LAST_COL), style: { border: 'all' } });
  if (closedCount > 0) formats.push({ range: range(costRow, 1, r - 1, closedCount), style: { fill: SHEET_COLOURS.closedFill } });
  put(r, 0, [[t('placements.sheet.perMonthNote')]], mutedStyle(8));
  r += 2;

  // --- Charts
  const chartTop = r;
  const chartBottom = r + 15;
  const charts: ChartSpec[] = [
    {
      name: 'Kostnad per månad',
      type: 'columnClustered',
      title: t('placements.sheet.chartCost'),
      categories: range(monthHead, 1, monthHead, 12),
      series: [{ name: t('placements.sheet.cost'), values: range(costRow, 1, costRow, 12) }],
      from: cellAddress(chartTop, 0),
      to: cellAddress(chartBottom, 6),
      valueAxisFormat: KR,
      valueAxisTitle: 'kr',
      legend: 'none',
    },
    {
      name: 'Vårddygn per månad',
      type: 'line',
      title: t('placements.sheet.chartCareDays'),
      categories: range(monthHead, 1, monthHead, 12),
      series: [{ name: t('placements.sheet.careDays'), values: range(careRow, 1, careRow, 12) }],
      from: cellAddress(chartTop, 7),
      to: cellAddress(chartBottom, LAST_COL),
      valueAxisFormat: INT,
      valueAxisTitle: t('placements.sheet.careDaysAxis'),
      legend: 'none',
    },
  ];
  r = chartBottom + 2;

  // --- Count at month end per form
  const forms = Object.entries(p.byForm);
  section(r, 'placements.sheet.countPerForm');
  r++;
  const formHead = r;
  header(r, [t('placements.sheet.form'), ...months, t('placements.sheet.atAsOf')], LAST_COL, 2);
  r++;
  const formFirst = r;
  for (const [name, g] of forms) {
    put(r, 0, [[name, ...g.months.map((m) => m.countAtMonthEnd), g.activeAtAsOf]], undefined, [undefined, ...g.months.map(() => INT), INT]);
    r++;
  }
  const formLast = r - 1;
  {
    const cells: CellInput[] = [t('placements.sheet.total')];
    for (let c = 1; c <= 13; c++) {
      const v = c <= 12 ? p.monthly[c - 1].countAtMonthEnd : p.activeAtAsOf;
      cells.push(forms.length ? f(`=SUM(${range(formFirst, c, formLast, c)})`, v) : v);
    }
    put(r, 0, [cells], TOTAL_STYLE, [undefined, ...cells.slice(1).map(() => INT)]);
    r++;
  }
  formats.push({ range: range(formHead, 0, r - 1, LAST_COL), style: { border: 'all' } });
  r++;

  // --- Per form: cost per care day vs reference
  section(r, 'placements.sheet.perForm', { year: p.year }, 9);
  r++;
  const pfHead = r;
  header(
    r,
    [
      t('placements.sheet.form'),
      t('placements.sheet.careDaysYear'),
      t('placements.sheet.costYear'),
      t('placements.sheet.perCareDay'),
      t('placements.sheet.reference'),
      t('placements.sheet.referenceVsActual'),
      t('placements.sheet.referenceSource'),
    ],
    9,
    3,
  );
  formats.push({ range: cellAddress(r, 6), style: { horizontalAlignment: 'left' } });
  merge(r, 6, 9);
  r++;
  const pfFirst = r;
  for (const [name, g] of forms) {
    const ref = p.references[name];
    const avgCell: CellInput = f(`=IF(${cellAddress(r, 1)}>0,${cellAddress(r, 2)}/${cellAddress(r, 1)},"")`, g.careDays > 0 ? oreToKronor(g.costOre) / g.careDays : '');
    const refValue = ref?.perCareDayOre ?? null;
    const diff: CellInput =
      refValue && g.careDays > 0
        ? f(`=IF(AND(${cellAddress(r, 3)}<>"",${cellAddress(r, 4)}>0),${cellAddress(r, 3)}/${cellAddress(r, 4)}-1,"")`, oreToKronor(g.costOre) / g.careDays / oreToKronor(refValue) - 1)
        : null;
    merge(r, 6, 9);
    put(r, 0, [[name, g.careDays, kr(g.costOre), avgCell, refValue === null ? null : kr(refValue), diff, ref && ref.names.length ? ref.names.join(' + ') : t('placements.sheet.noReference')]], undefined, [
      undefined,
      INT,
      KR,
      KR,
      KR,
      PCT,
      undefined,
    ]);
    r++;
  }
  const pfLast = r - 1;
  {
    const days = forms.reduce((s, [, g]) => s + g.careDays, 0);
    const cost = forms.reduce((s, [, g]) => s + g.costOre, 0);
    put(
      r,
      0,
      [[
        t('placements.sheet.total'),
        forms.length ? f(`=SUM(${range(pfFirst, 1, pfLast, 1)})`, days) : days,
        forms.length ? f(`=SUM(${range(pfFirst, 2, pfLast, 2)})`, kr(cost)) : kr(cost),
        f(`=IF(${cellAddress(r, 1)}>0,${cellAddress(r, 2)}/${cellAddress(r, 1)},"")`, days > 0 ? oreToKronor(cost) / days : ''),
      ]],
      TOTAL_STYLE,
      [undefined, INT, KR, KR],
    );
    r++;
  }
  merge(r - 1, 6, 9);
  formats.push({ range: range(pfHead, 0, r - 1, 9), style: { border: 'all' } });
  put(r, 0, [[t('placements.sheet.referenceNote')]], mutedStyle(8));
  r += 2;

  // --- Committed vs expected new
  section(r, 'placements.sheet.outlook', { year: p.year }, 9);
  r++;
  const oFirst = r;
  const V = 5; // the value column (F); labels are merged over A:E
  const earnedLabel = p.closedThrough
    ? t('placements.sheet.earnedToDate', { month: periodLabelSv(p.closedThrough) })
    : t('placements.sheet.earnedNone');
  const outlookLine = (label: string, value: CellInput, style?: CellBlock['style']) => {
    put(r, 0, [[label]], style);
    put(r, V, [[value]], style, [KR]);
    merge(r, 0, V - 1);
    r++;
  };
  outlookLine(earnedLabel, kr(p.earnedToDateOre));
  outlookLine(t('placements.sheet.committed'), kr(p.committedToYearEndOre), { bold: true });
  outlookLine(t('placements.sheet.expectedNew'), kr(p.expectedNewOre), { bold: true });
  const outlookTotal = p.fullYearOre;
  outlookLine(t('placements.sheet.fullYear', { year: p.year }), f(`=SUM(${range(oFirst, V, r - 1, V)})`, kr(outlookTotal)), TOTAL_STYLE);
  formats.push({ range: range(oFirst, 0, r - 1, V), style: { border: 'all' } });
  const rate = formatNumber(p.inflow.perMonthMilli / 1000, 2);
  put(
    r,
    0,
    [[
      p.inflow.source === 'history'
        ? t('placements.sheet.inflowHistory', { rate, from: p.inflow.windowFrom, to: p.inflow.windowTo })
        : t('placements.sheet.inflowSet', { rate }),
    ]],
    mutedStyle(9),
  );
  r += 2;
  const groups = p.groups.filter((g) => g.committedOre !== 0 || g.expectedOre !== 0 || g.starts > 0);
  if (groups.length) {
    const gHead = r;
    header(
      r,
      [
        t('placements.sheet.costCenter'),
        t('placements.sheet.costLine'),
        null,
        null,
        t('placements.sheet.starts'),
        t('placements.sheet.ratePerMonth'),
        t('placements.sheet.perCareDay'),
        t('placements.sheet.averageDuration'),
        t('placements.sheet.committedShort'),
        t('placements.sheet.expectedShort'),
      ],
      9,
      3,
    );
    formats.push({ range: cellAddress(r, 1), style: { horizontalAlignment: 'left' } });
    merge(r, 1, 3);
    r++;
    const gFirst = r;
    for (const g of groups) {
      put(r, 0, [[g.costCenter, g.costLine || t('placements.sheet.unmappedLine')]]);
      merge(r, 1, 3);
      put(r, 4, [[g.starts, g.ratePerMonthMilli / 1000, kr(g.costPerCareDayOre), g.averageDurationDays, kr(g.committedOre), kr(g.expectedOre)]], undefined, [INT, '0.00', KR, INT, KR, KR]);
      r++;
    }
    put(
      r,
      0,
      [[
        t('placements.sheet.total'),
        null,
        null,
        null,
        f(`=SUM(${range(gFirst, 4, r - 1, 4)})`, groups.reduce((s, g) => s + g.starts, 0)),
        null,
        null,
        null,
        f(`=SUM(${range(gFirst, 8, r - 1, 8)})`, kr(groups.reduce((s, g) => s + g.committedOre, 0))),
        f(`=SUM(${range(gFirst, 9, r - 1, 9)})`, kr(groups.reduce((s, g) => s + g.expectedOre, 0))),
      ]],
      TOTAL_STYLE,
      [undefined, undefined, undefined, undefined, INT, undefined, undefined, undefined, KR, KR],
    );
    merge(r, 1, 3);
    r++;
    formats.push({ range: range(gHead, 0, r - 1, 9), style: { border: 'all' } });
    put(r, 0, [[t('placements.sheet.expectedNote')]], mutedStyle(8));
    r += 2;
  }

  // --- Per unit and per target group
  const groupTable = (key: StringKey, firstHeader: string, rec: Record<string, { costOre: Ore; careDays: number; activeAtAsOf: number }>) => {
    section(r, key, { year: p.year }, 4);
    r++;
    const head = r;
    header(r, [firstHeader, t('placements.sheet.costYear'), t('placements.sheet.careDaysYear'), t('placements.sheet.atAsOf'), t('placements.sheet.perCareDay')], 4, 2);
    r++;
    for (const [name, g] of Object.entries(rec)) {
      put(r, 0, [[name, kr(g.costOre), g.careDays, g.activeAtAsOf, f(`=IF(${cellAddress(r, 2)}>0,${cellAddress(r, 1)}/${cellAddress(r, 2)},"")`, g.careDays > 0 ? oreToKronor(g.costOre) / g.careDays : '')]], undefined, [undefined, KR, INT, INT, KR]);
      r++;
    }
    formats.push({ range: range(head, 0, r - 1, 4), style: { border: 'all' } });
    r++;
  };
  groupTable('placements.sheet.perCostCenter', t('placements.sheet.costCenter'), p.byCostCenter);
  groupTable('placements.sheet.perTargetGroup', t('placements.sheet.targetGroup'), p.byTargetGroup);

  // --- Accrual
  section(r, 'placements.sheet.accrual', { month: p.closedThrough ? periodLabelSv(p.closedThrough) : '–' }, 4);
  r++;
  if (p.bookedToDateOre === null || !p.closedThrough) {
    put(r, 0, [[t(p.closedThrough ? 'placements.sheet.accrualNoActuals' : 'placements.sheet.accrualNoneClosed')]], mutedStyle());
    r += 2;
  } else {
    const aHead = r;
    header(r, [t('placements.sheet.costCenter'), t('placements.sheet.account'), t('placements.sheet.earned'), t('placements.sheet.bookedShort'), t('placements.sheet.unbilled')], 4, 3);
    r++;
    const aFirst = r;
    for (const a of p.accrual) {
      put(r, 0, [[a.costCenter, a.account, kr(a.earnedOre), kr(a.bookedOre), f(`=${cellAddress(r, 2)}-${cellAddress(r, 3)}`, kr(a.unbilledOre))]], undefined, [undefined, undefined, KR, KR, KR]);
      if (a.unbilledOre !== 0) formats.push({ range: cellAddress(r, 4), style: { bold: true } });
      r++;
    }
    const sum = (k: 'earnedOre' | 'bookedOre' | 'unbilledOre') => kr(p.accrual.reduce((s, a) => s + a[k], 0));
    put(
      r,
      0,
      [[
        t('placements.sheet.total'),
        '',
        p.accrual.length ? f(`=SUM(${range(aFirst, 2, r - 1, 2)})`, sum('earnedOre')) : 0,
        p.accrual.length ? f(`=SUM(${range(aFirst, 3, r - 1, 3)})`, sum('bookedOre')) : 0,
        p.accrual.length ? f(`=SUM(${range(aFirst, 4, r - 1, 4)})`, sum('unbilledOre')) : 0,
      ]],
      TOTAL_STYLE,
      [undefined, undefined, KR, KR, KR],
    );
    r++;
    formats.push({ range: range(aHead, 0, r - 1, 4), style: { border: 'all' } });
    put(r, 0, [[t('placements.sheet.accrualNote')]], mutedStyle(8));
    r += 2;
  }

  // --- Alerts
  section(r, 'placements.sheet.alerts', { asOf: p.asOf, count: p.alerts.length }, 8);
  r++;
  if (!p.alerts.length) {
    put(r, 0, [[t('placements.sheet.noAlerts')]], mutedStyle());
    r++;
  } else {
    const alHead = r;
    // A case key | B:D signal | E date | F unit | G:I form
    const alertRow = (cells: CellInput[]) => [cells[0], cells[1], null, null, cells[2], cells[3], cells[4]];
    header(r, alertRow([t('placements.sheet.caseKey'), t('placements.sheet.alert'), t('placements.sheet.date'), t('placements.sheet.costCenter'), t('placements.sheet.form')]), 8);
    formats.push({ range: range(r, 1, r, 8), style: { horizontalAlignment: 'left' } });
    merge(r, 1, 3);
    merge(r, 6, 8);
    r++;
    put(r, 0, p.alerts.map((a) => alertRow([a.caseKey, t(`placements.alert.${a.kind}`), a.date, a.costCenter, a.form])));
    for (let i = 0; i < p.alerts.length; i++) {
      merge(r + i, 1, 3);
      merge(r + i, 6, 8);
    }
    const overdue = p.alerts.filter((a) => a.kind === 'reviewOverdue' || a.kind === 'pastPlannedEnd').length;
    if (overdue) formats.push({ range: range(r, 1, r + overdue - 1, 1), style: { fontColor: SHEET_COLOURS.alert, bold: true } });
    r += p.alerts.length;
    formats.push({ range: range(alHead, 0, r - 1, 8), style: { border: 'all' } });
  }
  const lastRow = r;

  return {
    name: PLACEMENTS_SHEET,
    blocks,
    formats,
    merges,
    rowHeights,
    columns: [
      { index: 0, width: 30 },
      ...Array.from({ length: 12 }, (_, i) => ({ index: i + 1, width: 11 })),
      { index: LAST_COL, width: 12 },
      { index: LAST_COL + 1, width: 24 },
    ],
    charts,
    freeze: { rows: 0, columns: 1 },
    ...committeePage({
      fitToPagesTall: 0,
      area: `A1:${columnLetters(LAST_COL)}${lastRow + 1}`,
      repeatRows: '1:2',
      leftFooter: t('placements.sheet.footer', { year: p.year, asOf: p.asOf }),
      rightFooter: '&P / &N',
    }),
  };
}

/** The month label of a period ("okt"), for the pane. */
export function shortMonth(period: Period): string {
  return MONTH_SHORT_SV[periodParts(period).month - 1];
}
