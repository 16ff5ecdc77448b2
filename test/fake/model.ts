/**
 * The in-memory workbook behind the Excel fake. The proxies in api.ts change it only inside context.sync();
 * tests inspect it directly (values, formats, tables, charts …) through the helpers at the end.
 * Every rule here is one Excel enforces; each throws a FakeOfficeError with Excel's error code.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  areaText,
  intersects,
  isUnbounded,
  parseArea,
  sheetPrefix,
  type Area,
} from './address';
import { FakeOfficeError } from './errors';
import { evaluateFormula, isEvalError, type EvalValue } from './formula';
import { interpretInput, type Scalar } from './values';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface Style {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontName: string;
  readonly fontSize: number;
  readonly fontColor: string;
  readonly fill: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly locked: boolean;
  readonly borderTop: string;
  readonly borderBottom: string;
  readonly borderLeft: string;
  readonly borderRight: string;
}

export const DEFAULT_STYLE: Style = Object.freeze({
  numberFormat: 'General',
  bold: false,
  italic: false,
  fontName: 'Calibri',
  fontSize: 11,
  fontColor: '#000000',
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  locked: true,
  borderTop: 'None',
  borderBottom: 'None',
  borderLeft: 'None',
  borderRight: 'None',
});

/** Interned immutable styles: cells share them, and patches are cached, so a million cells stay cheap. */
class StyleStore {
  private readonly byKey = new Map<string, Style>([[JSON.stringify(DEFAULT_STYLE), DEFAULT_STYLE]]);
  private readonly patched = new WeakMap<Style, Map<string, Style>>();

  private readonly patchKeys = new WeakMap<object, string>();

  /** The style `base` with `patch` applied; reuse one patch object for many cells (its key is computed once). */
  patch(base: Style, patch: Partial<Style>): Style {
    let pk = this.patchKeys.get(patch);
    if (pk === undefined) {
      pk = JSON.stringify(patch);
      this.patchKeys.set(patch, pk);
    }
    let m = this.patched.get(base);
    if (!m) {
      m = new Map();
      this.patched.set(base, m);
    }
    const hit = m.get(pk);
    if (hit) return hit;
    const next = { ...base, ...patch };
    const key = JSON.stringify(next);
    let interned = this.byKey.get(key);
    if (!interned) {
      interned = Object.freeze(next);
      this.byKey.set(key, interned);
    }
    m.set(pk, interned);
    return interned;
  }
}

export interface Cell {
  /** Constant value; for formula cells unused (the value is computed on reading). */
  v: Scalar | null;
  /** Formula text ('=…') or null. */
  f: string | null;
  s: Style;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row + body (+ totals row when showTotals). */
  area: Area;
  showTotals: boolean;
  style: string;
  deleted: boolean;
}

export interface ConditionalFormatModel {
  id: string;
  type: 'CellValue' | 'Custom';
  area: Area;
  rule: { formula1?: string; formula2?: string; operator?: string; formula?: string };
  format: { fontColor?: string; bold?: boolean; italic?: boolean; fill?: string };
  deleted: boolean;
}

export interface SeriesModel {
  name: string;
  values: { sheet: SheetModel; area: Area } | null;
  xValues: { sheet: SheetModel; area: Area } | null;
  deleted: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  title: { text: string; visible: boolean };
  series: SeriesModel[];
  position: { from: string; to: string | null };
  valueAxis: { numberFormat: string; title: string; titleVisible: boolean };
  categoryAxis: { numberFormat: string; title: string; titleVisible: boolean };
  legend: { position: string; visible: boolean };
  deleted: boolean;
}

export interface PageLayoutModel {
  touched: boolean;
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  printArea: string | null;
  headerFooter: Record<'leftHeader' | 'centerHeader' | 'rightHeader' | 'leftFooter' | 'centerFooter' | 'rightFooter', string>;
}

export const CHART_TYPES = new Set([
  'ColumnClustered',
  'ColumnStacked',
  'ColumnStacked100',
  'BarClustered',
  'BarStacked',
  'BarStacked100',
  'Line',
  'LineMarkers',
  'LineStacked',
  'Area',
  'AreaStacked',
  'Pie',
  'Doughnut',
  'XYScatter',
]);

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NAMED_COLORS = new Map([
  ['black', '#000000'],
  ['white', '#FFFFFF'],
  ['red', '#FF0000'],
  ['green', '#008000'],
  ['blue', '#0000FF'],
  ['yellow', '#FFFF00'],
  ['orange', '#FFA500'],
  ['gray', '#808080'],
]);

/** Excel accepts '#RRGGBB' and HTML colour names; anything else is an invalid argument. */
export function normaliseColor(v: unknown, what: string): string {
  if (typeof v === 'string') {
    if (COLOR.test(v)) return v.toUpperCase();
    const named = NAMED_COLORS.get(v.toLowerCase());
    if (named) return named;
  }
  throw new FakeOfficeError('InvalidArgument', `Invalid colour for ${what}: ${String(v)}`);
}

/** Excel's default column width: 8.43 characters of Calibri 11 = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH_PT = 48;
export const DEFAULT_ROW_HEIGHT_PT = 15;

/** Points ↔ characters of the default font (7 px per character plus 5 px padding, 96 dpi). */
export function pointsToChars(pt: number): number {
  return Math.round(((pt / 0.75 - 5) / 7) * 100) / 100;
}

export function charsToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

export class SheetModel {
  /** rows[r][c]; sparse. */
  rows: (Cell | undefined)[][] = [];
  colWidths = new Map<number, number>();
  colHidden = new Set<number>();
  rowHeights = new Map<number, number>();
  rowHidden = new Set<number>();
  merges: Area[] = [];
  freeze: { rows: number; columns: number } | null = null;
  protection: { protected: boolean; options: Record<string, unknown> } = { protected: false, options: {} };
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  pageLayout: PageLayoutModel = {
    touched: false,
    orientation: 'Portrait',
    paperSize: 'A4',
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
    headerFooter: { leftHeader: '', centerHeader: '', rightHeader: '', leftFooter: '', centerFooter: '', rightFooter: '' },
  };
  tabColor: string | null = null;
  showGridlines = true;
  standardWidth = 8.43;
  deleted = false;

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  private row(r: number): (Cell | undefined)[] {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    return row;
  }

  ensureCell(r: number, c: number): Cell {
    const row = this.row(r);
    let cell = row[c];
    if (!cell) {
      cell = { v: null, f: null, s: DEFAULT_STYLE };
      row[c] = cell;
    }
    return cell;
  }

  /** Drops a cell that holds nothing (no value, formula or format). */
  tidy(r: number, c: number): void {
    const row = this.rows[r];
    const cell = row?.[c];
    if (cell && cell.v === null && cell.f === null && cell.s === DEFAULT_STYLE) delete row[c];
  }

  styleAt(r: number, c: number): Style {
    return this.cell(r, c)?.s ?? DEFAULT_STYLE;
  }

  /** The used area: cells with a value or formula (valuesOnly) or also with a format; null when empty. */
  usedArea(valuesOnly: boolean): Area | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        if (cell.v === null && cell.f === null && (valuesOnly || cell.s === DEFAULT_STYLE)) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (top < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  address(area: Area): string {
    return sheetPrefix(this.name) + areaText(area);
  }

  /** Refuses changes to a protected sheet (all of it, or only the locked cells of `cells`). */
  assertEditable(cells?: Area): void {
    if (!this.protection.protected) return;
    if (cells && !isUnbounded(cells)) {
      for (let r = cells.top; r < cells.top + cells.rows; r++) {
        for (let c = cells.left; c < cells.left + cells.cols; c++) {
          if (this.styleAt(r, c).locked) throw protectedError(this.name);
        }
      }
      return;
    }
    throw protectedError(this.name);
  }

  tables(): TableModel[] {
    return this.workbook.tables.filter((t) => t.sheet === this && !t.deleted);
  }
}

function protectedError(sheet: string): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet}).`);
}

/** Sheet names: ≤ 31 characters, none of []:*?/\, not starting or ending with ', not 'History' (reserved). */
export function sheetNameError(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'empty';
  if (name.length > 31) return 'longer than 31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'contains one of []:*?/\\';
  if (name.startsWith("'") || name.endsWith("'")) return "begins or ends with '";
  if (name.toLowerCase() === 'history') return 'reserved by Excel';
  return null;
}

/** Table names: a letter, _ or \ first; letters, digits, _ . \ after; not a cell reference; ≤ 255 characters. */
export function tableNameError(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'empty';
  if (name.length > 255) return 'longer than 255 characters';
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return 'has characters a table name cannot have';
  if (/^[A-Za-z]{1,3}\d{1,7}$/.test(name)) return 'looks like a cell reference';
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return 'looks like an R1C1 reference';
  return null;
}

export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  active: SheetModel;
  selection: { sheet: SheetModel; area: Area };
  calculationSuspensions = 0;
  private nextId = 1;
  readonly styles = new StyleStore();

  constructor(sheetNames: string[]) {
    if (sheetNames.length === 0) throw new Error('a workbook has at least one sheet');
    for (const n of sheetNames) this.addSheet(n);
    this.active = this.sheets[0];
    this.selection = { sheet: this.sheets[0], area: { top: 0, left: 0, rows: 1, cols: 1 } };
  }

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name) || s.id === name);
  }

  addSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined || n === null) {
      let i = this.sheets.length + 1;
      while (this.findSheet(`Blad${i}`)) i++;
      n = `Blad${i}`;
    }
    this.checkSheetName(n, null);
    const s = new SheetModel(this, this.newId('sheet'), n);
    this.sheets.push(s);
    return s;
  }

  checkSheetName(name: unknown, self: SheetModel | null): void {
    const problem = sheetNameError(name);
    if (problem) throw new FakeOfficeError('InvalidArgument', `The sheet name "${String(name)}" is not valid: ${problem}.`);
    const other = this.sheets.find((s) => s !== self && sameName(s.name, name as string));
    if (other) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${String(name)}" already exists.`);
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === 'Visible').length;
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === 'Visible' && this.visibleCount() === 1) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === 'Visible') ?? this.sheets[0];
    if (this.selection.sheet === sheet) this.selection = { sheet: this.active, area: { top: 0, left: 0, rows: 1, cols: 1 } };
  }

  setVisibility(sheet: SheetModel, v: unknown): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') {
      throw new FakeOfficeError('InvalidArgument', `Invalid visibility: ${String(v)}`);
    }
    if (v !== 'Visible' && sheet.visibility === 'Visible' && this.visibleCount() === 1) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = v;
    if (v !== 'Visible' && this.active === sheet) this.active = this.sheets.find((s) => s.visibility === 'Visible')!;
  }

  moveSheet(sheet: SheetModel, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new FakeOfficeError('InvalidArgument', `Invalid sheet position: ${String(position)}`);
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
  }

  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => !t.deleted && (sameName(t.name, name) || t.id === name));
  }

  checkTableName(name: unknown, self: TableModel | null): void {
    const problem = tableNameError(name);
    if (problem) throw new FakeOfficeError('InvalidArgument', `The table name "${String(name)}" is not valid: ${problem}.`);
    const other = this.tables.find((t) => t !== self && !t.deleted && sameName(t.name, name as string));
    if (other) throw new FakeOfficeError('ItemAlreadyExists', `A table named "${String(name)}" already exists.`);
  }

  // -------------------------------------------------------------------------------------------------
  // Cell values

  /** The value of a cell as Excel computes it; formulas are evaluated (cycles give 0, as Excel shows). */
  valueAt(sheet: SheetModel, r: number, c: number, visiting = new Set<string>()): EvalValue {
    const cell = sheet.cell(r, c);
    if (!cell) return null;
    if (cell.f === null) return cell.v;
    const key = `${sheet.id}|${r}|${c}`;
    if (visiting.has(key)) return 0;
    visiting.add(key);
    try {
      return evaluateFormula(cell.f, {
        cell: (sh, rr, cc) => {
          const target = sh === null ? sheet : this.findSheet(sh);
          return target ? this.valueAt(target, rr, cc, visiting) : { error: '#REF!' };
        },
        area: (sh, a) => {
          const target = sh === null ? sheet : this.findSheet(sh);
          const out: EvalValue[] = [];
          if (!target) return [{ error: '#REF!' }];
          const last = Math.min(a.top + a.rows, target.rows.length);
          for (let rr = a.top; rr < last; rr++) {
            const row = target.rows[rr];
            if (!row) continue;
            const lastC = Math.min(a.left + a.cols, row.length);
            for (let cc = a.left; cc < lastC; cc++) if (row[cc]) out.push(this.valueAt(target, rr, cc, visiting));
          }
          return out;
        },
        sheetExists: (sh) => this.findSheet(sh) !== undefined,
      });
    } finally {
      visiting.delete(key);
    }
  }

  /** What Range.values returns for a cell: '' for empty, the error text for errors. */
  apiValue(sheet: SheetModel, r: number, c: number): Scalar {
    const v = this.valueAt(sheet, r, c);
    if (v === null) return '';
    if (isEvalError(v)) return v.error;
    return v;
  }

  /** What Range.formulas returns: the formula, else the value (text without its apostrophe, as Excel does). */
  apiFormula(sheet: SheetModel, r: number, c: number): Scalar {
    const cell = sheet.cell(r, c);
    if (!cell) return '';
    if (cell.f !== null) return cell.f;
    return cell.v ?? '';
  }

  /** Writes one input as typed into a cell (see values.ts). */
  writeInput(sheet: SheetModel, r: number, c: number, raw: unknown): void {
    if (raw === null || raw === undefined) return;
    const style = sheet.styleAt(r, c);
    const res = interpretInput(raw, style.numberFormat, () => sheet.address({ top: r, left: c, rows: 1, cols: 1 }));
    switch (res.kind) {
      case 'skip':
        return;
      case 'clear': {
        const cell = sheet.cell(r, c);
        if (cell) {
          cell.v = null;
          cell.f = null;
          sheet.tidy(r, c);
        }
        return;
      }
      case 'formula': {
        const cell = sheet.ensureCell(r, c);
        cell.f = res.formula;
        cell.v = null;
        return;
      }
      case 'value': {
        const cell = sheet.ensureCell(r, c);
        cell.f = null;
        cell.v = res.value;
        if (res.dateFormat && cell.s.numberFormat === 'General') cell.s = this.styles.patch(cell.s, { numberFormat: res.dateFormat });
        return;
      }
    }
  }

  /** Applies a style patch to every cell of an area (bounded areas only). */
  patchStyle(sheet: SheetModel, area: Area, patch: Partial<Style>): void {
    const last = area.top + area.rows;
    for (let r = area.top; r < last; r++) {
      for (let c = area.left; c < area.left + area.cols; c++) {
        const cell = sheet.ensureCell(r, c);
        cell.s = this.styles.patch(cell.s, patch);
        sheet.tidy(r, c);
      }
    }
  }

  /** Range.clear(applyTo): 'All' | 'Contents' | 'Formats'. Clearing formats also unmerges, as in Excel. */
  clear(sheet: SheetModel, area: Area, applyTo: string): void {
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    if (!contents && !formats) throw new FakeOfficeError('InvalidArgument', `Invalid clear type: ${applyTo}`);
    const lastR = Math.min(area.top + area.rows, sheet.rows.length);
    for (let r = area.top; r < lastR; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      const lastC = Math.min(area.left + area.cols, row.length);
      for (let c = area.left; c < lastC; c++) {
        const cell = row[c];
        if (!cell) continue;
        if (contents) {
          cell.v = null;
          cell.f = null;
        }
        if (formats) cell.s = DEFAULT_STYLE;
        sheet.tidy(r, c);
      }
    }
    if (formats) sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
  }

  // -------------------------------------------------------------------------------------------------
  // Structure: merges, tables, row insertion and deletion

  merge(sheet: SheetModel, area: Area, across: boolean): void {
    for (const t of sheet.tables()) {
      if (intersects(t.area, area)) throw new FakeOfficeError('InvalidOperation', 'Cells in a table cannot be merged.');
    }
    const parts: Area[] = across
      ? Array.from({ length: area.rows }, (_, i) => ({ top: area.top + i, left: area.left, rows: 1, cols: area.cols }))
      : [area];
    for (const part of parts) {
      if (part.rows === 1 && part.cols === 1) continue;
      // A new merge absorbs the merges it touches.
      sheet.merges = sheet.merges.filter((m) => !intersects(m, part));
      // Only the top-left value survives a merge.
      for (let r = part.top; r < part.top + part.rows; r++) {
        for (let c = part.left; c < part.left + part.cols; c++) {
          if (r === part.top && c === part.left) continue;
          const cell = sheet.cell(r, c);
          if (cell) {
            cell.v = null;
            cell.f = null;
            sheet.tidy(r, c);
          }
        }
      }
      sheet.merges.push(part);
    }
  }

  addTable(sheet: SheetModel, area: Area, hasHeaders: boolean): TableModel {
    if (isUnbounded(area) || area.rows < 1) throw new FakeOfficeError('InvalidArgument', 'A table needs a bounded range.');
    if (hasHeaders && area.rows < 2) {
      // Excel adds a body row under a header-only range.
      area = { ...area, rows: 2 };
    }
    if (!hasHeaders) {
      // Excel inserts a header row above the data.
      if (area.top + area.rows + 1 > MAX_ROWS) throw new FakeOfficeError('InvalidArgument', 'No room for a header row.');
      this.shiftDown(sheet, { top: area.top, left: area.left, rows: 1, cols: area.cols });
      area = { ...area, rows: area.rows + 1 };
    }
    for (const t of sheet.tables()) {
      if (intersects(t.area, area)) throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
    }
    for (const m of sheet.merges) {
      if (intersects(m, area)) throw new FakeOfficeError('InvalidOperation', 'A table cannot contain merged cells.');
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableModel = {
      id: this.newId('table'),
      name: `Table${n}`,
      sheet,
      area,
      showTotals: false,
      style: 'TableStyleMedium2',
      deleted: false,
    };
    this.tables.push(table);
    this.normaliseHeaders(table);
    return table;
  }

  /** Header cells are unique, non-empty texts (Excel renames blanks to ColumnN and duplicates to Name2). */
  normaliseHeaders(table: TableModel): void {
    const seen = new Set<string>();
    const { sheet, area } = table;
    for (let i = 0; i < area.cols; i++) {
      const v = this.valueAt(sheet, area.top, area.left + i);
      let name = v === null || isEvalError(v) || v === '' ? `Column${i + 1}` : String(v);
      if (seen.has(name.toUpperCase())) {
        let k = 2;
        while (seen.has(`${name}${k}`.toUpperCase())) k++;
        name = `${name}${k}`;
      }
      seen.add(name.toUpperCase());
      const cell = sheet.ensureCell(area.top, area.left + i);
      cell.v = name;
      cell.f = null;
    }
  }

  /** Moves cells of the columns of `area` from area.top downwards by area.rows (insert, shift down). */
  shiftDown(sheet: SheetModel, area: Area): void {
    const whole = area.left === 0 && area.cols === MAX_COLUMNS;
    const n = area.rows;
    for (const t of sheet.tables()) {
      const colsOverlap = t.area.left < area.left + area.cols && area.left < t.area.left + t.area.cols;
      const affected = colsOverlap && t.area.top + t.area.rows > area.top;
      const covers = area.left <= t.area.left && area.left + area.cols >= t.area.left + t.area.cols;
      if (affected && !covers) throw new FakeOfficeError('InsertDeleteConflict', 'The operation would shift cells in a table.');
    }
    if (whole) {
      if (area.top < sheet.rows.length) {
        if (sheet.rows.length + n > MAX_ROWS && sheet.rows.slice(MAX_ROWS - n).some((row) => row?.some((c) => c))) {
          throw new FakeOfficeError('InvalidOperation', 'Cells would be pushed off the end of the worksheet.');
        }
        sheet.rows.splice(area.top, 0, ...new Array<(Cell | undefined)[]>(n).fill(undefined as never));
        sheet.rows.length = Math.min(sheet.rows.length, MAX_ROWS);
      }
      const moved = new Map<number, number>();
      for (const [r, h] of sheet.rowHeights) moved.set(r >= area.top ? r + n : r, h);
      sheet.rowHeights = moved;
    } else {
      for (let r = sheet.rows.length - 1; r >= area.top; r--) {
        const row = sheet.rows[r];
        if (!row) continue;
        for (let c = area.left; c < Math.min(area.left + area.cols, row.length); c++) {
          const cell = row[c];
          if (!cell) continue;
          if (r + n >= MAX_ROWS) throw new FakeOfficeError('InvalidOperation', 'Cells would be pushed off the end of the worksheet.');
          sheet.ensureCell(r + n, c);
          sheet.rows[r + n][c] = cell;
          delete row[c];
        }
      }
    }
    for (const t of sheet.tables()) {
      const colsOverlap = t.area.left < area.left + area.cols && area.left < t.area.left + t.area.cols;
      if (!colsOverlap) continue;
      if (t.area.top >= area.top) t.area = { ...t.area, top: t.area.top + n };
      else if (t.area.top + t.area.rows > area.top) t.area = { ...t.area, rows: t.area.rows + n };
    }
    sheet.merges = sheet.merges.map((m) =>
      m.top >= area.top && m.left >= area.left && m.left + m.cols <= area.left + area.cols ? { ...m, top: m.top + n } : m,
    );
  }

  /** Range.delete('Up'): removes the rows of `area` within its columns and moves the cells below up. */
  deleteUp(sheet: SheetModel, area: Area): void {
    const whole = area.left === 0 && area.cols === MAX_COLUMNS;
    const n = area.rows;
    const end = area.top + n;
    for (const t of sheet.tables()) {
      const colsOverlap = t.area.left < area.left + area.cols && area.left < t.area.left + t.area.cols;
      if (!colsOverlap || area.top >= t.area.top + t.area.rows) continue;
      const covers = area.left <= t.area.left && area.left + area.cols >= t.area.left + t.area.cols;
      if (!covers) throw new FakeOfficeError('InsertDeleteConflict', 'The operation would shift cells in a table.');
      if (area.top <= t.area.top && end > t.area.top) {
        throw new FakeOfficeError('InvalidOperation', "This operation would delete a table's header row.");
      }
    }
    if (whole) {
      if (area.top < sheet.rows.length) sheet.rows.splice(area.top, n);
      const moved = new Map<number, number>();
      for (const [r, h] of sheet.rowHeights) {
        if (r < area.top) moved.set(r, h);
        else if (r >= end) moved.set(r - n, h);
      }
      sheet.rowHeights = moved;
    } else {
      const last = sheet.rows.length;
      for (let r = area.top; r < last; r++) {
        for (let c = area.left; c < area.left + area.cols; c++) {
          const from = sheet.rows[r + n]?.[c];
          if (from) {
            sheet.ensureCell(r, c);
            sheet.rows[r][c] = from;
            delete sheet.rows[r + n][c];
          } else if (sheet.rows[r]?.[c]) {
            delete sheet.rows[r][c];
          }
        }
      }
    }
    while (sheet.rows.length && !sheet.rows[sheet.rows.length - 1]?.some((x) => x)) sheet.rows.pop();
    for (const t of sheet.tables()) {
      const colsOverlap = t.area.left < area.left + area.cols && area.left < t.area.left + t.area.cols;
      if (!colsOverlap) continue;
      if (end <= t.area.top) {
        t.area = { ...t.area, top: t.area.top - n };
        continue;
      }
      if (area.top >= t.area.top + t.area.rows) continue;
      const removed = Math.min(end, t.area.top + t.area.rows) - area.top;
      const shrunk = { ...t.area, rows: t.area.rows - removed };
      const bodyRows = shrunk.rows - 1 - (t.showTotals ? 1 : 0);
      if (bodyRows < 1) {
        // A table keeps one (empty) body row: Excel inserts it under the header.
        t.deleted = true;
        try {
          this.shiftDown(sheet, { top: shrunk.top + 1, left: shrunk.left, rows: 1, cols: shrunk.cols });
        } finally {
          t.deleted = false;
        }
        t.area = { ...shrunk, rows: shrunk.rows + 1 };
      } else {
        t.area = shrunk;
      }
    }
    sheet.merges = sheet.merges
      .filter((m) => !intersects(m, area))
      .map((m) => (m.top >= end && m.left >= area.left && m.left + m.cols <= area.left + area.cols ? { ...m, top: m.top - n } : m));
  }

  /** Table.rows.add: inserts rows in the table's columns and copies the formats of the row above. */
  addTableRows(table: TableModel, index: number | null | undefined, count: number): number {
    const bodyTop = table.area.top + 1;
    const bodyRows = table.area.rows - 1 - (table.showTotals ? 1 : 0);
    const at = index === null || index === undefined || index === -1 ? bodyRows : index;
    if (!Number.isInteger(at) || at < 0 || at > bodyRows) {
      throw new FakeOfficeError('InvalidArgument', `Row index ${String(index)} is outside the table.`);
    }
    if (table.area.top + table.area.rows + count > MAX_ROWS) {
      throw new FakeOfficeError('InvalidArgument', 'The table would extend beyond the last row of the worksheet.');
    }
    const sheet = table.sheet;
    const top = bodyTop + at;
    const area = table.area;
    // Only the cells in the table's columns move (Excel inserts table rows, not sheet rows).
    table.deleted = true;
    try {
      this.shiftDown(sheet, { top, left: area.left, rows: count, cols: area.cols });
    } finally {
      table.deleted = false;
    }
    table.area = { ...area, rows: area.rows + count };
    const templateRow = at > 0 ? top - 1 : top + count;
    for (let c = area.left; c < area.left + area.cols; c++) {
      const s = sheet.styleAt(templateRow, c);
      if (s === DEFAULT_STYLE) continue;
      for (let r = top; r < top + count; r++) sheet.ensureCell(r, c).s = s;
    }
    return top;
  }

  // -------------------------------------------------------------------------------------------------
  // Inspection for tests

  sheet(name: string): SheetModel {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet "${name}" in the fake workbook`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Values (formulas evaluated; empty = null, errors as their text) of an area, e.g. values('Blad1', 'A1:C3'). */
  values(sheetName: string, address: string): (Scalar | null)[][] {
    const s = this.sheet(sheetName);
    const a = parseArea(address);
    const out: (Scalar | null)[][] = [];
    for (let r = a.top; r < a.top + a.rows; r++) {
      const row: (Scalar | null)[] = [];
      for (let c = a.left; c < a.left + a.cols; c++) {
        const v = this.apiValue(s, r, c);
        row.push(v === '' ? null : v);
      }
      out.push(row);
    }
    return out;
  }

  /** One cell: its value, formula and style. */
  cellInfo(sheetName: string, address: string): { value: Scalar | null; formula: string | null; style: Style } {
    const s = this.sheet(sheetName);
    const a = parseArea(address);
    const v = this.apiValue(s, a.top, a.left);
    return { value: v === '' ? null : v, formula: s.cell(a.top, a.left)?.f ?? null, style: s.styleAt(a.top, a.left) };
  }

  tableInfo(name: string): { name: string; sheet: string; address: string; headers: string[]; bodyRows: number } | null {
    const t = this.findTable(name);
    if (!t) return null;
    const headers: string[] = [];
    for (let c = 0; c < t.area.cols; c++) headers.push(String(this.apiValue(t.sheet, t.area.top, t.area.left + c)));
    return {
      name: t.name,
      sheet: t.sheet.name,
      address: areaText(t.area),
      headers,
      bodyRows: t.area.rows - 1 - (t.showTotals ? 1 : 0),
    };
  }

  /** A deep, comparable picture of the whole workbook (for "nothing changed" assertions). */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        cells: s.rows.map((row) => row?.map((c) => (c ? [c.v, c.f, c.s] : null)) ?? null),
        colWidths: [...s.colWidths],
        rowHeights: [...s.rowHeights],
        merges: s.merges,
        freeze: s.freeze,
        protection: s.protection,
        conditionalFormats: s.conditionalFormats,
        charts: s.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ name: x.name, values: x.values?.area, xValues: x.xValues?.area })) })),
        pageLayout: s.pageLayout,
        showGridlines: s.showGridlines,
      })),
      tables: this.tables.map((t) => ({ id: t.id, name: t.name, sheet: t.sheet.id, area: t.area, showTotals: t.showTotals, style: t.style })),
    };
  }
}

