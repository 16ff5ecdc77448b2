/**
 * Fields of ExcelJS objects this adapter uses that ExcelJS's typings leave out (all present in exceljs 4.4's
 * lib/doc/worksheet.js and workbook.js). Kept in one place so an ExcelJS upgrade has one file to check.
 */
import type { Worksheet } from 'exceljs';

export interface SheetProtectionModel {
  sheet?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  autoFilter?: boolean;
  [flag: string]: unknown;
}

export interface MergeRange {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ConditionalFormattingModel {
  ref: string;
  rules: { type: string }[];
}

export interface WorksheetInternals {
  orderNo: number;
  sheetProtection: SheetProtectionModel | null;
  /** ExcelJS's own tables; always emptied: the adapter writes table parts itself. */
  tables: Record<string, unknown>;
  _merges: Record<string, MergeRange>;
  conditionalFormattings: ConditionalFormattingModel[];
}

export function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}
