/**
 * Port formats → Office.js calls. Office.js takes its enums as strings ('Left', 'ColumnClustered', 'LessThan');
 * the port uses lower-case names, mapped here.
 *
 * ExcelApi 1.7 is the add-in's minimum. Features above it are used only when the host supports them
 * (Features, from isSetSupported), and skipped otherwise:
 * - print set-up (orientation, paper, fit to pages, repeated rows, headers/footers, print area): 1.9 —
 *   skipped on 1.7/1.8, the sheet prints with Excel's defaults;
 * - gridlines on/off: 1.8 — skipped, gridlines stay visible;
 * - cell indent: 1.9 — skipped, text is not indented;
 * - chart value-axis number format: 1.8 — skipped, the axis shows Excel's General format;
 * - table resize: 1.13 — on older hosts a table shrinks by deleting its surplus rows and grows with rows.add.
 */
import { columnLetters, parseRange } from '../core/a1';
import type { CellStyle, ChartSpec, ConditionalFormatSpec, ConditionalOperator, PrintSpec } from '../core/port';

export interface Features {
  /** ExcelApi 1.8: Worksheet.showGridlines, ChartAxis.numberFormat. */
  api18: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout, RangeFormat.indentLevel. */
  api19: boolean;
  /** ExcelApi 1.13: Table.resize. */
  api113: boolean;
}

/** Column width in characters of the default font → points (Calibri 11: 7 px per character + 5 px padding, at 96 dpi). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** Estimated request bytes of a style. */
export function styleBytes(style: CellStyle): number {
  return 120 * Object.keys(style).length + (style.numberFormat?.length ?? 0);
}

function border(range: Excel.Range, index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical', style: 'Continuous' | 'Double'): void {
  const b = range.format.borders.getItem(index);
  b.style = style;
  if (style === 'Continuous') b.weight = 'Thin';
}

/** Applies a port style to a range of `rows` × `cols` cells. */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number, f: Features): void {
  if (style.numberFormat !== undefined) range.numberFormat = [[style.numberFormat]];
  const font = style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined;
  if (font) {
    const fo = range.format.font;
    if (style.bold !== undefined) fo.bold = style.bold;
    if (style.italic !== undefined) fo.italic = style.italic;
    if (style.fontSize !== undefined) fo.size = style.fontSize;
    if (style.fontColor !== undefined) fo.color = style.fontColor;
  }
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.horizontalAlignment) range.format.horizontalAlignment = H_ALIGN[style.horizontalAlignment];
  if (style.verticalAlignment) range.format.verticalAlignment = V_ALIGN[style.verticalAlignment];
  if (style.wrapText !== undefined) range.format.wrapText = style.wrapText;
  if (style.indent !== undefined && f.api19) range.format.indentLevel = style.indent;
  switch (style.border) {
    case 'top':
      border(range, 'EdgeTop', 'Continuous');
      if (rows > 1) border(range, 'InsideHorizontal', 'Continuous');
      break;
    case 'bottom':
      border(range, 'EdgeBottom', 'Continuous');
      if (rows > 1) border(range, 'InsideHorizontal', 'Continuous');
      break;
    case 'topBottom':
      border(range, 'EdgeTop', 'Continuous');
      border(range, 'EdgeBottom', 'Continuous');
      if (rows > 1) border(range, 'InsideHorizontal', 'Continuous');
      break;
    case 'all':
      for (const e of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) border(range, e, 'Continuous');
      if (rows > 1) border(range, 'InsideHorizontal', 'Continuous');
      if (cols > 1) border(range, 'InsideVertical', 'Continuous');
      break;
    case 'doubleBottom':
      border(range, 'EdgeBottom', 'Double');
      break;
    default:
      break;
  }
}

type CellValueOperator = 'Between' | 'EqualTo' | 'NotEqualTo' | 'GreaterThan' | 'LessThan' | 'GreaterThanOrEqual' | 'LessThanOrEqual';

const OPERATOR: Record<ConditionalOperator, CellValueOperator> = {
  greaterThan: 'GreaterThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThan: 'LessThan',
  lessThanOrEqual: 'LessThanOrEqual',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  between: 'Between',
};

export function addConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormatSpec): void {
  const range = sheet.getRange(cf.range);
  if (cf.type === 'cellValue') {
    const c = range.conditionalFormats.add('CellValue');
    c.cellValue.rule = {
      formula1: cf.formula1,
      operator: OPERATOR[cf.operator],
      ...(cf.formula2 !== undefined ? { formula2: cf.formula2 } : {}),
    };
    if (cf.style.fontColor !== undefined) c.cellValue.format.font.color = cf.style.fontColor;
    if (cf.style.bold !== undefined) c.cellValue.format.font.bold = cf.style.bold;
    if (cf.style.fill !== undefined) c.cellValue.format.fill.color = cf.style.fill;
  } else {
    const c = range.conditionalFormats.add('Custom');
    c.custom.rule.formula = cf.formula;
    if (cf.style.fontColor !== undefined) c.custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold !== undefined) c.custom.format.font.bold = cf.style.bold;
    if (cf.style.fill !== undefined) c.custom.format.fill.color = cf.style.fill;
  }
}

const CHART_TYPE: Record<ChartSpec['type'], 'Line' | 'ColumnClustered' | 'ColumnStacked' | 'BarClustered' | 'Area'> = {
  line: 'Line',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  barClustered: 'BarClustered',
  area: 'Area',
};

/**
 * A chart over ranges of its own sheet (ExcelApi 1.7: series.add, setValues, setXAxisValues).
 * charts.add makes the first series from the first values range; the others are added one by one.
 */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec, f: Features): void {
  const first = spec.series[0];
  const r = parseRange(first.values);
  const chart = sheet.charts.add(CHART_TYPE[spec.type], sheet.getRange(first.values), r.cols === 1 ? 'Columns' : 'Rows');
  chart.name = spec.name;
  chart.title.text = spec.title;
  const categories = sheet.getRange(spec.categories);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const s of spec.series.slice(1)) {
    const added = chart.series.add(s.name);
    added.setValues(sheet.getRange(s.values));
    added.setXAxisValues(categories);
  }
  chart.setPosition(spec.from, spec.to);
  if (spec.valueAxisFormat !== undefined && f.api18) chart.axes.valueAxis.numberFormat = spec.valueAxisFormat;
  if (spec.valueAxisTitle !== undefined) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (spec.legend === 'none') chart.legend.visible = false;
  else if (spec.legend) chart.legend.position = spec.legend === 'bottom' ? 'Bottom' : 'Right';
}

/** Print set-up through Worksheet.pageLayout (ExcelApi 1.9; the caller checks). */
export function applyPrint(sheet: Excel.Worksheet, p: PrintSpec): void {
  const pl = sheet.pageLayout;
  pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  pl.paperSize = 'A4';
  if (p.fitToPagesWide !== undefined || p.fitToPagesTall !== undefined) {
    // 0 pages tall = as many as needed.
    pl.zoom = { horizontalFitToPages: p.fitToPagesWide ?? 0, verticalFitToPages: p.fitToPagesTall ?? 0 };
  }
  if (p.repeatRows) {
    const [a, b] = p.repeatRows.replace(/\$/g, '').split(':');
    pl.setPrintTitleRows(`$${a}:$${b}`);
  }
  if (p.area) pl.setPrintArea(p.area);
  const hf = { leftHeader: p.leftHeader, centerHeader: p.centerHeader, rightHeader: p.rightHeader, leftFooter: p.leftFooter, centerFooter: p.centerFooter, rightFooter: p.rightFooter };
  if (Object.values(hf).some((v) => v !== undefined)) {
    const all = pl.headersFooters.defaultForAllPages;
    if (hf.leftHeader !== undefined) all.leftHeader = hf.leftHeader;
    if (hf.centerHeader !== undefined) all.centerHeader = hf.centerHeader;
    if (hf.rightHeader !== undefined) all.rightHeader = hf.rightHeader;
    if (hf.leftFooter !== undefined) all.leftFooter = hf.leftFooter;
    if (hf.centerFooter !== undefined) all.centerFooter = hf.centerFooter;
    if (hf.rightFooter !== undefined) all.rightFooter = hf.rightFooter;
  }
}

/** Freezes the top rows and/or left columns. */
export function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/** The address of whole columns, e.g. 'C:C'. */
export function columnsAddress(first: number, count = 1): string {
  return `${columnLetters(first)}:${columnLetters(first + count - 1)}`;
}

/** Protection that still lets the user widen columns and filter. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
};

export type ExcelVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export const VISIBILITY_TO_EXCEL = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export function visibilityFromExcel(v: string): 'visible' | 'hidden' | 'veryHidden' {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}
