/**
 * Validation of everything a write asks for, before anything is written: a refused write leaves the
 * workbook exactly as it was. Problems are collected (up to a limit) and thrown as one UserError whose
 * issues name the sheet, row, column and value.
 */
import { cellAddress, MAX_COLUMNS, MAX_ROWS, type RangeRef } from '../core/a1';
import { isValidTableName, type CellInput, type DataTableDef, type SheetSpec, type SheetVisibility } from '../core/port';
import { checkCell, checkRange, checkSheetName, rangesOverlap, WriteProblems } from '../core/portChecks';
import { colorsOf, isColor } from './styles';

const MAX_ISSUES = 500;

export interface ExistingState {
  sheets: { name: string; visibility: SheetVisibility }[];
  tables: { name: string; sheet: string }[];
}

/** The problems of one write (at most MAX_ISSUES listed). */
export class Problems extends WriteProblems {
  constructor() {
    super(MAX_ISSUES);
  }
}

const lower = (s: string) => s.toLowerCase();

/** A table name Excel accepts (core's isValidTableName, which also refuses A1 and R1C1 references). */
export function tableNameOk(name: string): boolean {
  return typeof name === 'string' && isValidTableName(name);
}

function checkColor(color: string, sheet: string, p: Problems): void {
  if (!isColor(color)) p.add({ sheet, value: color }, 'port.color.invalid', { color, sheet });
}

function rangeText(r: RangeRef): string {
  return cellAddress(r.top, r.left) + (r.rows > 1 || r.cols > 1 ? ':' + cellAddress(r.top + r.rows - 1, r.left + r.cols - 1) : '');
}

function checkSpec(spec: SheetSpec, p: Problems, tableNames: Map<string, string>): void {
  const sheet = spec.name;
  // Blocks: positions, limits and every value.
  for (const block of spec.blocks ?? []) {
    const at = checkRange(block.at, sheet, p);
    if (!at) continue;
    const rows = block.rows ?? [];
    if (at.top + rows.length > MAX_ROWS) {
      p.add({ sheet, value: block.at }, 'port.limit.rows', { sheet, rows: at.top + rows.length });
      continue;
    }
    for (let i = 0; i < rows.length && !p.full; i++) {
      const row = rows[i] ?? [];
      if (at.left + row.length > MAX_COLUMNS) {
        p.add({ sheet, row: at.top + i + 1 }, 'port.limit.columns', { sheet, columns: at.left + row.length });
        continue;
      }
      for (let j = 0; j < row.length; j++) checkCell(row[j], sheet, at.top + i, at.left + j, p);
    }
    if (block.style) for (const c of colorsOf(block.style)) checkColor(c, sheet, p);
  }
  for (const f of spec.formats ?? []) {
    checkRange(f.range, sheet, p);
    for (const c of colorsOf(f.style)) checkColor(c, sheet, p);
  }
  for (const c of spec.columns ?? []) {
    if (!Number.isInteger(c.index) || c.index < 0 || c.index >= MAX_COLUMNS) {
      p.add({ sheet, value: String(c.index) }, 'port.limit.columns', { sheet, columns: c.index + 1 });
    }
  }
  for (const r of spec.rowHeights ?? []) {
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= MAX_ROWS) {
      p.add({ sheet, value: String(r.index) }, 'port.limit.rows', { sheet, rows: r.index + 1 });
    }
  }
  if (spec.freeze) {
    const { rows, columns } = spec.freeze;
    if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS) p.add({ sheet }, 'port.limit.rows', { sheet, rows });
    if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS) p.add({ sheet }, 'port.limit.columns', { sheet, columns });
  }
  if (spec.tabColor !== undefined) checkColor(spec.tabColor, sheet, p);

  // Merges must not overlap each other.
  const merges: { text: string; r: RangeRef }[] = [];
  for (const m of spec.merges ?? []) {
    const r = checkRange(m, sheet, p);
    if (!r) continue;
    const clash = merges.find((o) => rangesOverlap(o.r, r));
    if (clash) p.add({ sheet, value: m }, 'port.merge.overlap', { range: m, sheet, other: clash.text });
    else merges.push({ text: m, r });
  }

  // Tables: valid, unique names; no overlap with each other or with merges.
  const tables: { name: string; r: RangeRef }[] = [];
  for (const t of spec.tables ?? []) {
    if (!tableNameOk(t.name)) {
      p.add({ sheet, value: t.name }, 'port.tableName.invalid', { name: t.name });
      continue;
    }
    const owner = tableNames.get(lower(t.name));
    if (owner !== undefined) {
      p.add({ sheet, value: t.name }, 'port.tableName.taken', { name: t.name, sheet: owner });
      continue;
    }
    tableNames.set(lower(t.name), sheet);
    const r = checkRange(t.range, sheet, p);
    if (!r) continue;
    const clash = tables.find((o) => rangesOverlap(o.r, r));
    if (clash) p.add({ sheet, value: t.name }, 'port.table.overlap', { table: t.name, sheet, other: clash.name });
    const merged = merges.find((m) => rangesOverlap(m.r, r));
    if (merged) p.add({ sheet, value: merged.text }, 'port.merge.overlap', { range: merged.text, sheet, other: t.name });
    tables.push({ name: t.name, r });
  }

  for (const cf of spec.conditionalFormats ?? []) {
    checkRange(cf.range, sheet, p);
    for (const c of colorsOf(cf.style)) checkColor(c, sheet, p);
    if (cf.type === 'cellValue' && cf.operator === 'between' && (cf.formula2 === undefined || cf.formula2 === '')) {
      p.add({ sheet, value: cf.range }, 'port.conditionalFormat.between', { range: cf.range, sheet });
    }
  }
  for (const r of spec.protection?.editableRanges ?? []) checkRange(r, sheet, p);

  // Charts: unique names, one-dimensional ranges of equal length.
  const chartNames = new Set<string>();
  for (const ch of spec.charts ?? []) {
    if (chartNames.has(lower(ch.name))) p.add({ sheet, value: ch.name }, 'port.chart.duplicate', { name: ch.name, sheet });
    chartNames.add(lower(ch.name));
    checkRange(ch.from, sheet, p);
    checkRange(ch.to, sheet, p);
    const cats = checkRange(ch.categories, sheet, p);
    if (cats && cats.rows > 1 && cats.cols > 1) {
      p.add({ sheet, value: ch.categories }, 'port.chart.range', { name: ch.name, sheet, range: ch.categories });
    }
    const n = cats ? Math.max(cats.rows, cats.cols) : undefined;
    for (const s of ch.series) {
      const r = checkRange(s.values, sheet, p);
      if (!r) continue;
      if ((r.rows > 1 && r.cols > 1) || (n !== undefined && Math.max(r.rows, r.cols) !== n)) {
        p.add({ sheet, value: s.values }, 'port.chart.range', { name: ch.name, sheet, range: s.values });
      }
    }
  }

  if (spec.print) {
    if (spec.print.area) checkRange(spec.print.area, sheet, p);
    if (spec.print.repeatRows !== undefined) {
      const m = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(spec.print.repeatRows);
      if (!m || +m[1] < 1 || +m[2] < +m[1] || +m[2] > MAX_ROWS) {
        p.add({ sheet, value: spec.print.repeatRows }, 'port.address.invalid', { address: spec.print.repeatRows, sheet });
      }
    }
  }
}

/** Validates a writeSheets call against the workbook as it is. Throws UserError; returns nothing. */
export function validateSheetSpecs(specs: SheetSpec[], state: ExistingState): void {
  const p = new Problems();
  const names = new Set<string>();
  for (const spec of specs) {
    if (!checkSheetName(spec.name, p)) continue;
    if (names.has(lower(spec.name))) p.add({ sheet: spec.name, value: spec.name }, 'port.sheetName.duplicate', { name: spec.name });
    names.add(lower(spec.name));
  }
  // Table names already used on sheets this write does not replace stay taken.
  const tableNames = new Map<string, string>();
  for (const t of state.tables) if (!names.has(lower(t.sheet))) tableNames.set(lower(t.name), t.sheet);
  for (const spec of specs) {
    if (p.full) break;
    checkSpec(spec, p, tableNames);
  }
  // At least one sheet stays visible.
  const final = new Map<string, { name: string; visible: boolean }>();
  for (const s of state.sheets) final.set(lower(s.name), { name: s.name, visible: s.visibility === 'visible' });
  for (const spec of specs) final.set(lower(spec.name), { name: spec.name, visible: (spec.visibility ?? 'visible') === 'visible' });
  if (![...final.values()].some((s) => s.visible)) {
    const hidden = specs.find((s) => (s.visibility ?? 'visible') !== 'visible');
    p.add({ sheet: hidden?.name }, 'port.sheet.lastVisible', { name: hidden?.name ?? '' });
  }
  p.throwIfAny();
}

/** Validates rows for one of the add-in's tables (schema order); `firstRow` is the 0-based sheet row of rows[0]. */
export function checkTableRows(def: DataTableDef, sheet: string, rows: unknown[][], firstRow: number, p: Problems, columnOf?: number[]): void {
  const width = def.columns.length;
  if (firstRow + rows.length > MAX_ROWS) {
    p.add({ sheet }, 'port.limit.rows', { sheet, rows: firstRow + rows.length });
    return;
  }
  for (let i = 0; i < rows.length && !p.full; i++) {
    const row = rows[i];
    if (!Array.isArray(row)) {
      p.add({ sheet, row: firstRow + i + 1 }, 'port.table.rowTooWide', { row: i + 1, table: def.name, cells: 0, columns: width });
      continue;
    }
    if (row.length > width) {
      p.add({ sheet, row: firstRow + i + 1 }, 'port.table.rowTooWide', { row: i + 1, table: def.name, cells: row.length, columns: width });
      continue;
    }
    for (let j = 0; j < row.length; j++) {
      const v = row[j] as CellInput | undefined;
      if (v !== null && typeof v === 'object') {
        // Table rows hold plain values only.
        p.add({ sheet, row: firstRow + i + 1, column: def.columns[j].header, value: JSON.stringify(v) }, 'port.value.invalid', {
          address: cellAddress(firstRow + i, columnOf ? columnOf[j] : j),
          sheet,
          value: JSON.stringify(v),
        });
        continue;
      }
      checkCell(v, sheet, firstRow + i, columnOf ? columnOf[j] : j, p);
    }
  }
}

export { checkRange, checkSheetName, rangeText };
