/**
 * The Workbook port on Office.js (see src/core/port.ts for each method's contract).
 *
 * Constructed with the `Excel` namespace and isSetSupported, so it runs on the real Office.js and on the
 * test fake (test/fake). Every write is validated whole before the first request (validate.ts), planned
 * as steps (plan.ts) and sent in requests below 4 MB (batch.ts). Reads go in chunks of rows so each
 * response stays well below Excel on the web's 5 MB; a chunk that is still too large is halved and retried.
 */
import { parseRange } from '../core/a1';
import { throwIfCancelled, UserError } from '../core/errors';
import { isBlankRow, SETTINGS_TABLE } from '../core/model/tables';
import type {
  CellValue,
  ChunkReadOptions,
  DataTableDef,
  HostInfo,
  RangeData,
  ReadOptions,
  RowChunk,
  SettingValue,
  SheetInfo,
  SheetSpec,
  TableData,
  TableRowUpdate,
  WorkbookPort,
  WriteOptions,
} from '../core/port';
import { EXCEL_LIMITS } from '../core/port';
import { runSteps, type ExcelHost, type IsSetSupported, type Step } from './batch';
import { formulaOf, fromExcelValue, type ExcelInput } from './cells';
import { visibilityFromExcel, type Features } from './format';
import {
  appendTableSteps,
  createTableSteps,
  replaceTableSteps,
  sheetSteps,
  structureStep,
  toRows,
  updateTableSteps,
  type SheetTarget,
  type TableState,
} from './plan';
import { Problems, same, validateSheetSpecs, validateTableRows, validateTableSheet, type WorkbookState } from './validate';

/** ExcelApi versions probed by host(), newest first. */
export const EXCEL_API_VERSIONS = ['1.20', '1.19', '1.18', '1.17', '1.16', '1.15', '1.14', '1.13', '1.12', '1.11', '1.10', '1.9', '1.8', '1.7'];

/** Cells per read request: ~1–2 MB of typical ledger data, well below the 5 MB response limit. */
export const READ_CELLS = 100_000;

interface ExcelError {
  code?: string;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as ExcelError | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** 'Sheet'!A1:B2 → { sheet, address }. */
export function splitAddress(full: string): { sheet: string; address: string } {
  const bang = full.lastIndexOf('!');
  if (bang < 0) return { sheet: '', address: full };
  let sheet = full.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: full.slice(bang + 1) };
}

interface Area {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  address: string | null;
}

export class ExcelWorkbook implements WorkbookPort {
  constructor(
    private readonly excel: ExcelHost,
    private readonly isSetSupported: IsSetSupported,
  ) {}

  private features(): Features {
    return {
      api18: this.isSetSupported('ExcelApi', '1.8'),
      api19: this.isSetSupported('ExcelApi', '1.9'),
      api113: this.isSetSupported('ExcelApi', '1.13'),
    };
  }

  async host(): Promise<HostInfo> {
    const apiVersion = EXCEL_API_VERSIONS.find((v) => this.isSetSupported('ExcelApi', v));
    return { kind: 'excel', ...(apiVersion ? { apiVersion } : {}) };
  }

  // ---------------------------------------------------------------------------------------------------
  // Reading

  private async state(): Promise<WorkbookState & { active: string | null }> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/position');
      const tables = context.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      return {
        sheets: sheets.items.map((s) => ({ name: s.name, visibility: visibilityFromExcel(s.visibility), position: s.position })),
        tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
        active: active.name,
      };
    });
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visibility: visibilityFromExcel(s.visibility) }));
    });
  }

  /** Where a read goes: the given address, or the used range (values only); null for an empty sheet. */
  private async locate(sheet: string, address: string | undefined): Promise<Area | null> {
    if (address !== undefined) {
      try {
        parseRange(address);
      } catch {
        throw new UserError('port.address.invalid', { address, sheet });
      }
    }
    return this.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      ws.load('name');
      await context.sync();
      if (ws.isNullObject) throw new UserError('port.sheet.missing', { name: sheet });
      const range = address !== undefined ? ws.getRange(address) : ws.getUsedRangeOrNullObject(true);
      range.load('address,rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (range.isNullObject) return null;
      return {
        sheet: ws.name,
        top: range.rowIndex,
        left: range.columnIndex,
        rows: range.rowCount,
        cols: range.columnCount,
        address: splitAddress(range.address).address,
      };
    });
  }

  /** Reads rows [offset, offset + count) of an area: one request, halved and retried if the response is too large. */
  private async readRows(a: Area, offset: number, count: number, formulas: boolean): Promise<{ values: CellValue[][]; formulas?: string[][] }[]> {
    try {
      const part = await this.excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem(a.sheet).getRangeByIndexes(a.top + offset, a.left, count, a.cols);
        if (formulas) r.load('values,formulas');
        else r.load('values');
        await context.sync();
        const raw = r.values;
        const values = raw.map((row) => row.map(fromExcelValue));
        if (!formulas) return { values };
        const f = r.formulas.map((row, i) => row.map((x, j) => formulaOf(x, raw[i][j])));
        return { values, formulas: f };
      });
      return [part];
    } catch (e) {
      if (!isPayloadError(e) || count === 1) throw e;
      const half = Math.ceil(count / 2);
      return [...(await this.readRows(a, offset, half, formulas)), ...(await this.readRows(a, offset + half, count - half, formulas))];
    }
  }

  private async *chunks(a: Area, chunkRows: number | undefined, formulas: boolean, signal?: ChunkReadOptions['signal']): AsyncGenerator<{ rowOffset: number; values: CellValue[][]; formulas?: string[][] }> {
    const perChunk = Math.max(1, Math.min(chunkRows ?? Infinity, Math.floor(READ_CELLS / Math.max(1, a.cols)) / (formulas ? 2 : 1)));
    const step = Math.max(1, Math.floor(perChunk));
    for (let offset = 0; offset < a.rows; offset += step) {
      throwIfCancelled(signal);
      const count = Math.min(step, a.rows - offset);
      let at = offset;
      for (const part of await this.readRows(a, offset, count, formulas)) {
        yield { rowOffset: at, values: part.values, ...(part.formulas ? { formulas: part.formulas } : {}) };
        at += part.values.length;
      }
    }
  }

  async readRange(sheet: string, address?: string, options: ReadOptions = {}): Promise<RangeData> {
    const a = await this.locate(sheet, address);
    if (!a) return { address: null, values: [], ...(options.formulas ? { formulas: [] } : {}) };
    const values: CellValue[][] = [];
    const formulas: string[][] = [];
    for await (const c of this.chunks(a, undefined, options.formulas === true)) {
      for (const row of c.values) values.push(row);
      if (c.formulas) for (const row of c.formulas) formulas.push(row);
    }
    return { address: a.address, values, ...(options.formulas ? { formulas } : {}) };
  }

  async *readRangeChunks(sheet: string, address?: string, options: ChunkReadOptions = {}): AsyncIterable<RowChunk> {
    const a = await this.locate(sheet, address);
    if (!a) return;
    for await (const c of this.chunks(a, options.chunkRows, false, options.signal)) yield { rowOffset: c.rowOffset, values: c.values };
  }

  async getSelection(): Promise<{ sheet: string; address: string } | null> {
    try {
      return await this.excel.run(async (context) => {
        const r = context.workbook.getSelectedRange();
        r.load('address');
        await context.sync();
        return splitAddress(r.address);
      });
    } catch {
      // A chart or shape is selected, or the host has no selection.
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Sheets

  async writeSheets(specs: SheetSpec[], options: WriteOptions = {}): Promise<void> {
    if (specs.length === 0 && !options.activate) return;
    const state = await this.state();
    validateSheetSpecs(specs, state);
    const afterNames = new Map<string, 'visible' | 'hidden' | 'veryHidden'>();
    for (const s of state.sheets) afterNames.set(s.name.toUpperCase(), s.visibility);
    for (const s of specs) afterNames.set(s.name.toUpperCase(), s.visibility ?? 'visible');
    if (options.activate !== undefined) {
      const v = afterNames.get(options.activate.toUpperCase());
      if (v === undefined) throw new UserError('port.sheet.missing', { name: options.activate });
      if (v !== 'visible') throw new UserError('port.sheet.hidden', { name: options.activate });
    }
    const f = this.features();
    const targets: SheetTarget[] = specs.map((s) => {
      const old = state.sheets.find((x) => same(x.name, s.name));
      return { name: s.name, old: old ? { name: old.name, position: old.position } : null };
    });
    const steps: Step[] = [];
    if (targets.length) steps.push(structureStep(targets, state.sheets.map((s) => s.name)));
    for (const spec of specs) steps.push(...sheetSteps(spec, f));
    // The sheet the user was on stays on top when it was replaced.
    const activate = options.activate ?? (state.active && specs.some((s) => same(s.name, state.active!) && (s.visibility ?? 'visible') === 'visible') ? specs.find((s) => same(s.name, state.active!))!.name : undefined);
    if (activate !== undefined) steps.push({ bytes: 60, cells: 0, apply: (cache) => cache.sheet(activate).activate() });
    await runSteps(this.excel, steps, options);
  }

  async deleteSheet(name: string): Promise<void> {
    const state = await this.state();
    const sheet = state.sheets.find((s) => same(s.name, name));
    if (!sheet) throw new UserError('port.sheet.missing', { name });
    if (sheet.visibility === 'visible' && state.sheets.filter((s) => s.visibility === 'visible').length === 1) {
      throw new UserError('port.sheet.lastVisible', { name: sheet.name });
    }
    await this.excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).delete();
      await context.sync();
    });
  }

  async activateSheet(name: string): Promise<void> {
    const state = await this.state();
    const sheet = state.sheets.find((s) => same(s.name, name));
    if (!sheet) throw new UserError('port.sheet.missing', { name });
    if (sheet.visibility !== 'visible') throw new UserError('port.sheet.hidden', { name: sheet.name });
    await this.excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).activate();
      await context.sync();
    });
  }

  // ---------------------------------------------------------------------------------------------------
  // Tables

  /** The table's place, headers, size and its sheet's protection; null when there is no such table. */
  private async tableState(name: string): Promise<TableState | null> {
    return this.excel.run(async (context) => {
      const t = context.workbook.tables.getItemOrNullObject(name);
      t.load('name');
      await context.sync();
      if (t.isNullObject) return null;
      const ws = t.worksheet;
      ws.load('name');
      const protection = ws.protection;
      protection.load('protected');
      const header = t.getHeaderRowRange();
      header.load('values,rowIndex,columnIndex');
      const body = t.getDataBodyRange();
      body.load('rowCount');
      const first = body.getRow(0);
      first.load('values');
      await context.sync();
      return {
        name: t.name,
        sheet: ws.name,
        headers: header.values[0].map((h) => String(h)),
        top: header.rowIndex,
        left: header.columnIndex,
        bodyRows: body.rowCount,
        empty: body.rowCount === 1 && isBlankRow(first.values[0].map(fromExcelValue)),
        protected: protection.protected,
      };
    });
  }

  async readTable(name: string): Promise<TableData | null> {
    const st = await this.tableState(name);
    if (!st) return null;
    const area: Area = { sheet: st.sheet, top: st.top + 1, left: st.left, rows: st.bodyRows, cols: st.headers.length, address: null };
    const rows: CellValue[][] = [];
    for await (const c of this.chunks(area, undefined, false)) for (const r of c.values) rows.push(r);
    while (rows.length && isBlankRow(rows[rows.length - 1])) rows.pop();
    return { name: st.name, sheet: st.sheet, headers: st.headers, rows };
  }

  /**
   * Several tables in few round trips: one finds them, one reads their headers and sizes, then the bodies of as
   * many as fit in READ_CELLS go together in one request (bigger ones are read in chunks like readTable).
   */
  async readTables(names: string[]): Promise<(TableData | null)[]> {
    if (names.length === 0) return [];
    const shapes = await this.excel.run(async (context) => {
      const items = names.map((n) => context.workbook.tables.getItemOrNullObject(n));
      for (const t of items) t.load('name');
      await context.sync();
      const parts = items.map((t) => {
        if (t.isNullObject) return null;
        const ws = t.worksheet;
        ws.load('name');
        const header = t.getHeaderRowRange();
        header.load('values,rowIndex,columnIndex');
        const body = t.getDataBodyRange();
        body.load('rowCount');
        return { t, ws, header, body };
      });
      await context.sync();
      return parts.map((p) =>
        p
          ? {
              name: p.t.name,
              sheet: p.ws.name,
              headers: p.header.values[0].map((h) => String(h)),
              area: { sheet: p.ws.name, top: p.header.rowIndex + 1, left: p.header.columnIndex, rows: p.body.rowCount, cols: p.header.values[0].length, address: null } as Area,
            }
          : null,
      );
    });
    const out: (TableData | null)[] = shapes.map((s) => (s ? { name: s.name, sheet: s.sheet, headers: s.headers, rows: [] } : null));
    // Group the small bodies into requests of at most READ_CELLS cells.
    const groups: number[][] = [];
    let current: number[] = [];
    let cells = 0;
    const big: number[] = [];
    shapes.forEach((s, i) => {
      if (!s) return;
      const n = s.area.rows * s.area.cols;
      if (n > READ_CELLS) return void big.push(i);
      if (cells + n > READ_CELLS && current.length) {
        groups.push(current);
        current = [];
        cells = 0;
      }
      current.push(i);
      cells += n;
    });
    if (current.length) groups.push(current);
    for (const g of groups) {
      try {
        const bodies = await this.readBodies(g.map((i) => shapes[i]!.area));
        g.forEach((i, k) => (out[i]!.rows = bodies[k]));
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        big.push(...g);
      }
    }
    for (const i of big) {
      const rows: CellValue[][] = [];
      for await (const c of this.chunks(shapes[i]!.area, undefined, false)) for (const r of c.values) rows.push(r);
      out[i]!.rows = rows;
    }
    for (const t of out) if (t) while (t.rows.length && isBlankRow(t.rows[t.rows.length - 1])) t.rows.pop();
    return out;
  }

  /** The values of several areas in one request. */
  private readBodies(areas: Area[]): Promise<CellValue[][][]> {
    return this.excel.run(async (context) => {
      const ranges = areas.map((a) => context.workbook.worksheets.getItem(a.sheet).getRangeByIndexes(a.top, a.left, a.rows, a.cols));
      for (const r of ranges) r.load('values');
      await context.sync();
      return ranges.map((r) => r.values.map((row) => row.map(fromExcelValue)));
    });
  }

  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return (await this.state()).tables;
  }

  /** Body rows for a write of `rows` (schema order): text with the quote prefix, at least one (blank) row. */
  private body(def: DataTableDef, rows: CellValue[][]): ExcelInput[][] {
    const width = def.columns.length;
    if (rows.length === 0) return [new Array<ExcelInput>(width).fill('')];
    return toRows(rows, width, '');
  }

  async replaceTable(def: DataTableDef, rows: CellValue[][], options: WriteOptions = {}): Promise<void> {
    const p = validateTableRows(def, rows);
    p.throwIfAny();
    const [state, st] = [await this.state(), await this.tableState(def.name)];
    validateTableSheet(def, state, st?.sheet ?? null, p);
    p.throwIfAny();
    const body = this.body(def, rows);
    let steps: Step[];
    if (st) {
      steps = replaceTableSteps(def, st, body, this.features());
    } else {
      const old = state.sheets.find((s) => same(s.name, def.sheet));
      steps = createTableSteps(def, body, { name: def.sheet, old: old ? { name: old.name, position: old.position } : null }, state.sheets.map((s) => s.name));
    }
    await runSteps(this.excel, steps, options);
  }

  async appendTableRows(def: DataTableDef, rows: CellValue[][], options: WriteOptions = {}): Promise<void> {
    const p = validateTableRows(def, rows);
    p.throwIfAny();
    const st = await this.tableState(def.name);
    if (!st) return this.replaceTable(def, rows, options);
    if (rows.length === 0) return;
    if ((st.empty ? 0 : st.bodyRows) + rows.length + st.top + 1 > EXCEL_LIMITS.maxRows) {
      throw new UserError('port.limit.rows', { sheet: st.sheet, rows: st.bodyRows + rows.length + st.top + 1 });
    }
    await runSteps(this.excel, appendTableSteps(def, st, rows), options);
  }

  async updateTableRows(def: DataTableDef, updates: TableRowUpdate[]): Promise<void> {
    const st = await this.tableState(def.name);
    if (!st) throw new UserError('port.table.missing', { table: def.name });
    const count = st.empty ? 0 : st.bodyRows;
    for (const u of updates) {
      if (!Number.isInteger(u.index) || u.index < 0 || u.index >= count) {
        throw new UserError('port.table.rowOutOfRange', { index: u.index, table: def.name, rows: count });
      }
    }
    const p = new Problems();
    validateTableRows(def, updates.map((u) => u.values), p);
    p.throwIfAny();
    if (updates.length === 0) return;
    await runSteps(this.excel, updateTableSteps(def, st, updates));
  }

  // ---------------------------------------------------------------------------------------------------
  // Settings: key → JSON text in the very hidden table SETTINGS_TABLE.

  async getSettings(): Promise<Record<string, SettingValue>> {
    const t = await this.readTable(SETTINGS_TABLE.name);
    const out: Record<string, SettingValue> = {};
    if (!t) return out;
    for (const row of t.rows) {
      const key = row[0];
      const raw = row[1];
      if (typeof key !== 'string' || key === '' || raw === null || raw === undefined) continue;
      try {
        out[key] = JSON.parse(String(raw)) as SettingValue;
      } catch {
        // Edited by hand into something that is not JSON: keep the text.
        out[key] = String(raw);
      }
    }
    return out;
  }

  async setSettings(patch: Record<string, SettingValue>): Promise<void> {
    const p = new Problems();
    const encoded = new Map<string, string | null>();
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) {
        encoded.set(key, null);
        continue;
      }
      const json = JSON.stringify(value);
      if (json.length > EXCEL_LIMITS.maxCellTextLength) p.add({ sheet: SETTINGS_TABLE.sheet, value: key }, 'port.setting.tooLarge', { key, length: json.length });
      encoded.set(key, json);
    }
    p.throwIfAny();
    const current = await this.getSettings();
    const rows: CellValue[][] = [];
    for (const key of Object.keys(current)) {
      if (!encoded.has(key)) rows.push([key, JSON.stringify(current[key])]);
      else if (encoded.get(key) !== null) rows.push([key, encoded.get(key)!]);
    }
    for (const [key, json] of encoded) {
      if (json !== null && !Object.prototype.hasOwnProperty.call(current, key)) rows.push([key, json]);
    }
    await this.replaceTable(SETTINGS_TABLE, rows);
  }
}

