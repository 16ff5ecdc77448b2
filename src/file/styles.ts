/** The port's CellStyle and ConditionalStyle as ExcelJS styles. Styles merge: a later format adds to earlier ones. */
import type { Alignment, Border, Borders, Cell, Fill, Font, Style } from 'exceljs';
import type { CellStyle, ConditionalStyle } from '../core/port';

/** '#1F4E79' → 'FF1F4E79'. */
export function toArgb(color: string): string {
  return 'FF' + color.replace(/^#/, '').toUpperCase();
}

/** 'FF1F4E79' → '#1F4E79'; null for theme or indexed colours. */
export function fromArgb(argb: string | undefined): string | null {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb)) return null;
  return '#' + argb.slice(2).toUpperCase();
}

export function isColor(s: string): boolean {
  return /^#?[0-9A-Fa-f]{6}$/.test(s);
}

const THIN = { style: 'thin' } as Border;
const DOUBLE = { style: 'double' } as Border;

function borders(kind: NonNullable<CellStyle['border']>): Partial<Borders> {
  switch (kind) {
    case 'top':
      return { top: THIN };
    case 'bottom':
      return { bottom: THIN };
    case 'topBottom':
      return { top: THIN, bottom: THIN };
    case 'all':
      return { top: THIN, bottom: THIN, left: THIN, right: THIN };
    case 'doubleBottom':
      return { bottom: DOUBLE };
  }
}

/** The parts of an ExcelJS style a CellStyle sets, precomputed once per style and shared by the cells. */
export interface StylePatch {
  numFmt?: string;
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
}

export function stylePatch(style: CellStyle): StylePatch {
  const p: StylePatch = {};
  if (style.numberFormat !== undefined) p.numFmt = style.numberFormat;
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  if (Object.keys(font).length) p.font = font;
  if (style.fill !== undefined) p.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: toArgb(style.fill) } };
  const al: Partial<Alignment> = {};
  if (style.horizontalAlignment) al.horizontal = style.horizontalAlignment;
  if (style.verticalAlignment) al.vertical = style.verticalAlignment === 'center' ? 'middle' : style.verticalAlignment;
  if (style.wrapText !== undefined) al.wrapText = style.wrapText;
  if (style.indent !== undefined) al.indent = style.indent;
  if (Object.keys(al).length) p.alignment = al;
  if (style.border) p.border = borders(style.border);
  return p;
}

/**
 * The workbook's default font (ExcelJS's, as Excel's): a font written without a name makes LibreOffice fall back
 * to a serif face, so every font this adapter writes starts from it.
 */
export const DEFAULT_FONT: Partial<Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

/** Applies a patch on top of what the cell already has (new objects; ExcelJS may share style objects). */
export function applyPatch(cell: Cell, p: StylePatch): void {
  if (p.numFmt !== undefined) cell.numFmt = p.numFmt;
  if (p.font) cell.font = { ...DEFAULT_FONT, ...cell.font, ...p.font } as Font;
  if (p.fill) cell.fill = p.fill;
  if (p.alignment) cell.alignment = cell.alignment ? { ...cell.alignment, ...p.alignment } : (p.alignment as Alignment);
  if (p.border) cell.border = cell.border ? { ...cell.border, ...p.border } : (p.border as Borders);
}

/** A conditional format's look as an ExcelJS differential style (solid fills use bgColor in a dxf). */
export function conditionalStyle(style: ConditionalStyle): Partial<Style> {
  const s: Partial<Style> = {};
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.fontColor) font.color = { argb: toArgb(style.fontColor) };
  if (Object.keys(font).length) s.font = font;
  if (style.fill) s.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(style.fill) }, fgColor: { argb: toArgb(style.fill) } };
  return s;
}

/** Every colour a style names (for validation). */
export function colorsOf(style: CellStyle | ConditionalStyle): string[] {
  const out: string[] = [];
  if (style.fontColor !== undefined) out.push(style.fontColor);
  if (style.fill !== undefined) out.push(style.fill);
  return out;
}
