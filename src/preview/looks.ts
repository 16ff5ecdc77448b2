/**
 * How cells look in the preview's viewer: number format, bold/italic, fill, font colour, alignment, column
 * widths — read straight from the ExcelJS worksheet behind the in-memory workbook (the port reads values only).
 * Display only, and best effort: theme and indexed colours are ignored.
 */
import type { Worksheet } from 'exceljs';

export interface CellLook {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** '#RRGGBB' */
  fill?: string;
  fontColor?: string;
  align?: 'left' | 'center' | 'right';
}

export interface SheetLooks {
  look(row: number, col: number): CellLook | undefined;
  /** Column widths in characters by 0-based column; 0 = hidden; undefined = not set. */
  columnWidths(cols: number): (number | undefined)[];
  /** Frozen rows/columns, when the sheet has them. */
  frozen: { rows: number; columns: number } | null;
}

const argbToHex = (argb: unknown): string | undefined =>
  typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? '#' + argb.slice(2).toUpperCase() : undefined;

/** Reads looks lazily (only the cells the grid shows) from an ExcelJS worksheet, caching per cell. */
export function looksFromWorksheet(ws: Worksheet): SheetLooks {
  const cache = new Map<number, CellLook | undefined>();
  const view = (ws.views ?? [])[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return {
    look(row, col) {
      const key = row * 16_384 + col;
      if (cache.has(key)) return cache.get(key);
      let out: CellLook | undefined;
      const r = ws.findRow(row + 1);
      const cell = r ? r.findCell(col + 1) : undefined;
      const style = cell?.style;
      if (style) {
        const look: CellLook = {};
        if (style.numFmt) look.numberFormat = style.numFmt;
        if (style.font?.bold) look.bold = true;
        if (style.font?.italic) look.italic = true;
        const fc = argbToHex(style.font?.color?.argb);
        if (fc && fc !== '#000000') look.fontColor = fc;
        const fill = style.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') {
          const hex = argbToHex(fill.fgColor?.argb);
          if (hex) look.fill = hex;
        }
        const h = style.alignment?.horizontal;
        if (h === 'left' || h === 'center' || h === 'right') look.align = h;
        out = Object.keys(look).length ? look : undefined;
      }
      cache.set(key, out);
      return out;
    },
    columnWidths(cols) {
      // ws.columns lists the defined columns without creating any (getColumn would add to the workbook).
      const defined = (ws.columns ?? []) as ({ width?: number; hidden?: boolean } | undefined)[];
      const out: (number | undefined)[] = [];
      for (let c = 0; c < Math.min(cols, defined.length); c++) {
        const column = defined[c];
        out.push(column?.hidden ? 0 : column?.width);
      }
      return out;
    },
    frozen:
      view?.state === 'frozen' && ((view.ySplit ?? 0) > 0 || (view.xSplit ?? 0) > 0)
        ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 }
        : null,
  };
}
