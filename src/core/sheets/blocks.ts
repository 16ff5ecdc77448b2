/**
 * The parts of a SheetSpec a sheet laid out block by block collects ("Placeringar", "Kostnadsunderlag …"): value
 * blocks placed at a cell, range formats, merges and row heights. Rows and columns are 0-based.
 */
import type { CellBlock, CellInput, RangeFormat } from '../port';
import { cellAddress } from '../a1';

export interface SheetBlocks {
  blocks: CellBlock[];
  formats: RangeFormat[];
  merges: string[];
  rowHeights: { index: number; height: number }[];
  /** Places rows of values with their top-left cell at (row, col), with a style and number formats per column. */
  put(row: number, col: number, rows: CellInput[][], style?: CellBlock['style'], columnFormats?: (string | undefined)[]): void;
}

export function sheetBlocks(): SheetBlocks {
  const blocks: CellBlock[] = [];
  return {
    blocks,
    formats: [],
    merges: [],
    rowHeights: [],
    put(row, col, rows, style, columnFormats) {
      blocks.push({ at: cellAddress(row, col), rows, ...(style ? { style } : {}), ...(columnFormats ? { columnFormats } : {}) });
    },
  };
}

