/**
 * Writes a SheetSpec onto a fresh ExcelJS worksheet: values, styles, column and row sizes, merges, freeze panes,
 * conditional formats, protection, print set-up, tab colour and gridlines. Tables and charts are returned for
 * the workbook's registries (ExcelJS writes neither; see package.ts). Specs are validated before this runs.
 */
import type { Cell, ConditionalFormattingRule, Worksheet, WorksheetView } from 'exceljs';
import { cellAddress, parseRange, type RangeRef } from '../core/a1';
import type { CellInput, ChartSpec, ConditionalFormatSpec, PrintSpec, SheetSpec } from '../core/port';
import { toExcelValue } from './cellValue';
import { internals } from './internals';
import { applyPatch, conditionalStyle, stylePatch, toArgb, type StylePatch } from './styles';
import { DEFAULT_TABLE_STYLE, headerNames, type TableEntry } from './tableParts';

/** Excel's largest column width (characters) and row height (points). */
const MAX_COLUMN_WIDTH = 255;
const MAX_ROW_HEIGHT = 409;

export interface WrittenExtras {
  tables: TableEntry[];
  charts: ChartSpec[];
}

export interface WriteTicker {
  /** Called with the number of cells just written; may yield to the event loop. */
  (cells: number): void;
}

function eachCell(ws: Worksheet, r: RangeRef, fn: (cell: Cell) => void): void {
  for (let i = 0; i < r.rows; i++) {
    const row = ws.getRow(r.top + i + 1);
    for (let j = 0; j < r.cols; j++) fn(row.getCell(r.left + j + 1));
  }
}

function patchRange(ws: Worksheet, r: RangeRef, p: StylePatch): void {
  eachCell(ws, r, (cell) => applyPatch(cell, p));
}

/** Formula text for ExcelJS (conditional formats take formulas without '='). */
function bare(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

function conditionalRule(cf: ConditionalFormatSpec, priority: number): ConditionalFormattingRule {
  const style = conditionalStyle(cf.style);
  if (cf.type === 'expression') return { type: 'expression', formulae: [bare(cf.formula)], style, priority };
  const formulae = [bare(cf.formula1)];
  if (cf.operator === 'between' && cf.formula2 !== undefined) formulae.push(bare(cf.formula2));
  // ExcelJS's types list fewer operators than its writer (and Excel) accept.
  return { type: 'cellIs', operator: cf.operator as 'equal', formulae, style, priority };
}

/** '&L…&C…&R…' from the three parts; undefined when all are empty. */
function headerFooterText(left?: string, center?: string, right?: string): string | undefined {
  let s = '';
  if (left) s += '&L' + left;
  if (center) s += '&C' + center;
  if (right) s += '&R' + right;
  return s || undefined;
}

export function applyPrint(ws: Worksheet, print: PrintSpec): void {
  const fit = print.fitToPagesWide !== undefined || print.fitToPagesTall !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: fit,
    ...(fit ? { fitToWidth: print.fitToPagesWide ?? 1, fitToHeight: print.fitToPagesTall ?? 0 } : {}),
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows.replace(/\$/g, '') } : {}),
    ...(print.area ? { printArea: print.area.replace(/\$/g, '') } : {}),
  };
  const header = headerFooterText(print.leftHeader, print.centerHeader, print.rightHeader);
  const footer = headerFooterText(print.leftFooter, print.centerFooter, print.rightFooter);
  if (header || footer) {
    ws.headerFooter = {
      ...ws.headerFooter,
      ...(header ? { oddHeader: header } : {}),
      ...(footer ? { oddFooter: footer } : {}),
    };
  }
}

/** Writes values of one block; returns the number of cells. */
function writeBlock(ws: Worksheet, at: RangeRef, rows: CellInput[][]): number {
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const src = rows[i];
    if (!src || src.length === 0) continue;
    const row = ws.getRow(at.top + i + 1);
    for (let j = 0; j < src.length; j++) {
      const v = src[j];
      if (v === undefined) continue;
      const x = toExcelValue(v);
      if (x === null) continue;
      row.getCell(at.left + j + 1).value = x;
      n++;
    }
  }
  return n;
}

/** Registers a table over a range whose first row holds the headers; the header cells get the column names. */
export function tableOverRange(ws: Worksheet, name: string, range: RangeRef, opts: { style?: string; totals?: boolean }): TableEntry {
  const totals = opts.totals === true;
  const minRows = totals ? 3 : 2;
  const ref = { ...range, rows: Math.max(range.rows, minRows) };
  const header = ws.getRow(ref.top + 1);
  const raw: unknown[] = [];
  for (let j = 0; j < ref.cols; j++) {
    const cell = header.findCell(ref.left + j + 1);
    const v = cell?.value;
    raw.push(v === null || v === undefined || typeof v === 'object' ? '' : v);
  }
  const names = headerNames(raw);
  names.forEach((n, j) => {
    // A table's header cells hold exactly its column names, as text.
    if (raw[j] !== n) header.getCell(ref.left + j + 1).value = n;
  });
  return {
    name,
    ref,
    headerRow: true,
    totalsRow: totals,
    columns: names,
    style: opts.style ?? DEFAULT_TABLE_STYLE,
    showRowStripes: true,
    showColumnStripes: false,
    showFirstColumn: false,
    showLastColumn: false,
  };
}

export function setViews(ws: Worksheet, freeze: { rows: number; columns: number } | undefined, gridlines: boolean): void {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.columns ?? 0;
  const view: Partial<WorksheetView> =
    rows > 0 || cols > 0
      ? { state: 'frozen', xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols), showGridLines: gridlines }
      : { state: 'normal', showGridLines: gridlines };
  ws.views = [view as WorksheetView];
}

/** Writes the whole spec; `tick` is told how many cells were written as the work goes. */
export function applySheetSpec(ws: Worksheet, spec: SheetSpec, tick: WriteTicker = () => {}): WrittenExtras {
  if (spec.defaultColumnWidth !== undefined) {
    ws.properties.defaultColWidth = Math.min(MAX_COLUMN_WIDTH, Math.max(0, spec.defaultColumnWidth));
  }
  for (const c of spec.columns ?? []) {
    const col = ws.getColumn(c.index + 1);
    if (c.width !== undefined) col.width = Math.min(MAX_COLUMN_WIDTH, Math.max(0, c.width));
    if (c.hidden !== undefined) col.hidden = c.hidden;
  }

  // Values first, then block styles and column formats, then the extra formats on top.
  for (const block of spec.blocks ?? []) {
    const at = parseRange(block.at);
    tick(writeBlock(ws, at, block.rows ?? []));
  }
  for (const block of spec.blocks ?? []) {
    const at = parseRange(block.at);
    const rows = block.rows ?? [];
    const width = rows.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
    if (block.style && rows.length && width) patchRange(ws, { top: at.top, left: at.left, rows: rows.length, cols: width }, stylePatch(block.style));
    block.columnFormats?.forEach((fmt, j) => {
      if (fmt === undefined || !rows.length) return;
      eachCell(ws, { top: at.top, left: at.left + j, rows: rows.length, cols: 1 }, (cell) => {
        cell.numFmt = fmt;
      });
    });
  }
  for (const f of spec.formats ?? []) patchRange(ws, parseRange(f.range), stylePatch(f.style));

  for (const r of spec.rowHeights ?? []) ws.getRow(r.index + 1).height = Math.min(MAX_ROW_HEIGHT, Math.max(0, r.height));
  // Merging last: the merged area takes its top-left cell's look, as in Excel.
  for (const m of spec.merges ?? []) {
    const r = parseRange(m);
    if (r.rows * r.cols > 1) ws.mergeCells(r.top + 1, r.left + 1, r.top + r.rows, r.left + r.cols);
  }

  setViews(ws, spec.freeze, spec.gridlines !== false);
  if (spec.tabColor) ws.properties.tabColor = { argb: toArgb(spec.tabColor) };
  ws.state = spec.visibility ?? 'visible';

  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    ws.addConditionalFormatting({ ref: cf.range.replace(/\$/g, ''), rules: [conditionalRule(cf, priority++)] });
  }

  if (spec.protection) {
    for (const r of spec.protection.editableRanges) {
      eachCell(ws, parseRange(r), (cell) => {
        cell.protection = { ...cell.protection, locked: false };
      });
    }
    protectSheet(ws);
  }

  if (spec.print) applyPrint(ws, spec.print);

  const tables = (spec.tables ?? []).map((t) => tableOverRange(ws, t.name, parseRange(t.range), { style: t.style, totals: t.showTotals }));
  return { tables, charts: (spec.charts ?? []).map((c) => ({ ...c, series: c.series.map((s) => ({ ...s })) })) };
}

/** Protects a sheet without a password; users may still resize columns and rows and use filters. */
export function protectSheet(ws: Worksheet): void {
  internals(ws).sheetProtection = { sheet: true, formatColumns: true, formatRows: true, autoFilter: true };
}
