/**
 * Write plans: what writeSheets, replaceTable, appendTableRows and updateTableRows queue, as steps for
 * runSteps (batch.ts). Pure planning — every refusal happened in validate.ts before a plan is made.
 */
import { columnLetters, parseRange } from '../core/a1';
import { DATA_COLUMN_FORMAT, DATA_COLUMN_WIDTH, type DataTableDef, type SheetSpec } from '../core/port';
import { CHUNK_BUDGET, STEP_OVERHEAD, type SheetCache, type Step } from './batch';
import { rowBytes, toExcelInput, type ExcelInput } from './cells';
import {
  PROTECTION_OPTIONS,
  VISIBILITY_TO_EXCEL,
  addChart,
  addConditionalFormat,
  applyPrint,
  applyStyle,
  charsToPoints,
  columnsAddress,
  freeze,
  styleBytes,
  type Features,
} from './format';

function step(bytes: number, apply: (cache: SheetCache) => void, cells = 0, calc = false): Step {
  return { bytes, cells, calc, apply };
}

/** Runs of consecutive rows of at most CHUNK_BUDGET bytes each (a larger row is a run of its own); none for no rows. */
function byteChunks(rows: readonly ExcelInput[][]): { from: number; to: number; bytes: number }[] {
  const out: { from: number; to: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const b = rowBytes(rows[i]);
    if (i > start && bytes + b > CHUNK_BUDGET) {
      out.push({ from: start, to: i, bytes });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (rows.length) out.push({ from: start, to: rows.length, bytes });
  return out;
}

/** Writes rows (already converted, all of `width`) at (top, left) in chunks of at most CHUNK_BUDGET bytes. */
export function valueSteps(sheet: string, top: number, left: number, rows: ExcelInput[][], width: number): Step[] {
  if (width === 0) return [];
  return byteChunks(rows).map(({ from, to, bytes }) => {
    const part = rows.slice(from, to);
    return step(bytes, (cache) => {
      cache.sheet(sheet).getRangeByIndexes(top + from, left, part.length, width).values = part as (string | number | boolean)[][];
    }, part.length * width, true);
  });
}

/** Port rows (ragged allowed) → Office.js rows of one width: missing cells null (= leave as is). */
export function toRows(rows: readonly (readonly unknown[])[], width: number, fill: ExcelInput): ExcelInput[][] {
  const out: ExcelInput[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const src = rows[r];
    const row: ExcelInput[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = c < src.length ? toExcelInput(src[c] as never) : fill;
    out[r] = row;
  }
  return out;
}

// -----------------------------------------------------------------------------------------------------
// Sheets

export interface SheetTarget {
  name: string;
  /** The sheet it replaces (same name ignoring case), with its position; null for a new sheet. */
  old: { name: string; position: number } | null;
}

let tempCounter = 0;

/** A name no sheet has, for the moment between adding the new sheet and deleting the old one. */
export function tempSheetName(taken: string[]): string {
  for (;;) {
    const name = `~ifo${Date.now().toString(36)}${(tempCounter++).toString(36)}`.slice(0, 31);
    if (!taken.some((t) => t.toUpperCase() === name.toUpperCase())) return name;
  }
}

/**
 * Creates the sheets, or replaces each existing one completely: a new sheet is added under a temporary
 * name, the old one deleted (its tables, charts, formats and names go with it), the new one renamed and
 * moved to the old one's position. Adding before deleting keeps a visible sheet at every moment.
 */
export function structureStep(targets: SheetTarget[], taken: string[]): Step {
  const temps = targets.map((t) => (t.old ? tempSheetName([...taken, ...targets.map((x) => x.name)]) : null));
  return step(300 * targets.length, (cache) => {
    const ws = cache.context.workbook.worksheets;
    targets.forEach((t, i) => {
      cache.forget(t.name);
      if (!t.old) {
        cache.set(t.name, ws.add(t.name));
        return;
      }
      const temp = ws.add(temps[i]!);
      ws.getItem(t.old.name).delete();
      temp.name = t.name;
      temp.position = t.old.position;
      cache.set(t.name, temp);
    });
  });
}

/** Everything of one sheet spec after its sheet exists: values first, then formats, objects, protection, visibility. */
export function sheetSteps(spec: SheetSpec, f: Features): Step[] {
  const name = spec.name;
  const out: Step[] = [];
  const sheet = (cache: SheetCache): Excel.Worksheet => cache.sheet(name);
  const blocks = (spec.blocks ?? []).map((b) => {
    const at = parseRange(b.at);
    const width = b.rows.reduce((m, r) => Math.max(m, r.length), 0);
    return { b, at, width, rows: b.rows.length };
  });
  for (const { b, at, width } of blocks) out.push(...valueSteps(name, at.top, at.left, toRows(b.rows, width, null), width));
  for (const { b, at, width, rows } of blocks) {
    if (rows === 0 || width === 0) continue;
    if (b.style) {
      const style = b.style;
      out.push(step(styleBytes(style), (c) => applyStyle(sheet(c).getRangeByIndexes(at.top, at.left, rows, width), style, rows, width, f)));
    }
    (b.columnFormats ?? []).forEach((fmt, i) => {
      if (fmt === undefined || i >= width) return;
      out.push(step(fmt.length + 80, (c) => {
        sheet(c).getRangeByIndexes(at.top, at.left + i, rows, 1).numberFormat = [[fmt]];
      }));
    });
  }
  for (const fm of spec.formats ?? []) {
    const r = parseRange(fm.range);
    out.push(step(styleBytes(fm.style), (c) => applyStyle(sheet(c).getRange(fm.range), fm.style, r.rows, r.cols, f)));
  }
  if (spec.defaultColumnWidth !== undefined) {
    const w = spec.defaultColumnWidth;
    out.push(step(60, (c) => void (sheet(c).standardWidth = w)));
  }
  for (const col of spec.columns ?? []) {
    out.push(step(120, (c) => {
      const r = sheet(c).getRange(columnsAddress(col.index));
      if (col.width !== undefined) r.format.columnWidth = charsToPoints(col.width);
      if (col.hidden) r.columnHidden = true;
    }));
  }
  for (const rh of spec.rowHeights ?? []) {
    out.push(step(80, (c) => void (sheet(c).getRange(`${rh.index + 1}:${rh.index + 1}`).format.rowHeight = rh.height)));
  }
  for (const m of spec.merges ?? []) out.push(step(60, (c) => sheet(c).getRange(m).merge(false)));
  for (const t of spec.tables ?? []) {
    out.push(step(200, (c) => {
      const table = sheet(c).tables.add(t.range, true);
      table.name = t.name;
      if (t.style) table.style = t.style;
      if (t.showTotals) table.showTotals = true;
    }));
  }
  for (const cf of spec.conditionalFormats ?? []) out.push(step(300, (c) => addConditionalFormat(sheet(c), cf)));
  for (const ch of spec.charts ?? []) out.push(step(400 + 200 * ch.series.length, (c) => addChart(sheet(c), ch, f)));
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const fr = spec.freeze;
    out.push(step(80, (c) => freeze(sheet(c), fr.rows, fr.columns)));
  }
  if (spec.print && f.api19) {
    const p = spec.print;
    out.push(step(800, (c) => applyPrint(sheet(c), p)));
  }
  if (spec.gridlines === false && f.api18) out.push(step(60, (c) => void (sheet(c).showGridlines = false)));
  if (spec.tabColor) {
    const color = spec.tabColor;
    out.push(step(60, (c) => void (sheet(c).tabColor = color)));
  }
  if (spec.protection) {
    const editable = spec.protection.editableRanges;
    out.push(step(100 + 100 * editable.length, (c) => {
      const s = sheet(c);
      for (const r of editable) s.getRange(r).format.protection.locked = false;
      s.protection.protect(PROTECTION_OPTIONS);
    }));
  }
  if (spec.visibility && spec.visibility !== 'visible') {
    const v = VISIBILITY_TO_EXCEL[spec.visibility];
    out.push(step(60, (c) => void (sheet(c).visibility = v)));
  }
  return out;
}

// -----------------------------------------------------------------------------------------------------
// The add-in's data tables

const KIND_FORMAT = DATA_COLUMN_FORMAT;
const KIND_WIDTH = DATA_COLUMN_WIDTH;

/** What we know of an existing table. */
export interface TableState {
  name: string;
  sheet: string;
  headers: string[];
  /** 0-based row and column of the header row's first cell. */
  top: number;
  left: number;
  bodyRows: number;
  /** The only body row is blank: the table is empty (Excel tables keep one body row). */
  empty: boolean;
  protected: boolean;
}

function tableProxy(cache: SheetCache, name: string): Excel.Table {
  return cache.context.workbook.tables.getItem(name);
}

/** Number formats of the body and column widths, per column kind. */
export function tableFormatSteps(def: DataTableDef, sheet: string, top: number, left: number, bodyRows: number, columnIndex: number[] = def.columns.map((_, i) => i)): Step[] {
  return [
    step(150 * def.columns.length, (cache) => {
      const s = cache.sheet(sheet);
      def.columns.forEach((col, i) => {
        const c = left + columnIndex[i];
        if (bodyRows > 0) s.getRangeByIndexes(top + 1, c, bodyRows, 1).numberFormat = [[KIND_FORMAT[col.kind]]];
        s.getRange(columnsAddress(c)).format.columnWidth = charsToPoints(col.width ?? KIND_WIDTH[col.kind]);
      });
    }),
  ];
}

/** Visibility and lock of a table's sheet, as the definition says. */
export function tableFinishSteps(def: DataTableDef, sheet: string): Step[] {
  return [
    step(120, (cache) => {
      const s = cache.sheet(sheet);
      s.visibility = VISIBILITY_TO_EXCEL[def.visibility];
      if (def.locked) s.protection.protect(PROTECTION_OPTIONS);
    }),
  ];
}

export function unprotectStep(sheet: string): Step {
  return step(60, (cache) => cache.sheet(sheet).protection.unprotect());
}

function headerRow(def: DataTableDef): ExcelInput[] {
  return def.columns.map((c) => toExcelInput(c.header));
}

/** Appends rows to a table with rows.add, in chunks. */
function rowsAddSteps(table: string, rows: ExcelInput[][]): Step[] {
  return byteChunks(rows).map(({ from, to, bytes }) => {
    const part = rows.slice(from, to);
    return step(bytes, (cache) => void tableProxy(cache, table).rows.add(undefined, part as (string | number | boolean)[][]), part.length * (part[0]?.length ?? 0), true);
  });
}

/** A new table (on a new or replaced sheet): header and rows at A1, then the Excel table over them. */
export function createTableSteps(def: DataTableDef, body: ExcelInput[][], target: SheetTarget, taken: string[]): Step[] {
  const width = def.columns.length;
  const n = body.length;
  const last = columnLetters(width - 1);
  return [
    structureStep([target], taken),
    ...valueSteps(def.sheet, 0, 0, [headerRow(def), ...body], width),
    step(200, (cache) => {
      const t = cache.sheet(def.sheet).tables.add(`A1:${last}${n + 1}`, true);
      t.name = def.name;
    }),
    ...tableFormatSteps(def, def.sheet, 0, 0, n),
    ...tableFinishSteps(def, def.sheet),
  ];
}

/**
 * Replaces the rows of an existing table, keeping the table (formulas that refer to it stay valid):
 * columns added or deleted to match the definition, the header rewritten, then
 * - ExcelApi 1.13: Table.resize to the new size, rows written, cells left below it cleared;
 * - older hosts: surplus body rows deleted (shift up), existing rows overwritten, missing rows added with rows.add.
 */
export function replaceTableSteps(def: DataTableDef, st: TableState, body: ExcelInput[][], f: Features): Step[] {
  const out: Step[] = [];
  const width = def.columns.length;
  const sheet = st.sheet;
  const h = st.headers.length;
  if (st.protected) out.push(unprotectStep(sheet));
  if (h < width) {
    out.push(step(120 * (width - h), (cache) => {
      const cols = tableProxy(cache, st.name).columns;
      for (let i = h; i < width; i++) cols.add(undefined, undefined, def.columns[i].header);
    }));
  } else if (h > width) {
    out.push(step(120 * (h - width), (cache) => {
      const cols = tableProxy(cache, st.name).columns;
      for (let i = h - 1; i >= width; i--) cols.getItemAt(i).delete();
    }));
  }
  out.push(...valueSteps(sheet, st.top, st.left, [headerRow(def)], width));
  if (def.name !== st.name) out.push(step(80, (cache) => void (tableProxy(cache, st.name).name = def.name)));
  const name = def.name;
  const n = body.length;
  const k = st.bodyRows;
  const bodyTop = st.top + 1;
  if (f.api113) {
    out.push(step(120, (cache) => tableProxy(cache, name).resize(cache.sheet(sheet).getRangeByIndexes(st.top, st.left, n + 1, width))));
    out.push(...valueSteps(sheet, bodyTop, st.left, body, width));
    if (k > n) out.push(step(100, (cache) => cache.sheet(sheet).getRangeByIndexes(bodyTop + n, st.left, k - n, width).clear('All')));
  } else {
    if (k > n) out.push(step(100, (cache) => cache.sheet(sheet).getRangeByIndexes(bodyTop + n, st.left, k - n, width).delete('Up')));
    const keep = Math.min(k, n);
    out.push(...valueSteps(sheet, bodyTop, st.left, body.slice(0, keep), width));
    if (n > k) out.push(...rowsAddSteps(name, body.slice(k)));
  }
  out.push(...tableFormatSteps(def, sheet, st.top, st.left, n));
  out.push(...tableFinishSteps(def, sheet));
  return out;
}

function norm(h: string): string {
  return h.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Where each column of the definition is in the table (a user may have moved the columns of an editable
 * table); definition columns the table lacks are added at its right end.
 */
export function columnMapping(def: DataTableDef, headers: string[]): { index: number[]; missing: number[]; width: number } {
  const found = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = norm(h);
    if (!found.has(k)) found.set(k, i);
  });
  const missing: number[] = [];
  let width = headers.length;
  const index = def.columns.map((c, i) => {
    const at = found.get(norm(c.header));
    if (at !== undefined) return at;
    missing.push(i);
    return width++;
  });
  return { index, missing, width };
}

function addMissingColumnsStep(def: DataTableDef, table: string, missing: number[]): Step[] {
  if (missing.length === 0) return [];
  return [
    step(120 * missing.length, (cache) => {
      const cols = tableProxy(cache, table).columns;
      for (const i of missing) cols.add(undefined, undefined, def.columns[i].header);
    }),
  ];
}

/** Rows in definition order → rows in the table's column order; `fill` for the table's other columns. */
export function mapRows(rows: readonly (readonly unknown[])[], index: number[], width: number, fill: ExcelInput): ExcelInput[][] {
  return rows.map((src) => {
    const row: ExcelInput[] = new Array(width).fill(fill);
    for (let i = 0; i < index.length; i++) row[index[i]] = toExcelInput((i < src.length ? src[i] : null) as never);
    return row;
  });
}

/** Appends rows: the blank placeholder row (an empty table) is filled first, the rest added with rows.add. */
export function appendTableSteps(def: DataTableDef, st: TableState, rows: readonly (readonly unknown[])[]): Step[] {
  const { index, missing, width } = columnMapping(def, st.headers);
  const data = mapRows(rows, index, width, '');
  const out: Step[] = [];
  if (st.protected) out.push(unprotectStep(st.sheet));
  out.push(...addMissingColumnsStep(def, st.name, missing));
  let rest = data;
  if (st.empty && data.length > 0) {
    out.push(...valueSteps(st.sheet, st.top + 1, st.left, data.slice(0, 1), width));
    rest = data.slice(1);
  }
  out.push(...rowsAddSteps(st.name, rest));
  const bodyRows = (st.empty ? 0 : st.bodyRows) + data.length;
  out.push(...tableFormatSteps(def, st.sheet, st.top, st.left, bodyRows, index));
  if (st.protected || def.locked) {
    out.push(step(80, (cache) => cache.sheet(st.sheet).protection.protect(PROTECTION_OPTIONS)));
  }
  return out;
}

/** Overwrites given body rows in place; consecutive rows are written as one range. Other columns stay as they are. */
export function updateTableSteps(def: DataTableDef, st: TableState, updates: { index: number; values: readonly unknown[] }[]): Step[] {
  const { index, missing, width } = columnMapping(def, st.headers);
  const out: Step[] = [];
  if (st.protected) out.push(unprotectStep(st.sheet));
  out.push(...addMissingColumnsStep(def, st.name, missing));
  const sorted = [...updates].sort((a, b) => a.index - b.index);
  // Later updates of the same row win.
  const byRow = new Map<number, readonly unknown[]>();
  for (const u of updates) byRow.set(u.index, u.values);
  const rowsInOrder = [...new Set(sorted.map((u) => u.index))];
  let i = 0;
  while (i < rowsInOrder.length) {
    let j = i + 1;
    while (j < rowsInOrder.length && rowsInOrder[j] === rowsInOrder[j - 1] + 1) j++;
    const first = rowsInOrder[i];
    const data = mapRows(rowsInOrder.slice(i, j).map((r) => byRow.get(r)!), index, width, null);
    out.push(...valueSteps(st.sheet, st.top + 1 + first, st.left, data, width));
    i = j;
  }
  if (st.protected) out.push(step(80, (cache) => cache.sheet(st.sheet).protection.protect(PROTECTION_OPTIONS)));
  return out;
}

export { STEP_OVERHEAD };
