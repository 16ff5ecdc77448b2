/**
 * Everything a write asks for is checked before anything reaches Excel: Office.js has no transactions
 * (operations before a failing one stay applied), so a refusal after the first sync would leave half a
 * report behind. Problems are collected and thrown as one UserError whose issues name sheet, row, column
 * and value (port.* texts).
 */
import { cellAddress, columnLetters, MAX_COLUMNS, MAX_ROWS, type RangeRef } from '../core/a1';
import { isValidTableName, type CellStyle, type CellValue, type DataTableDef, type SheetSpec, type SheetVisibility } from '../core/port';
import { checkCell, checkRange, checkSheetName, rangesOverlap, WriteProblems } from '../core/portChecks';

const MAX_ISSUES = 200;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

export interface WorkbookState {
  sheets: { name: string; visibility: SheetVisibility; position: number }[];
  tables: { name: string; sheet: string }[];
}

/** The problems of one write (Office.js lists at most MAX_ISSUES). */
export class Problems extends WriteProblems {
  constructor() {
    super(MAX_ISSUES);
  }
}

export const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export function checkTableName(name: string, sheet: string, p: Problems): boolean {
  if (typeof name !== 'string' || !isValidTableName(name)) {
    p.add({ sheet, value: String(name) }, 'port.tableName.invalid', { name: String(name) });
    return false;
  }
  return true;
}

function checkColor(color: string | undefined, sheet: string, p: Problems): void {
  if (color !== undefined && !(typeof color === 'string' && COLOR.test(color))) {
    p.add({ sheet, value: String(color) }, 'port.color.invalid', { color: String(color), sheet });
  }
}

export function checkStyle(style: CellStyle | undefined, sheet: string, p: Problems): void {
  if (!style) return;
  checkColor(style.fill, sheet, p);
  checkColor(style.fontColor, sheet, p);
}

function addr(r: RangeRef): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.top + r.rows - 1, r.left + r.cols - 1)}`;
}

function checkSpec(spec: SheetSpec, p: Problems): void {
  const sheet = spec.name;
  for (const block of spec.blocks ?? []) {
    const at = checkRange(block.at, sheet, p);
    checkStyle(block.style, sheet, p);
    if (!at) continue;
    const width = block.rows.reduce((m, r) => Math.max(m, r.length), 0);
    if (at.top + block.rows.length > MAX_ROWS) {
      p.add({ sheet }, 'port.limit.rows', { sheet, rows: at.top + block.rows.length });
      continue;
    }
    if (at.left + width > MAX_COLUMNS) {
      p.add({ sheet }, 'port.limit.columns', { sheet, columns: at.left + width });
      continue;
    }
    block.rows.forEach((row, r) => row.forEach((v, c) => checkCell(v, sheet, at.top + r, at.left + c, p)));
  }
  for (const f of spec.formats ?? []) {
    checkRange(f.range, sheet, p);
    checkStyle(f.style, sheet, p);
  }
  for (const c of spec.columns ?? []) {
    if (!Number.isInteger(c.index) || c.index < 0 || c.index >= MAX_COLUMNS) {
      p.add({ sheet, value: String(c.index) }, 'port.limit.columns', { sheet, columns: c.index + 1 });
    }
  }
  for (const r of spec.rowHeights ?? []) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= MAX_ROWS) p.add({ sheet, value: String(r.index) }, 'port.limit.rows', { sheet, rows: r.index + 1 });
  }
  const merges: RangeRef[] = [];
  for (const m of spec.merges ?? []) {
    const r = checkRange(m, sheet, p);
    if (!r) continue;
    const other = merges.find((x) => rangesOverlap(x, r));
    if (other) p.add({ sheet, value: m }, 'port.merge.overlap', { range: m, sheet, other: addr(other) });
    merges.push(r);
  }
  const tables: { name: string; r: RangeRef }[] = [];
  for (const t of spec.tables ?? []) {
    checkTableName(t.name, sheet, p);
    const r = checkRange(t.range, sheet, p);
    if (!r) continue;
    const other = tables.find((x) => rangesOverlap(x.r, r));
    if (other) p.add({ sheet, value: t.range }, 'port.table.overlap', { table: t.name, sheet, other: other.name });
    const merged = merges.find((m) => rangesOverlap(m, r));
    if (merged) p.add({ sheet, value: t.range }, 'port.merge.overlap', { range: addr(merged), sheet, other: t.name });
    tables.push({ name: t.name, r });
  }
  for (const cf of spec.conditionalFormats ?? []) {
    checkRange(cf.range, sheet, p);
    checkColor(cf.style.fill, sheet, p);
    checkColor(cf.style.fontColor, sheet, p);
    if (cf.type === 'cellValue' && cf.operator === 'between' && (cf.formula2 === undefined || cf.formula2 === '')) {
      p.add({ sheet, value: cf.range }, 'port.conditionalFormat.between', { range: cf.range, sheet });
    }
  }
  for (const r of spec.protection?.editableRanges ?? []) checkRange(r, sheet, p);
  const chartNames = new Set<string>();
  for (const ch of spec.charts ?? []) {
    if (chartNames.has(ch.name)) p.add({ sheet, value: ch.name }, 'port.chart.duplicate', { name: ch.name, sheet });
    chartNames.add(ch.name);
    checkRange(ch.from, sheet, p);
    checkRange(ch.to, sheet, p);
    const cat = checkRange(ch.categories, sheet, p);
    const length = cat ? Math.max(cat.rows, cat.cols) : 0;
    if (cat && cat.rows !== 1 && cat.cols !== 1) p.add({ sheet, value: ch.categories }, 'port.chart.range', { name: ch.name, sheet, range: ch.categories });
    if (ch.series.length === 0) p.add({ sheet, value: ch.name }, 'port.chart.range', { name: ch.name, sheet, range: ch.categories });
    for (const s of ch.series) {
      const r = checkRange(s.values, sheet, p);
      if (r && ((r.rows !== 1 && r.cols !== 1) || Math.max(r.rows, r.cols) !== length)) {
        p.add({ sheet, value: s.values }, 'port.chart.range', { name: ch.name, sheet, range: s.values });
      }
    }
  }
  if (spec.print?.area) checkRange(spec.print.area, sheet, p);
  if (spec.print?.repeatRows && !/^\$?\d+:\$?\d+$/.test(spec.print.repeatRows)) {
    p.add({ sheet, value: spec.print.repeatRows }, 'port.address.invalid', { address: spec.print.repeatRows, sheet });
  }
  checkColor(spec.tabColor, sheet, p);
}

/** The visibility of every sheet after a write, to keep one visible sheet. */
function checkLastVisible(state: WorkbookState, replaced: Map<string, SheetVisibility>, added: { name: string; visibility: SheetVisibility }[], p: Problems): void {
  const after = state.sheets.map((s) => replaced.get(s.name.toUpperCase()) ?? s.visibility);
  for (const a of added) after.push(a.visibility);
  if (!after.includes('visible')) {
    const hidden = state.sheets.find((s) => s.visibility === 'visible' && replaced.has(s.name.toUpperCase()));
    const name = hidden?.name ?? added[0]?.name ?? state.sheets[0]?.name ?? '';
    p.add({ sheet: name, value: name }, 'port.sheet.lastVisible', { name });
  }
}

/** Checks sheet specs against themselves and the workbook as it is. */
export function validateSheetSpecs(specs: SheetSpec[], state: WorkbookState): void {
  const p = new Problems();
  const seen = new Set<string>();
  const tableNames = new Map<string, string>();
  for (const spec of specs) {
    if (!checkSheetName(spec.name, p)) continue;
    const key = spec.name.toUpperCase();
    if (seen.has(key)) p.add({ sheet: spec.name, value: spec.name }, 'port.sheetName.duplicate', { name: spec.name });
    seen.add(key);
    checkSpec(spec, p);
    for (const t of spec.tables ?? []) {
      if (typeof t.name !== 'string') continue;
      const tk = t.name.toUpperCase();
      const prev = tableNames.get(tk);
      if (prev !== undefined) p.add({ sheet: spec.name, value: t.name }, 'port.tableName.taken', { name: t.name, sheet: prev });
      tableNames.set(tk, spec.name);
    }
  }
  // Table names held by tables on sheets this write does not replace.
  for (const t of state.tables) {
    if (seen.has(t.sheet.toUpperCase())) continue;
    const mine = tableNames.get(t.name.toUpperCase());
    if (mine !== undefined) p.add({ sheet: mine, value: t.name }, 'port.tableName.taken', { name: t.name, sheet: t.sheet });
  }
  const replaced = new Map<string, SheetVisibility>();
  const added: { name: string; visibility: SheetVisibility }[] = [];
  for (const spec of specs) {
    const v = spec.visibility ?? 'visible';
    if (state.sheets.some((s) => same(s.name, spec.name))) replaced.set(spec.name.toUpperCase(), v);
    else added.push({ name: spec.name, visibility: v });
  }
  checkLastVisible(state, replaced, added, p);
  p.throwIfAny();
}

/** Checks rows for one of the add-in's tables (schema column order). */
export function validateTableRows(def: DataTableDef, rows: CellValue[][], p: Problems = new Problems()): Problems {
  const sheet = def.sheet;
  checkSheetName(def.sheet, p);
  checkTableName(def.name, sheet, p);
  const width = def.columns.length;
  if (width > MAX_COLUMNS) p.add({ sheet }, 'port.limit.columns', { sheet, columns: width });
  if (rows.length + 1 > MAX_ROWS) p.add({ sheet }, 'port.limit.rows', { sheet, rows: rows.length + 1 });
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) {
      p.add({ sheet, row: r + 2, value: String(row) }, 'port.table.rowTooWide', { row: r + 1, table: def.name, cells: 0, columns: width });
      continue;
    }
    if (row.length > width) {
      p.add({ sheet, row: r + 2 }, 'port.table.rowTooWide', { row: r + 1, table: def.name, cells: row.length, columns: width });
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && typeof v === 'object') {
        p.add({ sheet, row: r + 2, column: columnLetters(c), value: JSON.stringify(v) }, 'port.value.invalid', {
          address: cellAddress(r + 1, c),
          sheet,
          value: JSON.stringify(v),
        });
      } else checkCell(v, sheet, r + 1, c, p, false);
    }
  }
  return p;
}

/** The visibility rule for one table sheet being created or replaced. */
export function validateTableSheet(def: DataTableDef, state: WorkbookState, sheetOfTable: string | null, p: Problems): void {
  const target = sheetOfTable ?? def.sheet;
  const exists = state.sheets.some((s) => same(s.name, target));
  const replaced = new Map<string, SheetVisibility>(exists ? [[target.toUpperCase(), def.visibility]] : []);
  checkLastVisible(state, replaced, exists ? [] : [{ name: target, visibility: def.visibility }], p);
}
