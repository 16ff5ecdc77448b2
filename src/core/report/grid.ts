/**
 * A small sheet builder for the report sheets: cells by (row, column), formulas with core's result, range formats,
 * merges and row heights, turned into one SheetSpec. Rows and columns are 0-based.
 */
import type { CellBlock, CellInput, CellStyle, ConditionalFormatSpec, Formula, RangeFormat, SheetSpec } from '../port';
import { cellRange, columnLetters } from '../a1';
import { oreToKronor, type Ore } from '../money';
import type { CommentThresholds } from '../forecast/rules';
import { NOTE_STYLE, SHEET_COLOURS, committeePage, titleStyle, wrappedLines, type CommitteePrint } from '../sheets/style';
import { t } from '../strings';
import type { ReportModel, ReportUnit } from './types';

/** Amount format: whole kronor, or thousands (tkr) by Excel's scaling comma; negatives red with a minus sign. */
export function moneyFormat(unit: ReportUnit): string {
  return unit === 'tkr' ? '#,##0,;[Red]-#,##0,;0' : '#,##0;[Red]-#,##0;0';
}

/** The page set-up of a report sheet: the committee's page with the title on top and the round and pages below. */
export function reportPage(m: ReportModel, title: string, print: Omit<CommitteePrint, 'centerHeader' | 'leftFooter' | 'rightFooter'>): ReturnType<typeof committeePage> {
  return committeePage({
    ...print,
    centerHeader: title,
    leftFooter: t('report.print.footer', { round: m.roundLabel ?? '–' }),
    rightFooter: t('report.print.pages'),
  });
}

/** A kronor cell from öre; null stays empty. */
export function kr(ore: Ore | null): number | null {
  return ore === null ? null : oreToKronor(ore);
}

/** A formula with core's figure (öre → kronor) as its result. */
export function fMoney(formula: string, ore: Ore): Formula {
  return { formula, result: oreToKronor(ore) };
}

export function fNumber(formula: string, value: number): Formula {
  return { formula, result: value };
}

/** A criterion for SUMIF that matches exactly this text (wildcards and operators escaped). */
export function exactCriterion(text: string): string {
  const escaped = text.replace(/[~*?]/g, (c) => '~' + c);
  return '"=' + escaped.replace(/"/g, '""') + '"';
}

/** Formula text of a sum of single cells; SUM takes at most 255 arguments, so longer lists are chained. */
export function sumOfCells(refs: readonly string[]): string {
  if (refs.length === 0) return '0';
  const parts: string[] = [];
  for (let i = 0; i < refs.length; i += 200) parts.push(`SUM(${refs.slice(i, i + 200).join(',')})`);
  return parts.join('+');
}

/**
 * Conditional-format expressions equal to the forecast's comment rule (commentRequired), exact on whole öre:
 * |variance| ≥ amount and/or |variance| ÷ |budget| ≥ percent, computed on ROUND(·*100,0) integers.
 * Returns null when neither limit is in use.
 */
export function thresholdExpression(varianceCell: string, budgetCell: string, thr: CommentThresholds): string | null {
  const v = `ROUND(ABS(${varianceCell})*100,0)`;
  const parts: string[] = [];
  if (thr.amountOre !== null) parts.push(`${v}>=${thr.amountOre}`);
  if (thr.percent !== null) {
    const bp = Math.round(thr.percent * 100);
    parts.push(`${v}*10000>=${bp}*ROUND(ABS(${budgetCell})*100,0)`);
  }
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : thr.combine === 'or' ? `OR(${parts.join(',')})` : `AND(${parts.join(',')})`;
}

/** The two rules (unfavourable red, favourable green) for a column of variances against a column of budgets. */
export function thresholdFormats(
  column: number,
  budgetColumn: number,
  firstRow: number,
  lastRow: number,
  thr: CommentThresholds,
): ConditionalFormatSpec[] {
  if (lastRow < firstRow) return [];
  const v = `$${columnLetters(column)}${firstRow + 1}`;
  const b = `$${columnLetters(budgetColumn)}${firstRow + 1}`;
  const cond = thresholdExpression(v, b, thr);
  if (!cond) return [];
  const range = cellRange(firstRow, column, lastRow, column);
  return [
    { type: 'expression', range, formula: `=AND(${v}<0,${cond})`, style: { fill: SHEET_COLOURS.badFill, fontColor: SHEET_COLOURS.badText } },
    { type: 'expression', range, formula: `=AND(${v}>0,${cond})`, style: { fill: SHEET_COLOURS.goodFill, fontColor: SHEET_COLOURS.goodText } },
  ];
}

export class Grid {
  private readonly rows: CellInput[][] = [];
  readonly formats: RangeFormat[] = [];
  readonly merges: string[] = [];
  readonly heights = new Map<number, number>();
  readonly conditional: ConditionalFormatSpec[] = [];

  set(row: number, col: number, v: CellInput | undefined): void {
    if (v === undefined || v === null) return;
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row];
    while (r.length < col) r.push(null);
    r[col] = v;
  }

  /** Writes values left to right from (row, col). */
  line(row: number, col: number, values: (CellInput | undefined)[]): void {
    values.forEach((v, i) => this.set(row, col + i, v));
  }

  get(row: number, col: number): CellInput | undefined {
    return this.rows[row]?.[col];
  }

  get rowCount(): number {
    return this.rows.length;
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.formats.push({ range: cellRange(top, left, bottom, right), style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(cellRange(top, left, bottom, right));
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, points));
  }

  /**
   * A report sheet's top: the title in row 0, then each note in a row of its own (1, 2, …) merged across to
   * `lastCol` and as tall as its wrapped lines in `textWidth` characters.
   */
  titleRows(title: string, notes: readonly string[], lastCol: number, textWidth: number): void {
    this.set(0, 0, title);
    this.style(0, 0, 0, 0, titleStyle(14));
    this.height(0, 22);
    notes.forEach((note, i) => {
      const r = 1 + i;
      this.set(r, 0, note);
      this.merge(r, 0, r, lastCol);
      this.style(r, 0, r, 0, NOTE_STYLE);
      this.height(r, wrappedLines(note, textWidth * 1.15) * 12 + 2);
    });
  }

  /** One block from A1 with every row (ragged rows are fine). */
  blocks(): CellBlock[] {
    return this.rows.length ? [{ at: 'A1', rows: this.rows.map((r) => r.slice()) }] : [];
  }

  spec(base: Omit<SheetSpec, 'blocks' | 'formats' | 'merges' | 'rowHeights' | 'conditionalFormats'>): SheetSpec {
    return {
      ...base,
      blocks: this.blocks(),
      formats: this.formats,
      merges: this.merges,
      rowHeights: [...this.heights].sort((a, b) => a[0] - b[0]).map(([index, height]) => ({ index, height })),
      conditionalFormats: this.conditional,
    };
  }
}
