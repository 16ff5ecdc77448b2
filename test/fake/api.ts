/**
 * The proxy classes of the Excel fake: Workbook, Worksheet(s), Range (+ format, font, fill, borders,
 * protection, conditional formats), Table(s) (+ rows, columns), Chart(s) (+ series, axes, legend, title),
 * PageLayout (ExcelApi 1.9), freeze panes and sheet protection — the parts of Office.js the adapter uses,
 * with Excel's rules. Enum arguments are Office.js' string values ('Visible', 'ColumnClustered', 'LessThan' …).
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  areaText,
  checkArea,
  intersects,
  isUnbounded,
  isWholeColumns,
  isWholeRows,
  parseArea,
  splitSheet,
  type Area,
} from './address';
import {
  FakeClientObject,
  FakeCollection,
  FakeRequestContext,
  defineNavs,
  defineProps,
  type Source,
} from './core';
import { FakeOfficeError } from './errors';
import {
  CHART_TYPES,
  DEFAULT_COLUMN_WIDTH_PT,
  DEFAULT_ROW_HEIGHT_PT,
  DEFAULT_STYLE,
  charsToPoints,
  normaliseColor,
  sameName,
  type ChartModel,
  type ConditionalFormatModel,
  type PageLayoutModel,
  type SeriesModel,
  type SheetModel,
  type Style,
  type TableModel,
  type WorkbookModel,
} from './model';
import { MAX_CELL_TEXT } from './values';

type RT = { sheet: SheetModel; area: Area };

const q = (s: unknown): string => JSON.stringify(s);

function invalid(msg: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', msg);
}

function oneOf(v: unknown, allowed: readonly string[], what: string): string {
  if (typeof v !== 'string' || !allowed.includes(v)) throw invalid(`Invalid ${what}: ${String(v)} (expected one of ${allowed.join(', ')})`);
  return v;
}

function bool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw invalid(`${what} must be true or false, not ${String(v)}`);
  return v;
}

function num(v: unknown, what: string, min: number, max: number, integer = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
    throw invalid(`Invalid ${what}: ${String(v)}`);
  }
  return v;
}

function wb(self: FakeClientObject): WorkbookModel {
  return (self.context.env as { model: WorkbookModel }).model;
}

/** The uniform value of a style property over an area, or null when the cells differ (as Office.js returns). */
function uniform<X>(t: RT, f: (s: Style) => X): X | null {
  const { sheet, area } = t;
  let first: X | undefined;
  let seen = 0;
  const lastR = Math.min(area.top + area.rows, sheet.rows.length);
  for (let r = area.top; r < lastR; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = area.left; c < Math.min(area.left + area.cols, row.length); c++) {
      const cell = row[c];
      if (!cell) continue;
      const v = f(cell.s);
      seen++;
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  const total = area.rows * area.cols;
  if (seen < total) {
    const d = f(DEFAULT_STYLE);
    if (first === undefined) return d;
    if (d !== first) return null;
  }
  return first ?? null;
}

function patchArea(self: FakeClientObject, t: RT, patch: Partial<Style>): void {
  if (isUnbounded(t.area)) {
    throw invalid('The fake does not emulate cell formats of entire rows or columns; format a bounded range.');
  }
  t.sheet.assertEditable();
  wb(self).patchStyle(t.sheet, t.area, patch);
}

function shapeError(): FakeOfficeError {
  return invalid("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
}

function expect2D(v: unknown, area: Area): unknown[][] {
  if (!Array.isArray(v) || v.length !== area.rows) throw shapeError();
  for (const row of v) if (!Array.isArray(row) || row.length !== area.cols) throw shapeError();
  return v as unknown[][];
}

/** Checks every input before anything is written: a failing operation changes nothing. */
function precheck(rows: unknown[][]): void {
  for (const row of rows) {
    for (const raw of row) {
      if (raw === null || raw === undefined || typeof raw === 'boolean') continue;
      if (typeof raw === 'number') {
        if (!Number.isFinite(raw)) throw invalid(`Not a finite number: ${raw}`);
        continue;
      }
      if (typeof raw === 'string') {
        const len = raw.startsWith("'") ? raw.length - 1 : raw.length;
        if (len > MAX_CELL_TEXT) throw invalid(`A cell can hold at most ${MAX_CELL_TEXT} characters; got ${len}.`);
        continue;
      }
      throw invalid(`Unsupported cell value of type ${typeof raw}.`);
    }
  }
}

function setCells(self: FakeClientObject, t: RT, v: unknown): void {
  if (isUnbounded(t.area)) throw invalid('Cell values cannot be set on an entire row or column.');
  const rows = expect2D(v, t.area);
  t.sheet.assertEditable(t.area);
  precheck(rows);
  const model = wb(self);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) model.writeInput(t.sheet, t.area.top + r, t.area.left + c, row[c]);
  }
  for (const table of t.sheet.tables()) {
    const header: Area = { top: table.area.top, left: table.area.left, rows: 1, cols: table.area.cols };
    if (intersects(header, t.area)) model.normaliseHeaders(table);
  }
}

function cells2D<X>(t: RT, f: (r: number, c: number) => X): X[][] | null {
  if (isUnbounded(t.area)) return null;
  const out: X[][] = new Array(t.area.rows);
  for (let r = 0; r < t.area.rows; r++) {
    const row: X[] = new Array(t.area.cols);
    for (let c = 0; c < t.area.cols; c++) row[c] = f(t.area.top + r, t.area.left + c);
    out[r] = row;
  }
  return out;
}

/** A Range argument: a Range proxy or an address on the given sheet. */
function rangeArg(self: FakeClientObject, v: unknown, sheet: SheetModel): RT {
  if (v instanceof FakeRange) return v._use();
  if (typeof v === 'string') {
    const { sheet: name } = splitSheet(v);
    const s = name ? wb(self).findSheet(name) : sheet;
    if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet named ${name}`);
    return { sheet: s, area: parseArea(v) };
  }
  throw invalid('Expected a Range or an address.');
}

// =====================================================================================================
// Range

export class FakeRange extends FakeClientObject<RT> {
  private sub(member: string, args: unknown[], f: (t: RT) => Area, api?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}(${args.map(q).join(',')})`, {
      api,
      resolve: () => {
        const t = this._use();
        return { sheet: t.sheet, area: f(t) };
      },
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.sub('getCell', [row, column], (t) => checkArea(t.area.top + row, t.area.left + column, 1, 1));
  }

  getRow(row: number): FakeRange {
    return this.sub('getRow', [row], (t) => {
      if (row < 0 || row >= t.area.rows) throw invalid(`Row ${row} is outside the range.`);
      return { top: t.area.top + row, left: t.area.left, rows: 1, cols: t.area.cols };
    });
  }

  getColumn(column: number): FakeRange {
    return this.sub('getColumn', [column], (t) => {
      if (column < 0 || column >= t.area.cols) throw invalid(`Column ${column} is outside the range.`);
      return { top: t.area.top, left: t.area.left + column, rows: t.area.rows, cols: 1 };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.sub('getResizedRange', [deltaRows, deltaColumns], (t) => checkArea(t.area.top, t.area.left, t.area.rows + deltaRows, t.area.cols + deltaColumns), '1.2');
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.sub('getOffsetRange', [rowOffset, columnOffset], (t) => checkArea(t.area.top + rowOffset, t.area.left + columnOffset, t.area.rows, t.area.cols));
  }

  getEntireColumn(): FakeRange {
    return this.sub('getEntireColumn', [], (t) => ({ top: 0, left: t.area.left, rows: MAX_ROWS, cols: t.area.cols }));
  }

  getEntireRow(): FakeRange {
    return this.sub('getEntireRow', [], (t) => ({ top: t.area.top, left: 0, rows: t.area.rows, cols: MAX_COLUMNS }));
  }

  getLastRow(): FakeRange {
    return this.sub('getLastRow', [], (t) => ({ top: t.area.top + t.area.rows - 1, left: t.area.left, rows: 1, cols: t.area.cols }));
  }

  getLastCell(): FakeRange {
    return this.sub('getLastCell', [], (t) => ({ top: t.area.top + t.area.rows - 1, left: t.area.left + t.area.cols - 1, rows: 1, cols: 1 }));
  }

  private used(member: string, valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}(${q(valuesOnly ?? false)})`, {
      api: orNull ? '1.4' : undefined,
      resolve: () => {
        const t = this._use();
        const u = t.sheet.usedArea(valuesOnly === true);
        const cut = u && intersects(u, t.area) ? intersection(u, t.area) : null;
        if (!cut) {
          if (orNull) return null;
          throw new FakeOfficeError('ItemNotFound', 'The range has no used cells.');
        }
        return { sheet: t.sheet, area: cut };
      },
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.used('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.used('getUsedRangeOrNullObject', valuesOnly, true);
  }

  merge(across?: boolean): void {
    this._op('merge', [across ?? false], (t) => {
      t.sheet.assertEditable();
      if (isUnbounded(t.area)) throw invalid('The fake does not merge entire rows or columns.');
      wb(this).merge(t.sheet, t.area, across === true);
    }, '1.2');
  }

  unmerge(): void {
    this._op('unmerge', [], (t) => {
      t.sheet.assertEditable();
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area));
    }, '1.2');
  }

  clear(applyTo?: string): void {
    this._op('clear', [applyTo ?? 'All'], (t) => {
      const how = applyTo ?? 'All';
      if (how === 'Contents') t.sheet.assertEditable(t.area);
      else t.sheet.assertEditable();
      const model = wb(this);
      model.clear(t.sheet, t.area, how);
      // Header cells of a table keep names: Excel refills cleared headers.
      for (const table of t.sheet.tables()) if (intersects({ ...table.area, rows: 1 }, t.area)) model.normaliseHeaders(table);
    });
  }

  delete(shift: string): void {
    this._op('delete', [shift], (t) => {
      t.sheet.assertEditable();
      if (shift !== 'Up') throw invalid(`The fake supports delete('Up') only, not '${String(shift)}'.`);
      if (isWholeColumns(t.area)) throw invalid('Cannot shift entire columns up.');
      wb(this).deleteUp(t.sheet, t.area);
    });
  }

  insert(shift: string): FakeRange {
    const r = new FakeRange(this.context, `${this._path}.insert(${q(shift)})`, {
      action: true,
      resolve: () => {
        const t = this._use();
        t.sheet.assertEditable();
        if (shift !== 'Down') throw invalid(`The fake supports insert('Down') only, not '${String(shift)}'.`);
        if (isWholeColumns(t.area)) throw invalid('Cannot shift entire columns down.');
        wb(this).shiftDown(t.sheet, t.area);
        return t;
      },
    });
    return r;
  }

  select(): void {
    this._op('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      const model = wb(this);
      model.active = t.sheet;
      model.selection = { sheet: t.sheet, area: t.area };
    });
  }
}

function intersection(a: Area, b: Area): Area {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.top + a.rows, b.top + b.rows);
  const right = Math.min(a.left + a.cols, b.left + b.cols);
  return { top, left, rows: bottom - top, cols: right - left };
}

function valueType(v: unknown): string {
  if (v === '') return 'Empty';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'string' && /^#(NAME\?|VALUE!|DIV\/0!|REF!|NUM!|N\/A|NULL!)$/.test(v)) return 'Error';
  return 'String';
}

defineProps<RT>(FakeRange, {
  address: { get: (t) => t.sheet.address(t.area) },
  addressLocal: { get: (t) => t.sheet.address(t.area) },
  rowCount: { get: (t) => t.area.rows },
  columnCount: { get: (t) => t.area.cols },
  rowIndex: { get: (t) => t.area.top },
  columnIndex: { get: (t) => t.area.left },
  cellCount: { get: (t) => t.area.rows * t.area.cols },
  isEntireColumn: { get: (t) => isWholeColumns(t.area), api: '1.7' },
  isEntireRow: { get: (t) => isWholeRows(t.area), api: '1.7' },
  values: {
    get: (t, self) => cells2D(t, (r, c) => wb(self).apiValue(t.sheet, r, c)),
    set: (t, v, self) => setCells(self, t, v),
  },
  formulas: {
    get: (t, self) => cells2D(t, (r, c) => wb(self).apiFormula(t.sheet, r, c)),
    set: (t, v, self) => setCells(self, t, v),
  },
  valueTypes: { get: (t, self) => cells2D(t, (r, c) => valueType(wb(self).apiValue(t.sheet, r, c))) },
  text: {
    get: (t, self) =>
      cells2D(t, (r, c) => {
        const v = wb(self).apiValue(t.sheet, r, c);
        return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
      }),
  },
  numberFormat: {
    get: (t) => cells2D(t, (r, c) => t.sheet.styleAt(r, c).numberFormat),
    set: (t, v, self) => {
      if (isUnbounded(t.area)) throw invalid('The fake does not emulate number formats of entire rows or columns.');
      t.sheet.assertEditable();
      const broadcast = typeof v === 'string' ? v : Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : undefined;
      const model = wb(self);
      const patches = new Map<string, Partial<Style>>();
      const apply = (r: number, c: number, f: unknown): void => {
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw invalid(`A number format is text, not ${typeof f}.`);
        let patch = patches.get(f);
        if (!patch) {
          patch = { numberFormat: f === '' ? 'General' : f };
          patches.set(f, patch);
        }
        const cell = t.sheet.ensureCell(r, c);
        cell.s = model.styles.patch(cell.s, patch);
        t.sheet.tidy(r, c);
      };
      if (broadcast !== undefined) {
        if (broadcast !== null && typeof broadcast !== 'string') throw invalid('A number format is text.');
        for (let r = t.area.top; r < t.area.top + t.area.rows; r++) for (let c = t.area.left; c < t.area.left + t.area.cols; c++) apply(r, c, broadcast);
        return;
      }
      const rows = expect2D(v, t.area);
      for (const row of rows) for (const f of row) if (f !== null && f !== undefined && typeof f !== 'string') throw invalid('A number format is text.');
      rows.forEach((row, r) => row.forEach((f, c) => apply(t.area.top + r, t.area.left + c, f)));
    },
  },
  columnHidden: {
    get: (t) => {
      for (let c = t.area.left; c < t.area.left + t.area.cols; c++) if (!t.sheet.colHidden.has(c)) return false;
      return true;
    },
    set: (t, v) => {
      const hide = bool(v, 'columnHidden');
      t.sheet.assertEditable();
      for (let c = t.area.left; c < t.area.left + t.area.cols; c++) {
        if (hide) t.sheet.colHidden.add(c);
        else t.sheet.colHidden.delete(c);
      }
    },
    api: '1.2',
  },
  rowHidden: {
    get: (t) => {
      for (let r = t.area.top; r < t.area.top + t.area.rows; r++) if (!t.sheet.rowHidden.has(r)) return false;
      return true;
    },
    set: (t, v) => {
      const hide = bool(v, 'rowHidden');
      t.sheet.assertEditable();
      if (t.area.rows > 100_000) throw invalid('The fake does not hide more than 100,000 rows at once.');
      for (let r = t.area.top; r < t.area.top + t.area.rows; r++) {
        if (hide) t.sheet.rowHidden.add(r);
        else t.sheet.rowHidden.delete(r);
      }
    },
    api: '1.2',
  },
});

defineNavs<RT>(FakeRange, {
  format: (self) => new FakeRangeFormat(self.context, `${self._path}.format`, { resolve: () => self._use() }),
  conditionalFormats: (self) =>
    new FakeConditionalFormatCollection(self.context, `${self._path}.conditionalFormats`, { api: '1.6', resolve: () => self._use() }),
  worksheet: (self) => new FakeWorksheet(self.context, `${self._path}.worksheet`, { resolve: () => self._use().sheet }),
});

// -----------------------------------------------------------------------------------------------------
// Range format

const H_ALIGN = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
const V_ALIGN = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;

export class FakeRangeFormat extends FakeClientObject<RT> {
  autofitColumns(): void {
    this._op('autofitColumns', [], (t) => t.sheet.assertEditable(), '1.2');
  }

  autofitRows(): void {
    this._op('autofitRows', [], (t) => t.sheet.assertEditable(), '1.2');
  }
}

defineProps<RT>(FakeRangeFormat, {
  columnWidth: {
    get: (t) => {
      let w: number | null = null;
      const last = Math.min(t.area.left + t.area.cols, MAX_COLUMNS);
      for (let c = t.area.left; c < last; c++) {
        const x = t.sheet.colWidths.get(c) ?? charsToPoints(t.sheet.standardWidth);
        if (w === null) w = x;
        else if (w !== x) return null;
        if (c - t.area.left > 1000 && t.sheet.colWidths.size === 0) break;
      }
      return w;
    },
    set: (t, v) => {
      const pt = num(v, 'columnWidth', 0, 1800);
      t.sheet.assertEditable();
      for (let c = t.area.left; c < t.area.left + t.area.cols; c++) t.sheet.colWidths.set(c, pt);
    },
    api: '1.2',
  },
  rowHeight: {
    get: (t) => {
      let h: number | null = null;
      for (let r = t.area.top; r < Math.min(t.area.top + t.area.rows, t.area.top + 100_000); r++) {
        const x = t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT;
        if (h === null) h = x;
        else if (h !== x) return null;
      }
      return h;
    },
    set: (t, v) => {
      const pt = num(v, 'rowHeight', 0, 409);
      t.sheet.assertEditable();
      if (t.area.rows > 100_000) throw invalid('The fake does not set the height of more than 100,000 rows at once.');
      for (let r = t.area.top; r < t.area.top + t.area.rows; r++) t.sheet.rowHeights.set(r, pt);
    },
    api: '1.2',
  },
  horizontalAlignment: {
    get: (t) => uniform(t, (s) => s.horizontalAlignment),
    set: (t, v, self) => patchArea(self, t, { horizontalAlignment: oneOf(v, H_ALIGN, 'horizontalAlignment') }),
  },
  verticalAlignment: {
    get: (t) => uniform(t, (s) => s.verticalAlignment),
    set: (t, v, self) => patchArea(self, t, { verticalAlignment: oneOf(v, V_ALIGN, 'verticalAlignment') }),
  },
  wrapText: {
    get: (t) => uniform(t, (s) => s.wrapText),
    set: (t, v, self) => patchArea(self, t, { wrapText: bool(v, 'wrapText') }),
  },
  indentLevel: {
    get: (t) => uniform(t, (s) => s.indentLevel),
    set: (t, v, self) => patchArea(self, t, { indentLevel: num(v, 'indentLevel', 0, 250, true) }),
    api: '1.9',
  },
});

defineNavs<RT>(FakeRangeFormat, {
  font: (self) => new FakeRangeFont(self.context, `${self._path}.font`, { resolve: () => self._use() }),
  fill: (self) => new FakeRangeFill(self.context, `${self._path}.fill`, { resolve: () => self._use() }),
  borders: (self) => new FakeRangeBorderCollection(self.context, `${self._path}.borders`, { resolve: () => self._use() }),
  protection: (self) => new FakeFormatProtection(self.context, `${self._path}.protection`, { api: '1.2', resolve: () => self._use() }),
});

export class FakeRangeFont extends FakeClientObject<RT> {}
defineProps<RT>(FakeRangeFont, {
  bold: { get: (t) => uniform(t, (s) => s.bold), set: (t, v, self) => patchArea(self, t, { bold: bool(v, 'bold') }) },
  italic: { get: (t) => uniform(t, (s) => s.italic), set: (t, v, self) => patchArea(self, t, { italic: bool(v, 'italic') }) },
  color: { get: (t) => uniform(t, (s) => s.fontColor), set: (t, v, self) => patchArea(self, t, { fontColor: normaliseColor(v, 'font.color') }) },
  size: { get: (t) => uniform(t, (s) => s.fontSize), set: (t, v, self) => patchArea(self, t, { fontSize: num(v, 'font.size', 1, 409) }) },
  name: {
    get: (t) => uniform(t, (s) => s.fontName),
    set: (t, v, self) => {
      if (typeof v !== 'string' || !v) throw invalid('font.name must be text');
      patchArea(self, t, { fontName: v });
    },
  },
});

export class FakeRangeFill extends FakeClientObject<RT> {
  clear(): void {
    this._op('clear', [], (t) => patchArea(this, t, { fill: null }));
  }
}
defineProps<RT>(FakeRangeFill, {
  color: {
    get: (t) => uniform(t, (s) => s.fill) ?? '#FFFFFF',
    set: (t, v, self) => patchArea(self, t, { fill: v === '' ? null : normaliseColor(v, 'fill.color') }),
  },
});

const BORDER_INDEX = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
const BORDER_STYLE = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
const BORDER_WEIGHT = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;

type BT = RT & { index: (typeof BORDER_INDEX)[number] };

export class FakeRangeBorderCollection extends FakeClientObject<RT> {
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, `${this._path}.getItem(${q(index)})`, {
      resolve: () => ({ ...this._use(), index: oneOf(index, BORDER_INDEX, 'border index') as BT['index'] }),
    });
  }
}

function setBorder(self: FakeClientObject, t: BT, style: string): void {
  const { area } = t;
  const bottom = area.top + area.rows - 1;
  const right = area.left + area.cols - 1;
  const part = (a: Area, p: Partial<Style>): void => {
    if (a.rows > 0 && a.cols > 0) patchArea(self, { sheet: t.sheet, area: a }, p);
  };
  switch (t.index) {
    case 'EdgeTop':
      return part({ top: area.top, left: area.left, rows: 1, cols: area.cols }, { borderTop: style });
    case 'EdgeBottom':
      return part({ top: bottom, left: area.left, rows: 1, cols: area.cols }, { borderBottom: style });
    case 'EdgeLeft':
      return part({ top: area.top, left: area.left, rows: area.rows, cols: 1 }, { borderLeft: style });
    case 'EdgeRight':
      return part({ top: area.top, left: right, rows: area.rows, cols: 1 }, { borderRight: style });
    case 'InsideHorizontal':
      part({ top: area.top + 1, left: area.left, rows: area.rows - 1, cols: area.cols }, { borderTop: style });
      return part({ top: area.top, left: area.left, rows: area.rows - 1, cols: area.cols }, { borderBottom: style });
    case 'InsideVertical':
      part({ top: area.top, left: area.left + 1, rows: area.rows, cols: area.cols - 1 }, { borderLeft: style });
      return part({ top: area.top, left: area.left, rows: area.rows, cols: area.cols - 1 }, { borderRight: style });
    default:
      return;
  }
}

function borderOf(t: BT, s: Style): string {
  switch (t.index) {
    case 'EdgeTop':
    case 'InsideHorizontal':
      return s.borderTop;
    case 'EdgeBottom':
      return s.borderBottom;
    case 'EdgeLeft':
    case 'InsideVertical':
      return s.borderLeft;
    case 'EdgeRight':
      return s.borderRight;
    default:
      return 'None';
  }
}

export class FakeRangeBorder extends FakeClientObject<BT> {}
defineProps<BT>(FakeRangeBorder, {
  style: {
    get: (t) => uniform(t, (s) => borderOf(t, s)),
    set: (t, v, self) => setBorder(self, t, oneOf(v, BORDER_STYLE, 'border style')),
  },
  weight: {
    get: () => 'Thin',
    set: (t, v) => {
      oneOf(v, BORDER_WEIGHT, 'border weight');
      t.sheet.assertEditable();
    },
  },
  color: {
    get: () => '#000000',
    set: (t, v) => {
      normaliseColor(v, 'border color');
      t.sheet.assertEditable();
    },
  },
});

export class FakeFormatProtection extends FakeClientObject<RT> {}
defineProps<RT>(FakeFormatProtection, {
  locked: { get: (t) => uniform(t, (s) => s.locked), set: (t, v, self) => patchArea(self, t, { locked: bool(v, 'locked') }) },
  formulaHidden: { get: () => false, set: (t, v) => void (bool(v, 'formulaHidden'), t.sheet.assertEditable()) },
});

// -----------------------------------------------------------------------------------------------------
// Conditional formats

type CFT = { sheet: SheetModel; cf: ConditionalFormatModel };
const CF_OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqual', 'LessThanOrEqual'];

export class FakeConditionalFormatCollection extends FakeCollection<RT, CFT> {
  protected _itemModels(t: RT): CFT[] {
    return t.sheet.conditionalFormats.filter((cf) => !cf.deleted && intersects(cf.area, t.area)).map((cf) => ({ sheet: t.sheet, cf }));
  }

  protected _wrap(item: CFT): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, `${this._path}.getItem(${q(item.cf.id)})`, { target: item });
  }

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, `${this._path}.add(${q(type)})`, {
      action: true,
      api: '1.6',
      resolve: () => {
        const t = this._use();
        if (type !== 'CellValue' && type !== 'Custom') {
          throw invalid(`The fake emulates conditional formats of type CellValue and Custom, not '${String(type)}'.`);
        }
        t.sheet.assertEditable();
        if (isUnbounded(t.area)) throw invalid('The fake does not emulate conditional formats on entire rows or columns.');
        const cf: ConditionalFormatModel = { id: wb(this).newId('cf'), type, area: t.area, rule: {}, format: {}, deleted: false };
        t.sheet.conditionalFormats.push(cf);
        return { sheet: t.sheet, cf };
      },
    });
  }

  clearAll(): void {
    this._op('clearAll', [], (t) => {
      t.sheet.assertEditable();
      for (const cf of t.sheet.conditionalFormats) if (intersects(cf.area, t.area)) cf.deleted = true;
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !cf.deleted);
    }, '1.6');
  }
}
defineProps<RT>(FakeConditionalFormatCollection, {
  count: { get: (t) => t.sheet.conditionalFormats.filter((cf) => intersects(cf.area, t.area)).length },
});

export class FakeConditionalFormat extends FakeClientObject<CFT> {
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, {
      resolve: () => {
        const t = this._use();
        return { sheet: t.sheet, area: t.cf.area };
      },
    });
  }

  delete(): void {
    this._op('delete', [], (t) => {
      t.sheet.assertEditable();
      t.cf.deleted = true;
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}
defineProps<CFT>(FakeConditionalFormat, {
  type: { get: (t) => t.cf.type },
  id: { get: (t) => t.cf.id },
});

function ofType(self: FakeClientObject<CFT>, type: 'CellValue' | 'Custom'): CFT {
  const t = self._use();
  if (t.cf.type !== type) throw new FakeOfficeError('InvalidOperation', `This conditional format is of type ${t.cf.type}, not ${type}.`);
  return t;
}

defineNavs<CFT>(FakeConditionalFormat, {
  cellValue: (self) => new FakeCellValueConditionalFormat(self.context, `${self._path}.cellValue`, { resolve: () => ofType(self, 'CellValue') }),
  custom: (self) => new FakeCustomConditionalFormat(self.context, `${self._path}.custom`, { resolve: () => ofType(self, 'Custom') }),
});

function editCf(t: CFT): ConditionalFormatModel {
  t.sheet.assertEditable();
  return t.cf;
}

export class FakeCellValueConditionalFormat extends FakeClientObject<CFT> {}
defineProps<CFT>(FakeCellValueConditionalFormat, {
  rule: {
    get: (t) => ({ ...t.cf.rule }),
    set: (t, v) => {
      const r = v as { formula1?: unknown; formula2?: unknown; operator?: unknown };
      if (!r || typeof r !== 'object') throw invalid('rule must be an object');
      const operator = oneOf(r.operator, CF_OPERATORS, 'conditional format operator');
      if (typeof r.formula1 !== 'string' || r.formula1 === '') throw invalid('rule.formula1 must be text');
      if ((operator === 'Between' || operator === 'NotBetween') && typeof r.formula2 !== 'string') throw invalid('rule.formula2 is needed for Between');
      editCf(t).rule = { formula1: r.formula1, operator, ...(typeof r.formula2 === 'string' ? { formula2: r.formula2 } : {}) };
    },
  },
});

export class FakeCustomConditionalFormat extends FakeClientObject<CFT> {}

export class FakeConditionalFormatRule extends FakeClientObject<CFT> {}
defineProps<CFT>(FakeConditionalFormatRule, {
  formula: {
    get: (t) => t.cf.rule.formula ?? '',
    set: (t, v) => {
      if (typeof v !== 'string' || !v.startsWith('=')) throw invalid('A custom rule is a formula starting with =');
      editCf(t).rule = { formula: v };
    },
  },
});

export class FakeConditionalRangeFormat extends FakeClientObject<CFT> {}
export class FakeConditionalRangeFont extends FakeClientObject<CFT> {}
defineProps<CFT>(FakeConditionalRangeFont, {
  bold: { get: (t) => t.cf.format.bold ?? null, set: (t, v) => void (editCf(t).format.bold = bool(v, 'bold')) },
  italic: { get: (t) => t.cf.format.italic ?? null, set: (t, v) => void (editCf(t).format.italic = bool(v, 'italic')) },
  color: { get: (t) => t.cf.format.fontColor ?? null, set: (t, v) => void (editCf(t).format.fontColor = normaliseColor(v, 'font.color')) },
});
export class FakeConditionalRangeFill extends FakeClientObject<CFT> {
  clear(): void {
    this._op('clear', [], (t) => void delete editCf(t).format.fill);
  }
}
defineProps<CFT>(FakeConditionalRangeFill, {
  color: { get: (t) => t.cf.format.fill ?? null, set: (t, v) => void (editCf(t).format.fill = normaliseColor(v, 'fill.color')) },
});
defineNavs<CFT>(FakeConditionalRangeFormat, {
  font: (self) => new FakeConditionalRangeFont(self.context, `${self._path}.font`, { resolve: () => self._use() }),
  fill: (self) => new FakeConditionalRangeFill(self.context, `${self._path}.fill`, { resolve: () => self._use() }),
});
const cfFormat = (self: FakeClientObject<CFT>): FakeConditionalRangeFormat =>
  new FakeConditionalRangeFormat(self.context, `${self._path}.format`, { resolve: () => self._use() });
defineNavs<CFT>(FakeCellValueConditionalFormat, { format: cfFormat });
defineNavs<CFT>(FakeCustomConditionalFormat, {
  format: cfFormat,
  rule: (self) => new FakeConditionalFormatRule(self.context, `${self._path}.rule`, { resolve: () => self._use() }),
});

// =====================================================================================================
// Worksheets

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  private range(member: string, args: unknown[], f: (s: SheetModel) => Area, api?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}(${args.map(q).join(',')})`, {
      api,
      resolve: () => {
        const s = this._use();
        return { sheet: s, area: f(s) };
      },
    });
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', address === undefined ? [] : [address], (s) => {
      if (address === undefined || address === '') return { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };
      const { sheet } = splitSheet(address);
      if (sheet !== null && !sameName(sheet, s.name)) throw invalid(`The address ${address} is on another sheet.`);
      return parseArea(address);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [startRow, startColumn, rowCount, columnCount], () => checkArea(startRow, startColumn, rowCount, columnCount), '1.7');
  }

  getCell(row: number, column: number): FakeRange {
    return this.range('getCell', [row, column], () => checkArea(row, column, 1, 1));
  }

  private usedRange(member: string, valuesOnly: boolean | undefined, orNull: boolean): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}(${q(valuesOnly ?? false)})`, {
      api: orNull ? '1.4' : undefined,
      resolve: () => {
        const s = this._use();
        const u = s.usedArea(valuesOnly === true);
        if (!u) return orNull ? null : { sheet: s, area: { top: 0, left: 0, rows: 1, cols: 1 } };
        return { sheet: s, area: u };
      },
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.usedRange('getUsedRangeOrNullObject', valuesOnly, true);
  }

  delete(): void {
    this._op('delete', [], (s) => wb(this).deleteSheet(s));
  }

  activate(): void {
    this._op('activate', [], (s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `The sheet "${s.name}" is hidden and cannot be activated.`);
      const model = wb(this);
      model.active = s;
      model.selection = { sheet: s, area: { top: 0, left: 0, rows: 1, cols: 1 } };
    });
  }
}

defineProps<SheetModel>(FakeWorksheet, {
  name: { get: (s) => s.name, set: (s, v, self) => {
    wb(self).checkSheetName(v, s);
    s.name = v as string;
  } },
  id: { get: (s) => s.id },
  position: { get: (s, self) => wb(self).sheets.indexOf(s), set: (s, v, self) => wb(self).moveSheet(s, v) },
  visibility: { get: (s) => s.visibility, set: (s, v, self) => wb(self).setVisibility(s, v) },
  tabColor: {
    get: (s) => s.tabColor ?? '',
    set: (s, v) => {
      s.tabColor = v === '' ? null : normaliseColor(v, 'tabColor');
    },
    api: '1.7',
  },
  showGridlines: { get: (s) => s.showGridlines, set: (s, v) => void (s.showGridlines = bool(v, 'showGridlines')), api: '1.8' },
  standardWidth: {
    get: (s) => s.standardWidth,
    set: (s, v) => {
      s.standardWidth = num(v, 'standardWidth', 0, 255);
    },
    api: '1.7',
  },
  standardHeight: { get: () => DEFAULT_ROW_HEIGHT_PT, api: '1.7' },
});

defineNavs<SheetModel>(FakeWorksheet, {
  protection: (self) => new FakeWorksheetProtection(self.context, `${self._path}.protection`, { api: '1.2', resolve: () => self._use() }),
  freezePanes: (self) => new FakeFreezePanes(self.context, `${self._path}.freezePanes`, { api: '1.7', resolve: () => self._use() }),
  tables: (self) => new FakeTableCollection(self.context, `${self._path}.tables`, { resolve: () => ({ sheet: self._use() }) }),
  charts: (self) => new FakeChartCollection(self.context, `${self._path}.charts`, { resolve: () => self._use() }),
  pageLayout: (self) => new FakePageLayout(self.context, `${self._path}.pageLayout`, { api: '1.9', resolve: () => self._use() }),
});

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel> {
  protected _itemModels(m: WorkbookModel): SheetModel[] {
    return m.sheets;
  }

  protected _wrap(s: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${q(s.id)})`, { target: s });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${q(key)})`, {
      resolve: () => {
        const s = this._use().findSheet(key);
        if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${key}".`);
        return s;
      },
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItemOrNullObject(${q(key)})`, {
      api: '1.4',
      resolve: () => this._use().findSheet(key) ?? null,
    });
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.add(${name === undefined ? '' : q(name)})`, {
      action: true,
      resolve: () => this._use().addSheet(name),
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, { resolve: () => this._use().active });
  }
}
defineProps<WorkbookModel>(FakeWorksheetCollection, { count: { get: (m) => m.sheets.length } });

export class FakeWorksheetProtection extends FakeClientObject<SheetModel> {
  protect(options?: Record<string, unknown>, password?: string): void {
    this._op('protect', [options ?? null, password === undefined ? null : '***'], (s) => {
      if (s.protection.protected) throw new FakeOfficeError('InvalidOperation', `The sheet "${s.name}" is already protected.`);
      if (options !== undefined && (typeof options !== 'object' || options === null)) throw invalid('protection options must be an object');
      s.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }

  unprotect(password?: string): void {
    this._op('unprotect', [password === undefined ? null : '***'], (s) => {
      s.protection = { protected: false, options: {} };
    }, password === undefined ? '1.2' : '1.7');
  }
}
defineProps<SheetModel>(FakeWorksheetProtection, {
  protected: { get: (s) => s.protection.protected },
  options: { get: (s) => ({ ...s.protection.options }) },
});

export class FakeFreezePanes extends FakeClientObject<SheetModel> {
  freezeRows(count?: number): void {
    this._op('freezeRows', [count ?? 1], (s) => {
      s.freeze = { rows: num(count ?? 1, 'rows to freeze', 0, MAX_ROWS - 1, true), columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this._op('freezeColumns', [count ?? 1], (s) => {
      s.freeze = { rows: 0, columns: num(count ?? 1, 'columns to freeze', 0, MAX_COLUMNS - 1, true) };
    });
  }

  freezeAt(frozenRange: unknown): void {
    this._op('freezeAt', [frozenRange], (s) => {
      const { area } = rangeArg(this, frozenRange, s);
      s.freeze = {
        rows: isWholeColumns(area) ? 0 : area.top + area.rows,
        columns: isWholeRows(area) ? 0 : area.left + area.cols,
      };
    });
  }

  unfreeze(): void {
    this._op('unfreeze', [], (s) => {
      s.freeze = null;
    });
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocationOrNullObject()`, {
      resolve: () => {
        const s = this._use();
        const f = s.freeze;
        if (!f || (f.rows === 0 && f.columns === 0)) return null;
        const area: Area =
          f.columns === 0
            ? { top: 0, left: 0, rows: f.rows, cols: MAX_COLUMNS }
            : f.rows === 0
              ? { top: 0, left: 0, rows: MAX_ROWS, cols: f.columns }
              : { top: 0, left: 0, rows: f.rows, cols: f.columns };
        return { sheet: s, area };
      },
    });
  }
}

// -----------------------------------------------------------------------------------------------------
// Page layout (ExcelApi 1.9)

const PAPER = ['A3', 'A4', 'A5', 'Letter', 'Legal', 'Tabloid'];
type HF = keyof PageLayoutModel['headerFooter'];

function layout(s: SheetModel): PageLayoutModel {
  s.pageLayout.touched = true;
  return s.pageLayout;
}

export class FakePageLayout extends FakeClientObject<SheetModel> {
  setPrintTitleRows(rows: unknown): void {
    this._op('setPrintTitleRows', [rows], (s) => {
      const { area } = rangeArg(this, rows, s);
      if (!isWholeRows(area)) throw invalid('Print title rows must be entire rows, e.g. $1:$3.');
      layout(s).printTitleRows = `$${area.top + 1}:$${area.top + area.rows}`;
    }, '1.9');
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getPrintTitleRowsOrNullObject()`, {
      api: '1.9',
      resolve: () => {
        const s = this._use();
        return s.pageLayout.printTitleRows ? { sheet: s, area: parseArea(s.pageLayout.printTitleRows) } : null;
      },
    });
  }

  setPrintArea(area: unknown): void {
    this._op('setPrintArea', [area], (s) => {
      const r = rangeArg(this, area, s);
      layout(s).printArea = areaText(r.area);
    }, '1.9');
  }

  getPrintAreaOrNullObject(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getPrintAreaOrNullObject()`, {
      api: '1.9',
      resolve: () => {
        const s = this._use();
        return s.pageLayout.printArea ? { sheet: s, area: parseArea(s.pageLayout.printArea) } : null;
      },
    });
  }
}
defineProps<SheetModel>(FakePageLayout, {
  orientation: { get: (s) => s.pageLayout.orientation, set: (s, v) => void (layout(s).orientation = oneOf(v, ['Portrait', 'Landscape'], 'orientation')), api: '1.9' },
  paperSize: { get: (s) => s.pageLayout.paperSize, set: (s, v) => void (layout(s).paperSize = oneOf(v, PAPER, 'paperSize')), api: '1.9' },
  zoom: {
    get: (s) => ({ ...s.pageLayout.zoom }),
    set: (s, v) => {
      const z = v as { horizontalFitToPages?: unknown; verticalFitToPages?: unknown; scale?: unknown };
      if (!z || typeof z !== 'object') throw invalid('zoom must be an object');
      const out: PageLayoutModel['zoom'] = {};
      if (z.scale !== undefined) out.scale = num(z.scale, 'zoom.scale', 10, 400, true);
      if (z.horizontalFitToPages !== undefined) out.horizontalFitToPages = num(z.horizontalFitToPages, 'horizontalFitToPages', 0, 32767, true);
      if (z.verticalFitToPages !== undefined) out.verticalFitToPages = num(z.verticalFitToPages, 'verticalFitToPages', 0, 32767, true);
      if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
        throw invalid('zoom takes either a scale or fit-to-pages, not both');
      }
      layout(s).zoom = out;
    },
    api: '1.9',
  },
  printGridlines: { get: () => false, set: (s, v) => void (bool(v, 'printGridlines'), layout(s)), api: '1.9' },
  centerHorizontally: { get: () => false, set: (s, v) => void (bool(v, 'centerHorizontally'), layout(s)), api: '1.9' },
});

export class FakeHeaderFooterGroup extends FakeClientObject<SheetModel> {}
export class FakeHeaderFooter extends FakeClientObject<SheetModel> {}
const hfProps: Record<string, { get: (s: SheetModel) => unknown; set: (s: SheetModel, v: unknown) => void; api: string }> = {};
for (const k of ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as HF[]) {
  hfProps[k] = {
    get: (s) => s.pageLayout.headerFooter[k],
    set: (s, v) => {
      if (typeof v !== 'string' || v.length > 255) throw invalid(`${k} must be text of at most 255 characters`);
      layout(s).headerFooter[k] = v;
    },
    api: '1.9',
  };
}
defineProps<SheetModel>(FakeHeaderFooter, hfProps);
defineNavs<SheetModel>(FakeHeaderFooterGroup, {
  defaultForAllPages: (self) => new FakeHeaderFooter(self.context, `${self._path}.defaultForAllPages`, { api: '1.9', resolve: () => self._use() }),
});
defineNavs<SheetModel>(FakePageLayout, {
  headersFooters: (self) => new FakeHeaderFooterGroup(self.context, `${self._path}.headersFooters`, { api: '1.9', resolve: () => self._use() }),
});

// =====================================================================================================
// Tables

type TableScope = { sheet: SheetModel | null };

function tablesIn(m: WorkbookModel, scope: TableScope): TableModel[] {
  return m.tables.filter((t) => !t.deleted && (scope.sheet === null || t.sheet === scope.sheet));
}

export class FakeTableCollection extends FakeCollection<TableScope, TableModel> {
  protected _itemModels(scope: TableScope): TableModel[] {
    return tablesIn(wb(this), scope);
  }

  protected _wrap(t: TableModel): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${q(t.id)})`, { target: t });
  }

  add(address: unknown, hasHeaders: boolean): FakeTable {
    return new FakeTable(this.context, `${this._path}.add(${q(address instanceof FakeClientObject ? { ref: address._path } : address)},${q(hasHeaders)})`, {
      action: true,
      resolve: () => {
        const scope = this._use();
        const model = wb(this);
        let target: RT;
        if (address instanceof FakeRange) target = address._use();
        else if (typeof address === 'string') {
          const { sheet } = splitSheet(address);
          const s = sheet ? model.findSheet(sheet) : scope.sheet;
          if (!s) throw invalid(`The address ${address} names no sheet.`);
          if (scope.sheet && s !== scope.sheet) throw invalid('The address is on another sheet.');
          target = { sheet: s, area: parseArea(address) };
        } else throw invalid('tables.add needs an address or a Range.');
        target.sheet.assertEditable();
        return model.addTable(target.sheet, target.area, hasHeaders === true);
      },
    });
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${q(key)})`, {
      resolve: () => {
        const t = tablesIn(wb(this), this._use()).find((x) => sameName(x.name, key) || x.id === key);
        if (!t) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: table "${key}".`);
        return t;
      },
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItemOrNullObject(${q(key)})`, {
      api: '1.4',
      resolve: () => tablesIn(wb(this), this._use()).find((x) => sameName(x.name, key) || x.id === key) ?? null,
    });
  }
}
defineProps<TableScope>(FakeTableCollection, { count: { get: (scope, self) => tablesIn(wb(self), scope).length } });

function bodyArea(t: TableModel): Area {
  return { top: t.area.top + 1, left: t.area.left, rows: t.area.rows - 1 - (t.showTotals ? 1 : 0), cols: t.area.cols };
}

export class FakeTable extends FakeClientObject<TableModel> {
  private part(member: string, f: (t: TableModel) => Area, api?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}()`, {
      api,
      resolve: () => {
        const t = this._use();
        return { sheet: t.sheet, area: f(t) };
      },
    });
  }

  getRange(): FakeRange {
    return this.part('getRange', (t) => t.area);
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (t) => ({ ...t.area, rows: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', bodyArea);
  }

  getTotalRowRange(): FakeRange {
    return this.part('getTotalRowRange', (t) => {
      if (!t.showTotals) throw new FakeOfficeError('InvalidOperation', 'The table has no total row.');
      return { ...t.area, top: t.area.top + t.area.rows - 1, rows: 1 };
    });
  }

  delete(): void {
    this._op('delete', [], (t) => {
      t.sheet.assertEditable();
      const model = wb(this);
      t.deleted = true;
      model.tables = model.tables.filter((x) => x !== t);
      model.clear(t.sheet, t.area, 'All');
    });
  }

  convertToRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.convertToRange()`, {
      api: '1.2',
      action: true,
      resolve: () => {
        const t = this._use();
        t.sheet.assertEditable();
        const model = wb(this);
        t.deleted = true;
        model.tables = model.tables.filter((x) => x !== t);
        return { sheet: t.sheet, area: t.area };
      },
    });
  }

  resize(newRange: unknown): void {
    this._op('resize', [newRange], (t) => {
      const r = rangeArg(this, newRange, t.sheet);
      t.sheet.assertEditable();
      if (r.sheet !== t.sheet) throw invalid('A table cannot be resized onto another sheet.');
      if (r.area.top !== t.area.top || !intersects(r.area, t.area)) {
        throw invalid('The header row must stay in the same row and the new range must overlap the table.');
      }
      if (r.area.rows < 2 || isUnbounded(r.area)) throw invalid('A table needs a header row and at least one body row.');
      for (const other of t.sheet.tables()) {
        if (other !== t && intersects(other.area, r.area)) throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
      }
      for (const m of t.sheet.merges) if (intersects(m, r.area)) throw new FakeOfficeError('InvalidOperation', 'A table cannot contain merged cells.');
      t.area = r.area;
      wb(this).normaliseHeaders(t);
    }, '1.13');
  }
}
defineProps<TableModel>(FakeTable, {
  name: { get: (t) => t.name, set: (t, v, self) => {
    wb(self).checkTableName(v, t);
    t.name = v as string;
  } },
  id: { get: (t) => t.id },
  showHeaders: { get: () => true },
  showTotals: {
    get: (t) => t.showTotals,
    set: (t, v) => {
      const on = bool(v, 'showTotals');
      if (on === t.showTotals) return;
      t.sheet.assertEditable();
      if (on && t.area.top + t.area.rows >= MAX_ROWS) throw invalid('No room for a total row.');
      t.area = { ...t.area, rows: t.area.rows + (on ? 1 : -1) };
      t.showTotals = on;
    },
  },
  style: {
    get: (t) => t.style,
    set: (t, v) => {
      if (typeof v !== 'string' || !/^(TableStyle(Light|Medium|Dark)\d{1,2}|)$/.test(v)) throw invalid(`Unknown table style: ${String(v)}`);
      t.style = v;
    },
  },
});

type RowT = { table: TableModel; index: number };
type ColT = { table: TableModel; index: number };

export class FakeTableRowCollection extends FakeCollection<TableModel, RowT> {
  protected _itemModels(t: TableModel): RowT[] {
    return Array.from({ length: bodyArea(t).rows }, (_, index) => ({ table: t, index }));
  }

  protected _wrap(r: RowT): FakeTableRow {
    return new FakeTableRow(this.context, `${this._path}.getItemAt(${r.index})`, { target: r });
  }

  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): FakeTableRow {
    return new FakeTableRow(this.context, `${this._path}.add(${q(index ?? null)},${q(alwaysInsert ?? null)})`, {
      action: true,
      resolve: () => {
        const t = this._use();
        t.sheet.assertEditable();
        let rows: unknown[][] | null = null;
        if (values !== undefined && values !== null) {
          if (!Array.isArray(values) || values.length === 0) throw shapeError();
          rows = expect2D(values, { top: 0, left: 0, rows: values.length, cols: t.area.cols });
          precheck(rows);
        }
        const count = rows ? rows.length : 1;
        const model = wb(this);
        const top = model.addTableRows(t, index, count);
        if (rows) {
          for (let r = 0; r < rows.length; r++) {
            for (let c = 0; c < rows[r].length; c++) model.writeInput(t.sheet, top + r, t.area.left + c, rows[r][c]);
          }
        }
        return { table: t, index: top - t.area.top - 1 };
      },
    });
  }

  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this._path}.getItemAt(${index})`, {
      resolve: () => {
        const t = this._use();
        if (!Number.isInteger(index) || index < 0 || index >= bodyArea(t).rows) throw new FakeOfficeError('ItemNotFound', `No table row ${index}.`);
        return { table: t, index };
      },
    });
  }
}
defineProps<TableModel>(FakeTableRowCollection, { count: { get: (t) => bodyArea(t).rows } });

export class FakeTableRow extends FakeClientObject<RowT> {
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, {
      resolve: () => {
        const r = this._use();
        return { sheet: r.table.sheet, area: { top: r.table.area.top + 1 + r.index, left: r.table.area.left, rows: 1, cols: r.table.area.cols } };
      },
    });
  }

  delete(): void {
    this._op('delete', [], (r) => {
      const t = r.table;
      wb(this).deleteUp(t.sheet, { top: t.area.top + 1 + r.index, left: t.area.left, rows: 1, cols: t.area.cols });
    });
  }
}
defineProps<RowT>(FakeTableRow, {
  index: { get: (r) => r.index },
  values: {
    get: (r, self) => [Array.from({ length: r.table.area.cols }, (_, c) => wb(self).apiValue(r.table.sheet, r.table.area.top + 1 + r.index, r.table.area.left + c))],
    set: (r, v, self) => setCells(self, { sheet: r.table.sheet, area: { top: r.table.area.top + 1 + r.index, left: r.table.area.left, rows: 1, cols: r.table.area.cols } }, v),
  },
});

export class FakeTableColumnCollection extends FakeCollection<TableModel, ColT> {
  protected _itemModels(t: TableModel): ColT[] {
    return Array.from({ length: t.area.cols }, (_, index) => ({ table: t, index }));
  }

  protected _wrap(c: ColT): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.getItemAt(${c.index})`, { target: c });
  }

  /** Appends a column at the right end of the table (index null/-1 or equal to the column count). */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.add(${q(index ?? null)},…,${q(name ?? null)})`, {
      action: true,
      resolve: () => {
        const t = this._use();
        t.sheet.assertEditable();
        const at = index === null || index === undefined || index === -1 ? t.area.cols : index;
        if (at !== t.area.cols) throw invalid('The fake adds table columns at the right end only.');
        const col = t.area.left + t.area.cols;
        if (col >= MAX_COLUMNS) throw invalid('No room for another column.');
        for (let r = t.area.top; r < t.area.top + t.area.rows; r++) {
          const cell = t.sheet.cell(r, col);
          if (cell && (cell.v !== null || cell.f !== null)) throw new FakeOfficeError('InsertDeleteConflict', 'The column right of the table is not empty.');
        }
        for (const other of t.sheet.tables()) {
          if (other !== t && intersects(other.area, { top: t.area.top, left: col, rows: t.area.rows, cols: 1 })) {
            throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.');
          }
        }
        const model = wb(this);
        if (values !== undefined && values !== null) {
          const rows = expect2D(values, { top: 0, left: 0, rows: t.area.rows, cols: 1 });
          precheck(rows);
          rows.forEach((row, r) => model.writeInput(t.sheet, t.area.top + r, col, row[0]));
        }
        t.area = { ...t.area, cols: t.area.cols + 1 };
        if (name !== undefined && name !== null) {
          const cell = t.sheet.ensureCell(t.area.top, col);
          cell.v = String(name);
          cell.f = null;
        }
        model.normaliseHeaders(t);
        return { table: t, index: at };
      },
    });
  }

  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.getItemAt(${index})`, {
      resolve: () => {
        const t = this._use();
        if (!Number.isInteger(index) || index < 0 || index >= t.area.cols) throw new FakeOfficeError('ItemNotFound', `No table column ${index}.`);
        return { table: t, index };
      },
    });
  }
}
defineProps<TableModel>(FakeTableColumnCollection, { count: { get: (t) => t.area.cols } });

export class FakeTableColumn extends FakeClientObject<ColT> {
  private part(member: string, f: (t: TableModel, col: number) => Area): FakeRange {
    return new FakeRange(this.context, `${this._path}.${member}()`, {
      resolve: () => {
        const c = this._use();
        return { sheet: c.table.sheet, area: f(c.table, c.table.area.left + c.index) };
      },
    });
  }

  getRange(): FakeRange {
    return this.part('getRange', (t, col) => ({ top: t.area.top, left: col, rows: t.area.rows, cols: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (t, col) => ({ ...bodyArea(t), left: col, cols: 1 }));
  }

  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (t, col) => ({ top: t.area.top, left: col, rows: 1, cols: 1 }));
  }

  /** Deletes the column: the cells right of it, inside the table's rows, move left. */
  delete(): void {
    this._op('delete', [], (c) => {
      const t = c.table;
      t.sheet.assertEditable();
      if (t.area.cols === 1) throw new FakeOfficeError('InvalidOperation', 'A table keeps at least one column.');
      const col = t.area.left + c.index;
      const lastCol = t.area.left + t.area.cols - 1;
      for (let r = t.area.top; r < t.area.top + t.area.rows; r++) {
        const row = t.sheet.rows[r];
        if (!row) continue;
        for (let x = col; x < lastCol; x++) {
          if (row[x + 1]) row[x] = row[x + 1];
          else delete row[x];
        }
        delete row[lastCol];
      }
      t.area = { ...t.area, cols: t.area.cols - 1 };
    });
  }
}
defineProps<ColT>(FakeTableColumn, {
  index: { get: (c) => c.index },
  name: {
    get: (c, self) => String(wb(self).apiValue(c.table.sheet, c.table.area.top, c.table.area.left + c.index)),
    set: (c, v, self) => {
      if (typeof v !== 'string' || v === '') throw invalid('A column name is non-empty text.');
      c.table.sheet.assertEditable();
      const cell = c.table.sheet.ensureCell(c.table.area.top, c.table.area.left + c.index);
      cell.v = v;
      cell.f = null;
      wb(self).normaliseHeaders(c.table);
    },
  },
});

defineNavs<TableModel>(FakeTable, {
  rows: (self) => new FakeTableRowCollection(self.context, `${self._path}.rows`, { resolve: () => self._use() }),
  columns: (self) => new FakeTableColumnCollection(self.context, `${self._path}.columns`, { resolve: () => self._use() }),
  worksheet: (self) => new FakeWorksheet(self.context, `${self._path}.worksheet`, { api: '1.2', resolve: () => self._use().sheet }),
});

// =====================================================================================================
// Charts

type ChartT = { sheet: SheetModel; chart: ChartModel };
type SeriesT = { chart: ChartModel; series: SeriesModel };

export class FakeChartCollection extends FakeCollection<SheetModel, ChartT> {
  protected _itemModels(s: SheetModel): ChartT[] {
    return s.charts.filter((c) => !c.deleted).map((chart) => ({ sheet: s, chart }));
  }

  protected _wrap(c: ChartT): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItem(${q(c.chart.id)})`, { target: c });
  }

  add(type: string, sourceData: unknown, seriesBy?: string): FakeChart {
    return new FakeChart(this.context, `${this._path}.add(${q(type)},${q(sourceData instanceof FakeClientObject ? { ref: sourceData._path } : sourceData)},${q(seriesBy ?? 'Auto')})`, {
      action: true,
      resolve: () => {
        const s = this._use();
        s.assertEditable();
        if (!CHART_TYPES.has(type)) throw invalid(`Unknown chart type: ${String(type)}`);
        const by = oneOf(seriesBy ?? 'Auto', ['Auto', 'Columns', 'Rows'], 'seriesBy');
        if (!(sourceData instanceof FakeRange)) throw invalid('charts.add needs a Range as source data.');
        const src = sourceData._use();
        if (isUnbounded(src.area)) throw invalid('The fake does not chart entire rows or columns.');
        const byColumns = by === 'Columns' || (by === 'Auto' && src.area.rows >= src.area.cols);
        const n = byColumns ? src.area.cols : src.area.rows;
        const series: SeriesModel[] = Array.from({ length: n }, (_, i) => ({
          name: `Series${i + 1}`,
          values: {
            sheet: src.sheet,
            area: byColumns
              ? { top: src.area.top, left: src.area.left + i, rows: src.area.rows, cols: 1 }
              : { top: src.area.top + i, left: src.area.left, rows: 1, cols: src.area.cols },
          },
          xValues: null,
          deleted: false,
        }));
        const model = wb(this);
        const chart: ChartModel = {
          id: model.newId('chart'),
          name: `Chart ${model.sheets.reduce((k, x) => k + x.charts.length, 0) + 1}`,
          type,
          title: { text: '', visible: false },
          series,
          position: { from: 'A1', to: null },
          valueAxis: { numberFormat: 'General', title: '', titleVisible: false },
          categoryAxis: { numberFormat: 'General', title: '', titleVisible: false },
          legend: { position: 'Right', visible: true },
          deleted: false,
        };
        s.charts.push(chart);
        return { sheet: s, chart };
      },
    });
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItem(${q(name)})`, {
      resolve: () => {
        const s = this._use();
        const chart = s.charts.find((c) => !c.deleted && c.name === name);
        if (!chart) throw new FakeOfficeError('ItemNotFound', `No chart named "${name}".`);
        return { sheet: s, chart };
      },
    });
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItemOrNullObject(${q(name)})`, {
      api: '1.4',
      resolve: () => {
        const s = this._use();
        const chart = s.charts.find((c) => !c.deleted && c.name === name);
        return chart ? { sheet: s, chart } : null;
      },
    });
  }
}
defineProps<SheetModel>(FakeChartCollection, { count: { get: (s) => s.charts.filter((c) => !c.deleted).length } });

function cellText(v: unknown, sheet: SheetModel): string {
  const r = typeof v === 'string' ? v : v instanceof FakeRange ? v._use() : null;
  if (r === null) throw invalid('Expected a cell address or Range.');
  if (typeof r === 'string') {
    const a = parseArea(r);
    return areaText({ ...a, rows: 1, cols: 1 });
  }
  if (r.sheet !== sheet) throw invalid('The position is on another sheet.');
  return areaText({ ...r.area, rows: 1, cols: 1 });
}

export class FakeChart extends FakeClientObject<ChartT> {
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._op('setPosition', [startCell, endCell ?? null], (c) => {
      c.sheet.assertEditable();
      c.chart.position = { from: cellText(startCell, c.sheet), to: endCell === undefined || endCell === null ? null : cellText(endCell, c.sheet) };
    });
  }

  delete(): void {
    this._op('delete', [], (c) => {
      c.sheet.assertEditable();
      c.chart.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c.chart);
    });
  }
}
defineProps<ChartT>(FakeChart, {
  name: {
    get: (c) => c.chart.name,
    set: (c, v) => {
      if (typeof v !== 'string' || v === '' || v.length > 255) throw invalid('A chart name is text of 1–255 characters.');
      c.chart.name = v;
    },
  },
  id: { get: (c) => c.chart.id },
  chartType: {
    get: (c) => c.chart.type,
    set: (c, v) => {
      if (typeof v !== 'string' || !CHART_TYPES.has(v)) throw invalid(`Unknown chart type: ${String(v)}`);
      c.chart.type = v;
    },
    api: '1.7',
  },
});

export class FakeChartTitle extends FakeClientObject<ChartT> {}
defineProps<ChartT>(FakeChartTitle, {
  text: {
    get: (c) => c.chart.title.text,
    set: (c, v) => {
      if (typeof v !== 'string' || v.length > 255) throw invalid('A chart title is text of at most 255 characters.');
      c.chart.title = { text: v, visible: v !== '' };
    },
  },
  visible: { get: (c) => c.chart.title.visible, set: (c, v) => void (c.chart.title.visible = bool(v, 'title.visible')) },
});

export class FakeChartLegend extends FakeClientObject<ChartT> {}
defineProps<ChartT>(FakeChartLegend, {
  position: {
    get: (c) => c.chart.legend.position,
    set: (c, v) => void (c.chart.legend.position = oneOf(v, ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'], 'legend position')),
  },
  visible: { get: (c) => c.chart.legend.visible, set: (c, v) => void (c.chart.legend.visible = bool(v, 'legend.visible')) },
});

type AxisT = ChartT & { which: 'valueAxis' | 'categoryAxis' };
export class FakeChartAxes extends FakeClientObject<ChartT> {}
export class FakeChartAxis extends FakeClientObject<AxisT> {}
export class FakeChartAxisTitle extends FakeClientObject<AxisT> {}
defineProps<AxisT>(FakeChartAxis, {
  numberFormat: {
    get: (a) => a.chart[a.which].numberFormat,
    set: (a, v) => {
      if (typeof v !== 'string') throw invalid('An axis number format is text.');
      a.chart[a.which].numberFormat = v;
    },
    api: '1.8',
  },
});
defineProps<AxisT>(FakeChartAxisTitle, {
  text: {
    get: (a) => a.chart[a.which].title,
    set: (a, v) => {
      if (typeof v !== 'string') throw invalid('An axis title is text.');
      a.chart[a.which].title = v;
      a.chart[a.which].titleVisible = v !== '';
    },
  },
  visible: { get: (a) => a.chart[a.which].titleVisible, set: (a, v) => void (a.chart[a.which].titleVisible = bool(v, 'axis title visible')) },
});
defineNavs<AxisT>(FakeChartAxis, {
  title: (self) => new FakeChartAxisTitle(self.context, `${self._path}.title`, { resolve: () => self._use() }),
});
defineNavs<ChartT>(FakeChartAxes, {
  valueAxis: (self) => new FakeChartAxis(self.context, `${self._path}.valueAxis`, { resolve: () => ({ ...self._use(), which: 'valueAxis' }) }),
  categoryAxis: (self) => new FakeChartAxis(self.context, `${self._path}.categoryAxis`, { resolve: () => ({ ...self._use(), which: 'categoryAxis' }) }),
});

export class FakeChartSeriesCollection extends FakeCollection<ChartT, SeriesT> {
  protected _itemModels(c: ChartT): SeriesT[] {
    return c.chart.series.filter((s) => !s.deleted).map((series) => ({ chart: c.chart, series }));
  }

  protected _wrap(s: SeriesT, i: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.getItemAt(${i})`, { target: s });
  }

  add(name?: string, index?: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.add(${q(name ?? null)},${q(index ?? null)})`, {
      action: true,
      api: '1.7',
      resolve: () => {
        const c = this._use();
        c.sheet.assertEditable();
        const series: SeriesModel = { name: name ?? `Series${c.chart.series.length + 1}`, values: null, xValues: null, deleted: false };
        const live = c.chart.series.filter((s) => !s.deleted);
        const at = index === undefined || index === null ? live.length : num(index, 'series index', 0, live.length, true);
        c.chart.series = [...live.slice(0, at), series, ...live.slice(at)];
        return { chart: c.chart, series };
      },
    });
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.getItemAt(${index})`, {
      resolve: () => {
        const c = this._use();
        const live = c.chart.series.filter((s) => !s.deleted);
        if (!Number.isInteger(index) || index < 0 || index >= live.length) throw new FakeOfficeError('ItemNotFound', `No series ${index}.`);
        return { chart: c.chart, series: live[index] };
      },
    });
  }
}
defineProps<ChartT>(FakeChartSeriesCollection, { count: { get: (c) => c.chart.series.filter((s) => !s.deleted).length } });

function lineOfCells(self: FakeClientObject, v: unknown, sheet: SheetModel): { sheet: SheetModel; area: Area } {
  const r = rangeArg(self, v, sheet);
  if (isUnbounded(r.area) || (r.area.rows !== 1 && r.area.cols !== 1)) throw invalid('Series data is one row or one column.');
  return r;
}

export class FakeChartSeries extends FakeClientObject<SeriesT> {
  private sheetOf(s: SeriesT): SheetModel {
    const owner = wb(this).sheets.find((sh) => sh.charts.includes(s.chart));
    if (!owner) throw new FakeOfficeError('ItemNotFound', 'The chart no longer exists.');
    return owner;
  }

  setValues(sourceData: unknown): void {
    this._op('setValues', [sourceData], (s) => {
      s.series.values = lineOfCells(this, sourceData, this.sheetOf(s));
    }, '1.7');
  }

  setXAxisValues(sourceData: unknown): void {
    this._op('setXAxisValues', [sourceData], (s) => {
      s.series.xValues = lineOfCells(this, sourceData, this.sheetOf(s));
    }, '1.7');
  }

  delete(): void {
    this._op('delete', [], (s) => {
      s.series.deleted = true;
      s.chart.series = s.chart.series.filter((x) => x !== s.series);
    }, '1.7');
  }
}
defineProps<SeriesT>(FakeChartSeries, {
  name: {
    get: (s) => s.series.name,
    set: (s, v) => {
      if (typeof v !== 'string' || v.length > 255) throw invalid('A series name is text of at most 255 characters.');
      s.series.name = v;
    },
  },
});

defineNavs<ChartT>(FakeChart, {
  title: (self) => new FakeChartTitle(self.context, `${self._path}.title`, { resolve: () => self._use() }),
  legend: (self) => new FakeChartLegend(self.context, `${self._path}.legend`, { resolve: () => self._use() }),
  axes: (self) => new FakeChartAxes(self.context, `${self._path}.axes`, { resolve: () => self._use() }),
  series: (self) => new FakeChartSeriesCollection(self.context, `${self._path}.series`, { resolve: () => self._use() }),
  worksheet: (self) => new FakeWorksheet(self.context, `${self._path}.worksheet`, { resolve: () => self._use().sheet }),
});

// =====================================================================================================
// Workbook and application

export class FakeApplication extends FakeClientObject<WorkbookModel> {
  suspendApiCalculationUntilNextSync(): void {
    this._op('suspendApiCalculationUntilNextSync', [], (m) => {
      m.calculationSuspensions++;
      this.context.env.stats.calculationSuspensions++;
    }, '1.6');
  }
}
defineProps<WorkbookModel>(FakeApplication, { calculationMode: { get: () => 'Automatic' } });

export class FakeWorkbook extends FakeClientObject<WorkbookModel> {
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getSelectedRange()`, {
      resolve: () => {
        const m = this._use();
        return { sheet: m.selection.sheet, area: m.selection.area };
      },
    });
  }

  getActiveCell(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getActiveCell()`, {
      api: '1.7',
      resolve: () => {
        const m = this._use();
        return { sheet: m.selection.sheet, area: { top: m.selection.area.top, left: m.selection.area.left, rows: 1, cols: 1 } };
      },
    });
  }
}
defineNavs<WorkbookModel>(FakeWorkbook, {
  worksheets: (self) => new FakeWorksheetCollection(self.context, `${self._path}.worksheets`, { resolve: () => self._use() }),
  tables: (self) => new FakeTableCollection(self.context, `${self._path}.tables`, { resolve: () => ({ sheet: null }) }),
  application: (self) => new FakeApplication(self.context, `${self._path}.application`, { resolve: () => self._use() }),
});

export function makeWorkbookProxy(ctx: FakeRequestContext): FakeWorkbook {
  return new FakeWorkbook(ctx, 'workbook', { target: ctx.env.model } as Source<WorkbookModel>);
}

export { DEFAULT_COLUMN_WIDTH_PT };
