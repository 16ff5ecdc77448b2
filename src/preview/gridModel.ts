/**
 * Layout of the preview's virtualised grid: column widths (from the sheet where known, else from the content),
 * offsets, and which rows and columns a viewport shows. Pure, so it is unit-tested without a DOM.
 */
import type { CellValue } from '../core/port';
import { formatCell } from './numberFormat';

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 22;
export const DEFAULT_COL_WIDTH = 64;
export const MIN_AUTO_WIDTH = 40;
export const MAX_AUTO_WIDTH = 320;
/** Approximate pixels per character of an 11 px Segoe UI (Excel's width unit is a character of the default font). */
export const PX_PER_CHAR = 7;

/** Excel's column width in characters to pixels (roughly as Excel does: 8.43 → 64 px). */
export function charsToPx(chars: number): number {
  return Math.round(chars * PX_PER_CHAR + 5);
}

export interface SheetArea {
  /** 0-based row and column of values[0][0] in the sheet. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Formulas of the same cells ('' for plain values), when read. */
  formulas?: string[][];
}

export interface GridSize {
  rows: number;
  cols: number;
}

/** Rows and columns the grid shows: the used area plus room around it, at least a screenful. */
export function gridSize(area: SheetArea, minRows = 60, minCols = 16): GridSize {
  const usedCols = area.values.reduce((m, r) => Math.max(m, r.length), 0);
  return {
    rows: Math.max(minRows, area.top + area.values.length + 20),
    cols: Math.max(minCols, area.left + usedCols + 4),
  };
}

/**
 * Width in pixels per column: the sheet's width where given (characters), else sized to the longest formatted
 * value among the first `sampleRows` rows, else the default.
 */
export function columnWidths(
  area: SheetArea,
  cols: number,
  sheetWidths: (number | undefined)[] = [],
  formatOf: (row: number, col: number) => string | undefined = () => undefined,
  sampleRows = 300,
): number[] {
  const widths: number[] = new Array(cols).fill(DEFAULT_COL_WIDTH);
  const auto: number[] = new Array(cols).fill(0);
  const n = Math.min(sampleRows, area.values.length);
  for (let r = 0; r < n; r++) {
    const row = area.values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      const col = area.left + c;
      if (col >= cols) continue;
      const text = formatCell(v, formatOf(area.top + r, col)).text;
      const px = text.length * PX_PER_CHAR + 12;
      if (px > auto[col]) auto[col] = px;
    }
  }
  for (let c = 0; c < cols; c++) {
    const given = sheetWidths[c];
    if (given !== undefined && given > 0) widths[c] = charsToPx(given);
    else if (given === 0)
      widths[c] = 0; // hidden column
    else if (auto[c] > 0) widths[c] = Math.min(MAX_AUTO_WIDTH, Math.max(DEFAULT_COL_WIDTH, MIN_AUTO_WIDTH, auto[c]));
  }
  return widths;
}

/** offsets[i] = left edge of column i; offsets[n] = total width. */
export function offsets(widths: number[]): number[] {
  const out = new Array<number>(widths.length + 1);
  out[0] = 0;
  for (let i = 0; i < widths.length; i++) out[i + 1] = out[i] + widths[i];
  return out;
}

/** Index of the column containing x (binary search in offsets). */
export function indexAt(offs: number[], x: number): number {
  let lo = 0;
  let hi = offs.length - 2;
  if (hi < 0) return 0;
  if (x <= 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offs[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface VisibleRange {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** The rows and columns intersecting the viewport, with `overscan` extra on each side. */
export function visibleRange(
  scrollTop: number,
  scrollLeft: number,
  viewWidth: number,
  viewHeight: number,
  size: GridSize,
  colOffsets: number[],
  overscan = 3,
): VisibleRange {
  const firstRow = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const lastRow = Math.min(size.rows - 1, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + overscan);
  const firstCol = Math.max(0, indexAt(colOffsets, scrollLeft) - 1);
  const lastCol = Math.min(size.cols - 1, indexAt(colOffsets, scrollLeft + viewWidth) + 1);
  return { firstRow, lastRow, firstCol, lastCol };
}

/** The value at a sheet position, or null outside the area read. */
export function valueAt(area: SheetArea, row: number, col: number): CellValue {
  const r = area.values[row - area.top];
  if (!r) return null;
  const v = r[col - area.left];
  return v === undefined ? null : v;
}

/** The formula at a sheet position ('' when the cell holds a plain value or was not read with formulas). */
export function formulaAt(area: SheetArea, row: number, col: number): string {
  return area.formulas?.[row - area.top]?.[col - area.left] ?? '';
}
