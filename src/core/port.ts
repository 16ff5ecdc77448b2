/**
 * The Workbook port: the one seam between IFO Prognos and a spreadsheet.
 *
 * Core decides *what* to write (sheet specs and table rows as plain data); the adapters decide *how*:
 * - src/excel: Office.js inside Excel (batched, syncs bounded, payloads below Excel on the web's limit);
 * - src/file:  an .xlsx file through ExcelJS (CLI and the browser preview).
 * Both pass the same contract suite (test/contract).
 *
 * Conventions every adapter follows:
 * - Rows and columns are 0-based in code; addresses are A1 text (see a1.ts).
 * - A JS string is always written as text, never as a formula, number or date — whatever it starts with
 *   (`=`, `+`, `-`, `@`, tab, CR, digits). Formulas are written only as `{ formula: '=…' }`.
 * - Formulas use Excel's invariant (en-US) syntax: comma argument separators, English function names.
 * - Number formats are Excel format codes in invariant syntax (`#,##0`, `0.0%`, `yyyy-mm-dd`);
 *   Excel shows them with the user's separators (space and comma in Swedish Excel).
 * - Empty cells read as null. Dates read as Excel serial numbers.
 * - Money in tables is written as kronor (a double with two decimals); core converts to öre on reading.
 */

import type { CancelSignal } from './errors';

/** A value read from a cell. */
export type CellValue = string | number | boolean | null;

/**
 * A formula to write, in invariant syntax, starting with '='. `result` is core's own figure for it: the xlsx
 * adapter stores it as the cached value (so the preview, LibreOffice's first paint and readers without a
 * calculation engine show it; Excel recalculates on load), Excel computes its own and ignores it. Tests compare
 * Excel's/LibreOffice's recalculated value with it.
 */
export interface Formula {
  formula: string;
  result?: string | number | boolean;
}

/** What can be written to a cell. */
export type CellInput = CellValue | Formula;

export function isFormula(v: CellInput): v is Formula {
  return typeof v === 'object' && v !== null && typeof (v as Formula).formula === 'string';
}

export type HorizontalAlignment = 'left' | 'center' | 'right';

/** Cell formatting; colours are '#RRGGBB'. */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: 'top' | 'center' | 'bottom';
  wrapText?: boolean;
  indent?: number;
  /** Border lines: thin line at the top / bottom of every cell of the range, or a thin box around each cell. */
  border?: 'top' | 'bottom' | 'topBottom' | 'all' | 'doubleBottom';
}

/** A rectangular block of values with its top-left cell. Rows may be ragged; missing cells stay empty. */
export interface CellBlock {
  /** Top-left cell, e.g. 'A5'. */
  at: string;
  rows: CellInput[][];
  /** Style for the whole block. */
  style?: CellStyle;
  /** Number format per column of the block (index = column within the block); undefined keeps the block's. */
  columnFormats?: (string | undefined)[];
}

/** Extra formatting of a range after the values are written. */
export interface RangeFormat {
  range: string;
  style: CellStyle;
}

export interface ColumnSpec {
  /** 0-based column index. */
  index: number;
  /** Width in characters of the default font (Excel's column width unit). */
  width?: number;
  hidden?: boolean;
}

/** An Excel table (ListObject) over a range whose first row holds the headers (written through blocks). */
export interface TableSpec {
  /** Table name: starts with a letter or _, letters/digits/_ only, unique in the workbook. */
  name: string;
  /** Range including the header row, e.g. 'A4:K40'. */
  range: string;
  /** Built-in style, e.g. 'TableStyleLight9'. */
  style?: string;
  showTotals?: boolean;
}

export type ConditionalOperator =
  | 'greaterThan'
  | 'greaterThanOrEqual'
  | 'lessThan'
  | 'lessThanOrEqual'
  | 'equal'
  | 'notEqual'
  | 'between';

export interface ConditionalStyle {
  fontColor?: string;
  fill?: string;
  bold?: boolean;
}

export type ConditionalFormatSpec =
  | {
      type: 'cellValue';
      range: string;
      operator: ConditionalOperator;
      /** Formula or constant as text, e.g. '0' or '=$M$2'. */
      formula1: string;
      formula2?: string;
      style: ConditionalStyle;
    }
  | {
      type: 'expression';
      range: string;
      /** A formula relative to the range's top-left cell, e.g. '=ABS($H5)>=100000'. */
      formula: string;
      style: ConditionalStyle;
    };

export interface ProtectionSpec {
  /** Ranges the user may still edit; everything else on the sheet is locked. */
  editableRanges: string[];
}

export type ChartType = 'line' | 'columnClustered' | 'columnStacked' | 'barClustered' | 'area';

export interface ChartSeriesSpec {
  /** Series name as literal text. */
  name: string;
  /** Values range on the same sheet, one row or one column, e.g. 'C5:C16'. */
  values: string;
}

export interface ChartSpec {
  /** Unique on the sheet; used to replace the chart when the sheet is written again. */
  name: string;
  type: ChartType;
  title: string;
  /** Category labels range on the same sheet, same length as each series. */
  categories: string;
  series: ChartSeriesSpec[];
  /** Placement: the chart covers the cells from `from` to `to` (inclusive). */
  from: string;
  to: string;
  /** Number format of the value axis, e.g. '#,##0'. */
  valueAxisFormat?: string;
  valueAxisTitle?: string;
  legend?: 'bottom' | 'right' | 'none';
}

export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Fit to this many pages wide (1 = the whole width on one page). */
  fitToPagesWide?: number;
  /** Fit to this many pages tall; 0 or undefined = as many as needed. */
  fitToPagesTall?: number;
  /** Rows repeated at the top of every page, e.g. '1:4'. */
  repeatRows?: string;
  /** Header and footer texts. Excel codes allowed: &P page, &N pages, &D date, &A sheet name. */
  centerHeader?: string;
  leftHeader?: string;
  rightHeader?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
  /** Print area, e.g. 'A1:M40'. */
  area?: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * A whole sheet as plain data. Writing a spec creates the sheet or replaces an existing sheet of
 * the same name (case-insensitive) completely: values, formats, tables, charts, conditional formats,
 * protection — never "Avvikelse (2)". The replaced sheet keeps its position among the sheets.
 */
export interface SheetSpec {
  /** ≤ 31 characters, none of []:*?/\ , not beginning or ending with an apostrophe. */
  name: string;
  blocks: CellBlock[];
  formats?: RangeFormat[];
  columns?: ColumnSpec[];
  /** Default column width (characters) for columns not listed. */
  defaultColumnWidth?: number;
  /** Row heights in points, by 0-based row index. */
  rowHeights?: { index: number; height: number }[];
  merges?: string[];
  freeze?: { rows: number; columns: number };
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  protection?: ProtectionSpec;
  charts?: ChartSpec[];
  print?: PrintSpec;
  visibility?: SheetVisibility;
  tabColor?: string;
  /** Show gridlines (default true). */
  gridlines?: boolean;
}

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** Values of a range as read from the workbook. */
export interface RangeData {
  /** Address of the area actually read, without the sheet, e.g. 'A1:F200'; null when the sheet is empty. */
  address: string | null;
  values: CellValue[][];
  /** Only when asked for: the formula of each cell ('' for plain values). */
  formulas?: string[][];
}

/** A piece of a large range read in chunks. */
export interface RowChunk {
  /** 0-based index (within the range read) of the first row of this chunk. */
  rowOffset: number;
  values: CellValue[][];
}

export interface ReadOptions {
  /** Also read formulas. */
  formulas?: boolean;
}

export interface ChunkReadOptions {
  /** Rows per chunk; adapters may lower it to stay below their payload limit. */
  chunkRows?: number;
  signal?: CancelSignal;
}

/** Kind of a column in the add-in's own data tables; decides the cell format. */
export type DataColumnKind = 'text' | 'integer' | 'number' | 'kronor' | 'percent' | 'date' | 'datetime' | 'boolean';

/** The number format of each column kind in the add-in's data tables (both adapters use these). */
export const DATA_COLUMN_FORMAT: Record<DataColumnKind, string> = {
  text: '@',
  integer: '0',
  number: 'General',
  kronor: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  boolean: 'General',
};

/** The default column width (characters) of each column kind when the definition gives none. */
export const DATA_COLUMN_WIDTH: Record<DataColumnKind, number> = {
  text: 14,
  integer: 10,
  number: 12,
  kronor: 16,
  percent: 9,
  date: 11,
  datetime: 17,
  boolean: 8,
};

export interface DataColumn {
  /** Header text (Swedish, as the user sees it). */
  header: string;
  kind: DataColumnKind;
  /** Column width in characters; adapters pick a default per kind otherwise. */
  width?: number;
}

/**
 * One of the add-in's own tables. It lives alone on its sheet, header in row 1 starting at A1,
 * as an Excel table named `name`. Hidden tables hold data the add-in owns (actuals, logs); visible ones
 * are meant to be edited by the user (structure mapping, price list, placement register, action plan).
 */
export interface DataTableDef {
  /** Excel table name, e.g. 'IFO_Utfall'. */
  name: string;
  /** Sheet holding the table, e.g. 'IFO Utfall'. */
  sheet: string;
  columns: DataColumn[];
  visibility: SheetVisibility;
  /** Lock the sheet (the user may read, not edit) – for logs and approved data. */
  locked?: boolean;
}

/** A table as read: its headers as found in the workbook and its data rows (header excluded). */
export interface TableData {
  name: string;
  sheet: string;
  headers: string[];
  rows: CellValue[][];
}

export interface TableRowUpdate {
  /** 0-based index of the data row (0 = first row under the header). */
  index: number;
  values: CellValue[];
}

export interface WriteProgress {
  /** Cells written so far and in all. */
  done: number;
  total: number;
}

export interface WriteOptions {
  onProgress?: (p: WriteProgress) => void;
  signal?: CancelSignal;
  /** Sheet to activate after writing. */
  activate?: string;
}

export interface HostInfo {
  kind: 'excel' | 'file';
  /** The signed-in user's display name where the host tells it. */
  userName?: string;
  /** Highest ExcelApi requirement set supported (Excel only), e.g. '1.17'. */
  apiVersion?: string;
}

/** JSON-serialisable setting value. */
export type SettingValue = string | number | boolean | null | SettingValue[] | { [key: string]: SettingValue };

export interface WorkbookPort {
  host(): Promise<HostInfo>;

  listSheets(): Promise<SheetInfo[]>;
  /** Reads a range (undefined address = the sheet's used range, starting at A1 of the used area). */
  readRange(sheet: string, address?: string, options?: ReadOptions): Promise<RangeData>;
  /** Reads a large range in chunks of rows (undefined address = used range). */
  readRangeChunks(sheet: string, address?: string, options?: ChunkReadOptions): AsyncIterable<RowChunk>;
  /** The current selection (Excel) or null where there is none (file). */
  getSelection(): Promise<{ sheet: string; address: string } | null>;

  /** Creates or replaces sheets from specs, in as few round trips as the host allows. */
  writeSheets(specs: SheetSpec[], options?: WriteOptions): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  activateSheet(name: string): Promise<void>;

  /** Reads any Excel table by name (case-insensitive); null when it does not exist. */
  readTable(name: string): Promise<TableData | null>;
  /**
   * Reads several tables at once, in the order given (null for a missing one). Optional: adapters whose host
   * charges per round trip (Office.js) implement it to read small tables together; use `readTables()` below.
   */
  readTables?(names: string[]): Promise<(TableData | null)[]>;
  listTables(): Promise<{ name: string; sheet: string }[]>;
  /** Creates or replaces one of the add-in's tables with exactly these rows (schema column order). */
  replaceTable(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void>;
  /** Appends rows, creating the table when missing. */
  appendTableRows(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void>;
  /** Overwrites given data rows in place (schema column order). The table must exist. */
  updateTableRows(def: DataTableDef, updates: TableRowUpdate[]): Promise<void>;

  /** Named settings kept in the workbook (shared by all users of the workbook). */
  getSettings(): Promise<Record<string, SettingValue>>;
  /** Merges the given settings; a null value removes the key. */
  setSettings(patch: Record<string, SettingValue>): Promise<void>;
}

/** Reads a whole range through the chunked reader and concatenates it. */
export async function readAllRows(
  port: WorkbookPort,
  sheet: string,
  address?: string,
  options?: ChunkReadOptions,
): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  for await (const chunk of port.readRangeChunks(sheet, address, options)) {
    for (const row of chunk.values) out.push(row);
  }
  return out;
}

/** Several tables in one go where the adapter can, one by one where it cannot. */
export async function readTables(port: WorkbookPort, names: string[]): Promise<(TableData | null)[]> {
  if (port.readTables) return port.readTables(names);
  const out: (TableData | null)[] = [];
  for (const n of names) out.push(await port.readTable(n));
  return out;
}

/**
 * A port for one read-only pass (a report, a projection): every table and the settings are read at most once,
 * and the tables named in `prefetch` are read together up front (one or two round trips on Office.js instead of
 * three per table). Writes go straight to the underlying port; do not read through this view after writing.
 */
export async function readOnce(port: WorkbookPort, prefetch: string[] = []): Promise<WorkbookPort> {
  const tables = new Map<string, Promise<TableData | null>>();
  if (prefetch.length > 0) {
    const got = await readTables(port, prefetch);
    prefetch.forEach((n, i) => tables.set(n.toLowerCase(), Promise.resolve(got[i])));
  }
  let settings: Promise<Record<string, SettingValue>> | null = null;
  return new Proxy(port, {
    get(target, prop, receiver) {
      if (prop === 'readTable') {
        return (name: string) => {
          const k = name.toLowerCase();
          let p = tables.get(k);
          if (!p) tables.set(k, (p = target.readTable(name)));
          return p;
        };
      }
      if (prop === 'readTables') return (names: string[]) => Promise.all(names.map((n) => (receiver as WorkbookPort).readTable(n)));
      if (prop === 'getSettings') return () => (settings ??= target.getSettings());
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Excel's documented limits that core checks before asking an adapter to write. */
export const EXCEL_LIMITS = {
  maxRows: 1_048_576,
  maxColumns: 16_384,
  maxSheetNameLength: 31,
  maxCellTextLength: 32_767,
  /** Characters not allowed in a sheet name. */
  forbiddenSheetNameChars: /[[\]:*?/\\]/,
} as const;

/** The reason a sheet name is invalid, or null when it is fine. */
export function sheetNameProblem(name: string): 'empty' | 'tooLong' | 'forbiddenChar' | 'apostrophe' | 'reserved' | null {
  if (name.length === 0) return 'empty';
  if (name.length > EXCEL_LIMITS.maxSheetNameLength) return 'tooLong';
  if (EXCEL_LIMITS.forbiddenSheetNameChars.test(name)) return 'forbiddenChar';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  // Excel reserves "History" (the change-history sheet of shared workbooks).
  if (name.toLowerCase() === 'history') return 'reserved';
  return null;
}

/** True when the name is a valid Excel table name. */
export function isValidTableName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) &&
    // Not a cell reference (A1 style) …
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    // … nor an R1C1-style reference (R, C, RC, R1, C2, R1C1, …).
    !/^[rR]\d*([cC]\d*)?$/.test(name) &&
    !/^[cC]\d*$/.test(name)
  );
}
