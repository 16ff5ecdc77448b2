/**
 * The look the committee sheets share (the monthly report's sheets, "Placeringar", "Kostnadsunderlag …"):
 * colours, number formats, the title, header, section, note and total styles, column widths, wrapped-text row
 * heights and the print set-up (A4 landscape, one page wide, no gridlines, the title colour on the tab).
 * The style constants are frozen: one object serves many ranges.
 */
import type { CellStyle, ColumnSpec, PrintSpec, SheetSpec } from '../port';

export const SHEET_COLOURS = {
  title: '#1F3864',
  headerFill: '#1F3864',
  headerText: '#FFFFFF',
  /** A section's heading row (and the report's unit heading rows). */
  sectionFill: '#D9E2F3',
  totalFill: '#E2EFDA',
  grandFill: '#C6E0B4',
  closedFill: '#F2F2F2',
  muted: '#595959',
  note: '#404040',
  badFill: '#F8CBAD',
  badText: '#9C0006',
  goodFill: '#C6EFCE',
  goodText: '#006100',
  alert: '#C00000',
  cheapest: '#375623',
} as const;

/** Whole numbers with a thousands separator (counts, care days, whole kronor). */
export const INTEGER_FORMAT = '#,##0';
/** Whole kronor with the unit. */
export const KRONOR_FORMAT = '#,##0" kr"';
/** A percentage with one decimal; negatives red. */
export const PERCENT_FORMAT = '0.0%;[Red]-0.0%;0.0%';
/** A signed whole percentage (a difference against a reference). */
export const SIGNED_PERCENT_FORMAT = '+0%;-0%;0%';

/** A sheet's title (fontSize 14–16) or a heading within it (12). */
export function titleStyle(fontSize: number): CellStyle {
  return { bold: true, fontSize, fontColor: SHEET_COLOURS.title };
}

/** A table's header row: white bold text on the title colour, plus the table's alignment and wrapping. */
export function headerStyle(extra: CellStyle = {}): CellStyle {
  return { bold: true, fill: SHEET_COLOURS.headerFill, fontColor: SHEET_COLOURS.headerText, ...extra };
}

/** The usual header row of a figures table: wrapped and centred both ways. */
export const HEADER_STYLE: CellStyle = Object.freeze(headerStyle({ wrapText: true, verticalAlignment: 'center', horizontalAlignment: 'center' }));

/** A small explanatory paragraph under a title (wrapped, top-aligned, dark grey). */
export const NOTE_STYLE: CellStyle = Object.freeze({ wrapText: true, verticalAlignment: 'top', fontColor: SHEET_COLOURS.note, fontSize: 9 });

/** A remark in italic grey, optionally in a smaller font. */
export function mutedStyle(fontSize?: number): CellStyle {
  return fontSize === undefined ? { italic: true, fontColor: SHEET_COLOURS.muted } : { italic: true, fontColor: SHEET_COLOURS.muted, fontSize };
}

/** A table's total row. */
export const TOTAL_STYLE: CellStyle = Object.freeze({ bold: true, fill: SHEET_COLOURS.totalFill, border: 'top' });
/** The total of all totals. */
export const GRAND_TOTAL_STYLE: CellStyle = Object.freeze({ bold: true, fill: SHEET_COLOURS.grandFill, border: 'topBottom' });

/** Column specs for consecutive columns from `first`, one width each. */
export function columnWidths(widths: readonly number[], first = 0): ColumnSpec[] {
  return widths.map((width, i) => ({ index: first + i, width }));
}

/**
 * Rough printed lines of a wrapped text in a column `width` characters wide; `perWidth` is how many characters
 * fit per unit of width.
 */
export function wrappedLines(text: string, width: number, perWidth = 1.1): number {
  const perLine = Math.max(8, Math.floor(width * perWidth));
  return text.split('\n').reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
}

/** What a committee sheet prints with besides its own area, pages tall and header/footer texts. */
export type CommitteePrint = Omit<PrintSpec, 'orientation' | 'paper' | 'fitToPagesWide'>;

/** The page set-up of a committee sheet: no gridlines, the title colour on the tab, A4 landscape one page wide. */
export function committeePage(print: CommitteePrint): Pick<SheetSpec, 'gridlines' | 'tabColor' | 'print'> {
  return {
    gridlines: false,
    tabColor: SHEET_COLOURS.title,
    print: { orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, ...print },
  };
}
