/**
 * The Workbook port over an .xlsx file held in memory (ExcelJS), for the CLI and the browser preview.
 * Same semantics as the Office.js adapter (see src/core/port.ts and the contract suite in test/contract):
 * - every write is validated first and refused with a UserError leaving the workbook as it was; sheets are
 *   built off to the side and swapped in only when complete, so a failure or a cancel changes nothing;
 * - strings are always text, formulas only from { formula }, written without results (the workbook asks
 *   Excel and LibreOffice for a full calculation on load);
 * - tables and charts are kept in the adapter's own registries and written into the package after ExcelJS
 *   (see package.ts); chart specs ride along in a very hidden sheet so they survive load → save.
 * Browser-safe: no Node built-ins here (Node helpers live in ./node).
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { parseRange, rangeAddress, type RangeRef } from '../core/a1';
import { CancelledError, throwIfCancelled, UserError } from '../core/errors';
import { cellText, columnIndexes, isBlankRow, SETTINGS_TABLE } from '../core/model/tables';
import {
  EXCEL_LIMITS,
  type CellValue,
  type ChartSpec,
  type ChunkReadOptions,
  type DataTableDef,
  type HostInfo,
  type RangeData,
  type ReadOptions,
  type RowChunk,
  type SettingValue,
  type SheetInfo,
  type SheetSpec,
  type SheetVisibility,
  type TableData,
  type TableRowUpdate,
  type WorkbookPort,
  type WriteOptions,
} from '../core/port';
import { readCell, readFormula, VALUE_TYPE } from './cellValue';
import { addChartStore, CHART_STORE_SHEET, readChartStore, type StoredChart } from './chartStore';
import type { ChartData } from './chartParts';
import { buildDataTableSheet, KIND_FORMAT, writeRows } from './dataTables';
import { detachPlainRows, FastPathMismatch, sharedStringsAppender, spliceRows, type DetachedRows } from './fastRows';
import { internals } from './internals';
import { readForeignCharts, type ForeignChart } from './foreignCharts';
import { loadExcelJS, loadJSZip, type ExcelJSModule, type ZipArchive } from './libs';
import { addSheetExtras, fixDefinedNames, readPackageExtras, readPackageSheets, workbookPart, type PackageSheet, type SheetExtras } from './package';
import { applySheetSpec, type WriteTicker } from './sheetWriter';
import { bodyOf, refText, type TableEntry } from './tableParts';
import { checkRange, checkSheetName, checkTableRows, Problems, tableNameOk, validateSheetSpecs } from './validate';
import { encodeOoxmlText, needsOoxmlEscape } from './xml';

export interface WorkbookChange {
  /** What changed: sheets written or deleted, table rows, settings, the active sheet. */
  kind: 'sheets' | 'deleted' | 'table' | 'settings' | 'activated';
  /** Names of the sheets concerned. */
  sheets: string[];
}

export type ChangeListener = (change: WorkbookChange) => void;

const DEFAULT_FILE_NAME = 'arbetsbok.xlsx';
const DEFAULT_CHUNK_ROWS = 10_000;
/** Cells between progress reports (and pauses that let a browser repaint). */
const PROGRESS_EVERY = 50_000;

interface RegisteredTable {
  entry: TableEntry;
  ws: Worksheet;
}

const lower = (s: string) => s.toLowerCase();

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class XlsxWorkbook implements WorkbookPort {
  /** Tables by lower-case name. */
  private readonly tables = new Map<string, RegisteredTable>();
  /** Charts per worksheet, in spec order. */
  private readonly charts = new Map<Worksheet, ChartSpec[]>();
  /** Charts of a loaded file the adapter did not write, kept as they were. */
  private readonly foreignCharts = new Map<Worksheet, ForeignChart[]>();
  private readonly listeners = new Set<ChangeListener>();
  private tempCounter = 0;

  private constructor(
    private readonly lib: ExcelJSModule,
    /** The ExcelJS workbook (for inspection in tests and the preview's sheet viewer; write through the port). */
    readonly workbook: Workbook,
    /** The file name used in messages. */
    readonly fileName: string,
  ) {}

  /** A new workbook with one visible sheet, "Blad1". */
  static async create(fileName = DEFAULT_FILE_NAME): Promise<XlsxWorkbook> {
    const lib = await loadExcelJS();
    const wb = new lib.Workbook();
    wb.creator = 'IFO Prognos';
    wb.addWorksheet('Blad1');
    return new XlsxWorkbook(lib, wb, fileName);
  }

  /** Opens an .xlsx file's bytes. Not a zip/xlsx → UserError port.file.notXlsx; other failures port.file.unreadable. */
  static async load(bytes: Uint8Array, fileName = DEFAULT_FILE_NAME): Promise<XlsxWorkbook> {
    const [lib, JSZip] = await Promise.all([loadExcelJS(), loadJSZip()]);
    if (!isZip(bytes)) throw new UserError('port.file.notXlsx', { file: fileName });
    let zip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw new UserError('port.file.notXlsx', { file: fileName });
    }
    if (!(await workbookPart(zip))) throw new UserError('port.file.notXlsx', { file: fileName });
    const wb = new lib.Workbook();
    try {
      // ExcelJS's typings ask for its Buffer; in Node and in the browser build it reads any Uint8Array (via JSZip).
      await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
      const sheets = await readPackageSheets(zip);
      const x = new XlsxWorkbook(lib, wb, fileName);
      x.adoptLoaded(await readPackageExtras(zip, sheets));
      await x.keepForeignCharts(zip, sheets);
      return x;
    } catch (e) {
      throw new UserError('port.file.unreadable', { file: fileName, message: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Keeps the charts of the file that the adapter did not write (ExcelJS would drop them). */
  private async keepForeignCharts(zip: ZipArchive, sheets: PackageSheet[]): Promise<void> {
    for (const ws of this.workbook.worksheets) {
      const sheet = sheets.find((s) => s.name === ws.name);
      if (!sheet) continue;
      const ours = new Set((this.charts.get(ws) ?? []).map((c) => c.name));
      const kept = await readForeignCharts(zip, sheet, ours);
      if (kept.length) this.foreignCharts.set(ws, kept);
    }
  }

  /** Takes over the tables and charts found in the package; ExcelJS's own table models are dropped. */
  private adoptLoaded(extras: Awaited<ReturnType<typeof readPackageExtras>>): void {
    const store = this.workbook.worksheets.find((w) => w.name === CHART_STORE_SHEET);
    let stored: StoredChart[] = [];
    if (store) {
      stored = readChartStore(store);
      this.workbook.removeWorksheet(store.id);
    }
    for (const ws of this.workbook.worksheets) {
      internals(ws).tables = {};
      for (const entry of extras.tables.get(ws.name) ?? []) {
        if (!this.tables.has(lower(entry.name))) this.tables.set(lower(entry.name), { entry, ws });
      }
      const present = extras.chartNames.get(ws.name);
      const specs = stored.filter((c) => c.sheet === ws.name && present?.has(c.spec.name)).map((c) => c.spec);
      if (specs.length) this.charts.set(ws, specs);
    }
  }

  private async saveNow(): Promise<Uint8Array> {
    try {
      return await this.render(true);
    } catch (e) {
      // ExcelJS wrote something the fast path did not expect: write everything through ExcelJS.
      if (e instanceof FastPathMismatch) return this.render(false);
      throw e;
    }
  }

  private async render(fast: boolean): Promise<Uint8Array> {
    const JSZip = await loadJSZip();
    const wb = this.workbook;
    const stored: StoredChart[] = [];
    for (const ws of wb.worksheets) for (const spec of this.charts.get(ws) ?? []) stored.push({ sheet: ws.name, spec });
    const store = stored.length && !this.sheet(CHART_STORE_SHEET) ? addChartStore(wb, stored) : null;
    const detached: DetachedRows[] = [];
    let restore = () => {};
    let buffer: Uint8Array;
    try {
      if (fast) {
        for (const ws of wb.worksheets) {
          const d = detachPlainRows(ws);
          if (d) detached.push(d);
        }
      }
      restore = this.escapeStrings();
      wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
      // Stored, not deflated: the package is opened again below and compressed once at the end.
      // ExcelJS types its result as its own Buffer; it is a Node Buffer or (browser build) a Uint8Array.
      buffer = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof wb.xlsx.writeBuffer>[0])) as unknown as Uint8Array;
    } finally {
      restore();
      for (const d of detached) d.restore();
      if (store) wb.removeWorksheet(store.id);
    }
    const zip = await JSZip.loadAsync(buffer);
    if (detached.length) {
      const parts = new Map((await readPackageSheets(zip)).map((s) => [s.name, s.part]));
      const strings = await sharedStringsAppender(zip);
      for (const d of detached) {
        const part = parts.get(d.ws.name);
        if (!part) throw new FastPathMismatch(`no part for ${d.ws.name}`);
        await spliceRows(zip, part, d, strings, this.date1904);
      }
      await strings.flush();
    }
    const extras: SheetExtras[] = wb.worksheets.map((ws) => ({
      sheet: ws.name,
      tables: this.tablesOf(ws),
      charts: (this.charts.get(ws) ?? []).map((spec) => ({ spec, data: this.chartData(ws, spec) })),
      foreign: this.foreignCharts.get(ws) ?? [],
    }));
    await addSheetExtras(zip, extras);
    await fixDefinedNames(zip, wb.worksheets.map((w) => w.name));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }

  /**
   * ExcelJS drops characters XML cannot carry and writes `_xHHHH_` text as it is, which readers then decode.
   * For the save, such strings are replaced by their OOXML escape (ExcelJS decodes it again on load);
   * the returned function puts the originals back.
   */
  private escapeStrings(): () => void {
    const changed: [Cell, string][] = [];
    for (const ws of this.workbook.worksheets) {
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type !== VALUE_TYPE.String) return;
          const v = cell.value;
          if (typeof v === 'string' && needsOoxmlEscape(v)) {
            changed.push([cell, v]);
            cell.value = encodeOoxmlText(v);
          }
        });
      });
    }
    return () => {
      for (const [cell, v] of changed) cell.value = v;
    };
  }

  /** Listens to every change made through the port (the preview re-renders on it). Returns the unsubscribe. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: WorkbookChange): void {
    for (const l of this.listeners) l(change);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Inspection helpers (tests, preview)

  /** The ExcelJS worksheet of that name (case-insensitive), or undefined. */
  worksheet(name: string): Worksheet | undefined {
    return this.sheet(name);
  }

  /** Tables on a sheet with their ranges. */
  tablesOn(sheet: string): { name: string; range: string }[] {
    const ws = this.sheet(sheet);
    return ws ? this.tablesOf(ws).map((t) => ({ name: t.name, range: refText(t.ref) })) : [];
  }

  /** Names of the charts on a sheet kept from the loaded file (not written by the adapter). */
  keptChartsOn(sheet: string): string[] {
    const ws = this.sheet(sheet);
    return ws ? (this.foreignCharts.get(ws) ?? []).map((c) => c.name) : [];
  }

  /** Chart specs on a sheet as they will be written. */
  chartsOn(sheet: string): ChartSpec[] {
    const ws = this.sheet(sheet);
    return ws ? [...(this.charts.get(ws) ?? [])] : [];
  }

  // ------------------------------------------------------------------------------------------------------------
  // One operation at a time. A save takes rows out of the model and puts them back, and a write builds its
  // sheet off to the side across an await; a call arriving meanwhile waits its turn instead of seeing that.

  private tail: Promise<unknown> = Promise.resolve();

  private run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Writes the workbook as .xlsx bytes (tables and charts included). */
  save(): Promise<Uint8Array> {
    return this.run(() => this.saveNow());
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run(() => this.listSheetsNow());
  }

  readRange(sheet: string, address?: string, options?: ReadOptions): Promise<RangeData> {
    return this.run(() => this.readRangeNow(sheet, address, options));
  }

  readTable(name: string): Promise<TableData | null> {
    return this.run(() => this.readTableNow(name));
  }

  readTables(names: string[]): Promise<(TableData | null)[]> {
    return this.run(async () => {
      const out: (TableData | null)[] = [];
      for (const n of names) out.push(await this.readTableNow(n));
      return out;
    });
  }

  listTables(): Promise<{ name: string; sheet: string }[]> {
    return this.run(() => this.listTablesNow());
  }

  getSettings(): Promise<Record<string, SettingValue>> {
    return this.run(() => this.getSettingsNow());
  }

  writeSheets(specs: SheetSpec[], options?: WriteOptions): Promise<void> {
    return this.run(() => this.writeSheetsNow(specs, options));
  }

  deleteSheet(name: string): Promise<void> {
    return this.run(() => this.deleteSheetNow(name));
  }

  activateSheet(name: string): Promise<void> {
    return this.run(() => this.activateSheetNow(name));
  }

  replaceTable(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void> {
    return this.run(() => this.replaceTableNow(def, rows, options));
  }

  appendTableRows(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void> {
    return this.run(() => this.appendTableRowsNow(def, rows, options));
  }

  updateTableRows(def: DataTableDef, updates: TableRowUpdate[]): Promise<void> {
    return this.run(() => this.updateTableRowsNow(def, updates));
  }

  setSettings(patch: Record<string, SettingValue>): Promise<void> {
    return this.run(() => this.setSettingsNow(patch));
  }

  // ------------------------------------------------------------------------------------------------------------
  // Port: reading

  async host(): Promise<HostInfo> {
    return { kind: 'file' };
  }

  private async listSheetsNow(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state as SheetVisibility }));
  }

  async getSelection(): Promise<{ sheet: string; address: string } | null> {
    return null;
  }

  private async readRangeNow(sheet: string, address?: string, options?: ReadOptions): Promise<RangeData> {
    const ws = this.requireSheet(sheet);
    const r = this.rangeToRead(ws, address);
    if (!r) return { address: null, values: [], ...(options?.formulas ? { formulas: [] } : {}) };
    const values = this.readValues(ws, r);
    const out: RangeData = { address: rangeAddress(r), values };
    if (options?.formulas) out.formulas = this.readFormulas(ws, r);
    return out;
  }

  async *readRangeChunks(sheet: string, address?: string, options?: ChunkReadOptions): AsyncIterable<RowChunk> {
    const r = await this.run(() => this.rangeToRead(this.requireSheet(sheet), address));
    if (!r) return;
    const size = Math.max(1, Math.floor(options?.chunkRows ?? DEFAULT_CHUNK_ROWS));
    for (let offset = 0; offset < r.rows; offset += size) {
      throwIfCancelled(options?.signal);
      const rows = Math.min(size, r.rows - offset);
      // Each chunk is read between other operations, never while a save or a write is half done.
      const values = await this.run(() => {
        const current = this.requireSheet(sheet);
        return this.readValues(current, { ...r, top: r.top + offset, rows });
      });
      yield { rowOffset: offset, values };
    }
  }

  private async readTableNow(name: string): Promise<TableData | null> {
    const t = this.tables.get(lower(name));
    if (!t) return null;
    const { entry, ws } = t;
    const headers: string[] = [];
    if (entry.headerRow) {
      const row = this.readValues(ws, { ...entry.ref, rows: 1 })[0];
      row.forEach((v, j) => headers.push(v === null ? entry.columns[j] ?? '' : cellText(v)));
    } else {
      headers.push(...entry.columns);
    }
    const body = bodyOf(entry);
    const rows = body.rows ? this.readValues(ws, { top: body.top, left: entry.ref.left, rows: body.rows, cols: entry.ref.cols }) : [];
    let n = rows.length;
    while (n > 0 && isBlankRow(rows[n - 1])) n--;
    rows.length = n;
    return { name: entry.name, sheet: ws.name, headers, rows };
  }

  private async listTablesNow(): Promise<{ name: string; sheet: string }[]> {
    const out: { name: string; sheet: string }[] = [];
    for (const ws of this.workbook.worksheets) for (const t of this.tablesOf(ws)) out.push({ name: t.name, sheet: ws.name });
    return out;
  }

  private async getSettingsNow(): Promise<Record<string, SettingValue>> {
    const data = await this.readTableNow(SETTINGS_TABLE.name);
    const out: Record<string, SettingValue> = {};
    if (!data) return out;
    const [keyCol, valueCol] = columnIndexes(SETTINGS_TABLE, data.headers);
    for (const row of data.rows) {
      const key = cellText(row[keyCol]);
      if (!key) continue;
      const raw = row[valueCol];
      if (typeof raw !== 'string') {
        out[key] = raw ?? null;
        continue;
      }
      try {
        out[key] = JSON.parse(raw) as SettingValue;
      } catch {
        out[key] = raw;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Port: writing

  private async writeSheetsNow(specs: SheetSpec[], options?: WriteOptions): Promise<void> {
    throwIfCancelled(options?.signal);
    validateSheetSpecs(specs, this.state());
    const total = specs.reduce((n, s) => n + (s.blocks ?? []).reduce((m, b) => m + (b.rows ?? []).reduce((k, r) => k + (r?.length ?? 0), 0), 0), 0);
    const built: { spec: SheetSpec; ws: Worksheet; tables: TableEntry[]; charts: ChartSpec[] }[] = [];
    try {
      for (const spec of specs) {
        const ws = this.addTempSheet();
        built.push({ spec, ws, tables: [], charts: [] });
        const extras = applySheetSpec(ws, spec, this.ticker(total, options));
        built[built.length - 1].tables = extras.tables;
        built[built.length - 1].charts = extras.charts;
      }
      await this.checkpoint(options);
    } catch (e) {
      for (const b of built) b.ws.destroy();
      throw e;
    }
    for (const b of built) this.swapIn(b.ws, b.spec.name, b.tables, b.charts);
    if (options?.activate) this.activate(options.activate);
    this.ensureVisibleActive();
    this.emit({ kind: 'sheets', sheets: specs.map((s) => s.name) });
  }

  private async deleteSheetNow(name: string): Promise<void> {
    const ws = this.requireSheet(name);
    const visible = this.workbook.worksheets.filter((w) => w.state === 'visible');
    if (ws.state === 'visible' && visible.length === 1) throw new UserError('port.sheet.lastVisible', { name: ws.name });
    // The active sheet stays active though its index moves.
    const active = this.workbook.worksheets[this.workbook.views?.[0]?.activeTab ?? 0];
    this.forget(ws);
    ws.destroy();
    if (active && active !== ws) this.activate(active.name);
    this.ensureVisibleActive();
    this.emit({ kind: 'deleted', sheets: [ws.name] });
  }

  private async activateSheetNow(name: string): Promise<void> {
    const ws = this.requireSheet(name);
    this.activate(ws.name);
    this.emit({ kind: 'activated', sheets: [ws.name] });
  }

  private async replaceTableNow(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void> {
    throwIfCancelled(options?.signal);
    const existing = this.tables.get(lower(def.name));
    const target = existing ? existing.ws.name : def.sheet;
    const p = new Problems();
    if (!tableNameOk(def.name)) p.add({ sheet: target, value: def.name }, 'port.tableName.invalid', { name: def.name });
    if (!existing) checkSheetName(def.sheet, p);
    checkTableRows(def, target, rows, 1, p);
    if (def.visibility !== 'visible') {
      const othersVisible = this.workbook.worksheets.some((w) => w.state === 'visible' && lower(w.name) !== lower(target));
      if (!othersVisible) p.add({ sheet: target }, 'port.sheet.lastVisible', { name: target });
    }
    p.throwIfAny();

    const ws = this.addTempSheet();
    let entry: TableEntry;
    try {
      entry = buildDataTableSheet(ws, def, rows, this.ticker(rows.length * def.columns.length, options));
      await this.checkpoint(options);
    } catch (e) {
      ws.destroy();
      throw e;
    }
    this.swapIn(ws, target, [entry], []);
    this.ensureVisibleActive();
    this.emit({ kind: 'table', sheets: [target] });
  }

  private async appendTableRowsNow(def: DataTableDef, rows: CellValue[][], options?: WriteOptions): Promise<void> {
    throwIfCancelled(options?.signal);
    const t = this.tables.get(lower(def.name));
    if (!t) return this.replaceTableNow(def, rows, options);
    if (rows.length === 0) return;
    const { entry, ws } = t;
    const idx = columnIndexes(def, entry.columns);
    const columnOf = idx.map((i) => entry.ref.left + i);
    const count = this.dataRowCount(entry, ws);
    const body = bodyOf(entry);
    const start = body.top + count;
    const p = new Problems();
    checkTableRows(def, ws.name, rows, start, p, columnOf);
    if (start + rows.length + (entry.totalsRow ? 1 : 0) > EXCEL_LIMITS.maxRows) {
      p.add({ sheet: ws.name }, 'port.limit.rows', { sheet: ws.name, rows: start + rows.length + (entry.totalsRow ? 1 : 0) });
    }
    p.throwIfAny();

    // A totals row moves down below the new rows.
    const totalsTop = entry.ref.top + entry.ref.rows - 1;
    const totals = entry.totalsRow ? this.takeRow(ws, totalsTop, entry.ref.left, entry.ref.cols) : null;
    const formats = def.columns.map((c) => KIND_FORMAT[c.kind]);
    writeRows(ws, rows, start, columnOf, formats, this.ticker(rows.length * columnOf.length, options));
    const bodyRows = Math.max(count + rows.length, body.rows);
    const newRows = (entry.headerRow ? 1 : 0) + bodyRows + (entry.totalsRow ? 1 : 0);
    entry.ref = { ...entry.ref, rows: newRows };
    if (totals) this.putRow(ws, entry.ref.top + entry.ref.rows - 1, entry.ref.left, totals);
    this.emit({ kind: 'table', sheets: [ws.name] });
  }

  private async updateTableRowsNow(def: DataTableDef, updates: TableRowUpdate[]): Promise<void> {
    const t = this.tables.get(lower(def.name));
    if (!t) throw new UserError('port.table.missing', { table: def.name });
    const { entry, ws } = t;
    const idx = columnIndexes(def, entry.columns);
    const columnOf = idx.map((i) => entry.ref.left + i);
    const count = this.dataRowCount(entry, ws);
    const top = bodyOf(entry).top;
    const p = new Problems();
    for (const u of updates) {
      if (!Number.isInteger(u.index) || u.index < 0 || u.index >= count) {
        p.add({ sheet: ws.name, value: String(u.index) }, 'port.table.rowOutOfRange', { index: u.index, table: entry.name, rows: count });
        continue;
      }
      checkTableRows(def, ws.name, [u.values], top + u.index, p, columnOf);
    }
    p.throwIfAny();
    const formats = def.columns.map((c) => KIND_FORMAT[c.kind]);
    for (const u of updates) writeRows(ws, [u.values], top + u.index, columnOf, formats, () => {});
    this.emit({ kind: 'table', sheets: [ws.name] });
  }

  private async setSettingsNow(patch: Record<string, SettingValue>): Promise<void> {
    const current = await this.getSettingsNow();
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete current[k];
      else current[k] = v;
    }
    const p = new Problems();
    const rows: CellValue[][] = [];
    for (const [k, v] of Object.entries(current)) {
      const json = JSON.stringify(v);
      if (json.length > EXCEL_LIMITS.maxCellTextLength) p.add({ sheet: SETTINGS_TABLE.sheet, value: k }, 'port.setting.tooLarge', { key: k, length: json.length });
      rows.push([k, json]);
    }
    p.throwIfAny();
    await this.replaceTableNow(SETTINGS_TABLE, rows);
    this.emit({ kind: 'settings', sheets: [SETTINGS_TABLE.sheet] });
  }

  // ------------------------------------------------------------------------------------------------------------
  // Internals

  private sheet(name: string): Worksheet | undefined {
    const n = lower(name);
    return this.workbook.worksheets.find((w) => lower(w.name) === n);
  }

  private requireSheet(name: string): Worksheet {
    const ws = this.sheet(name);
    if (!ws) throw new UserError('port.sheet.missing', { name });
    return ws;
  }

  private state() {
    return {
      sheets: this.workbook.worksheets.map((w) => ({ name: w.name, visibility: w.state as SheetVisibility })),
      tables: [...this.tables.values()].map((t) => ({ name: t.entry.name, sheet: t.ws.name })),
    };
  }

  private tablesOf(ws: Worksheet): TableEntry[] {
    const out: TableEntry[] = [];
    for (const t of this.tables.values()) if (t.ws === ws) out.push(t.entry);
    return out;
  }

  private addTempSheet(): Worksheet {
    let name: string;
    do name = `~ifo-ny-${++this.tempCounter}`;
    while (this.sheet(name));
    return this.workbook.addWorksheet(name);
  }

  /** Puts a finished sheet in place of the sheet of that name (keeping its position), or last. */
  private swapIn(ws: Worksheet, name: string, tables: TableEntry[], charts: ChartSpec[]): void {
    const old = this.sheet(name);
    if (old) {
      const position = internals(old).orderNo;
      this.forget(old);
      old.destroy();
      internals(ws).orderNo = position;
    } else {
      internals(ws).orderNo = this.workbook.worksheets.reduce((m, w) => Math.max(m, internals(w).orderNo), 0) + 1;
    }
    ws.name = name;
    for (const entry of tables) this.tables.set(lower(entry.name), { entry, ws });
    if (charts.length) this.charts.set(ws, charts);
  }

  /** Drops a sheet's tables and charts from the registries. */
  private forget(ws: Worksheet): void {
    for (const [k, t] of this.tables) if (t.ws === ws) this.tables.delete(k);
    this.charts.delete(ws);
    this.foreignCharts.delete(ws);
  }

  private ticker(total: number, options?: WriteOptions): WriteTicker {
    let done = 0;
    let reported = 0;
    const onProgress = options?.onProgress;
    return (cells) => {
      done += cells;
      if (onProgress && (done - reported >= PROGRESS_EVERY || done >= total)) {
        reported = done;
        onProgress({ done: Math.min(done, total), total });
      }
    };
  }

  /** Lets the host breathe after a long synchronous build and honours a cancel before anything is swapped in. */
  private async checkpoint(options?: WriteOptions): Promise<void> {
    if (options?.onProgress || options?.signal) await pause();
    if (options?.signal?.aborted) throw new CancelledError();
  }

  private activate(name: string): void {
    const ws = this.sheet(name);
    if (!ws || ws.state !== 'visible') return;
    const sheets = this.workbook.worksheets;
    const index = sheets.indexOf(ws);
    this.workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
    for (const w of sheets) {
      if (w.views?.length) w.views = w.views.map((v, i) => ({ ...v, tabSelected: i === 0 && w === ws }));
      else if (w === ws) w.views = [{ state: 'normal', tabSelected: true } as Worksheet['views'][number]];
    }
  }

  /** Excel refuses a workbook whose active sheet is hidden. */
  private ensureVisibleActive(): void {
    const sheets = this.workbook.worksheets;
    const current = sheets[this.workbook.views?.[0]?.activeTab ?? 0];
    if (current && current.state === 'visible') return;
    const first = sheets.find((w) => w.state === 'visible');
    if (first) this.activate(first.name);
  }

  /** Rows in a table's body up to its last non-blank row. */
  private dataRowCount(entry: TableEntry, ws: Worksheet): number {
    const body = bodyOf(entry);
    if (!body.rows) return 0;
    const rows = this.readValues(ws, { top: body.top, left: entry.ref.left, rows: body.rows, cols: entry.ref.cols });
    let n = rows.length;
    while (n > 0 && isBlankRow(rows[n - 1])) n--;
    return n;
  }

  /** Removes a row's cells (values and styles) and returns them, to put back elsewhere. */
  private takeRow(ws: Worksheet, top: number, left: number, cols: number): { value: Cell['value']; style: Cell['style'] }[] {
    const row = ws.getRow(top + 1);
    const out: { value: Cell['value']; style: Cell['style'] }[] = [];
    for (let j = 0; j < cols; j++) {
      const cell = row.getCell(left + j + 1);
      out.push({ value: cell.value, style: { ...cell.style } });
      cell.value = null;
    }
    return out;
  }

  private putRow(ws: Worksheet, top: number, left: number, cells: { value: Cell['value']; style: Cell['style'] }[]): void {
    const row = ws.getRow(top + 1);
    cells.forEach((c, j) => {
      const cell = row.getCell(left + j + 1);
      cell.value = c.value;
      cell.style = c.style;
    });
  }

  /** The range to read: the given address, or the sheet's used range (null when the sheet is empty). */
  private rangeToRead(ws: Worksheet, address: string | undefined): RangeRef | null {
    if (address !== undefined) {
      const p = new Problems();
      const r = checkRange(address, ws.name, p);
      p.throwIfAny();
      return r;
    }
    return this.usedRange(ws);
  }

  /** The smallest range holding every cell with a value or a formula. */
  private usedRange(ws: Worksheet): RangeRef | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    ws.eachRow((row, rowNumber) => {
      row.eachCell((cell, colNumber) => {
        if (cell.type === VALUE_TYPE.Merge) return;
        if (cell.type !== VALUE_TYPE.Formula && readCell(cell) === null) return;
        if (rowNumber - 1 < top) top = rowNumber - 1;
        if (rowNumber - 1 > bottom) bottom = rowNumber - 1;
        if (colNumber - 1 < left) left = colNumber - 1;
        if (colNumber - 1 > right) right = colNumber - 1;
      });
    });
    if (bottom < 0) return null;
    return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  private get date1904(): boolean {
    return this.workbook.properties?.date1904 === true;
  }

  private readValues(ws: Worksheet, r: RangeRef): CellValue[][] {
    const d1904 = this.date1904;
    const out: CellValue[][] = new Array(r.rows);
    for (let i = 0; i < r.rows; i++) {
      const row = ws.findRow(r.top + i + 1);
      const values: CellValue[] = new Array(r.cols);
      for (let j = 0; j < r.cols; j++) values[j] = row ? readCell(row.findCell(r.left + j + 1), d1904) : null;
      out[i] = values;
    }
    return out;
  }

  private readFormulas(ws: Worksheet, r: RangeRef): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row = ws.findRow(r.top + i + 1);
      const f: string[] = [];
      for (let j = 0; j < r.cols; j++) f.push(row ? readFormula(row.findCell(r.left + j + 1)) : '');
      out.push(f);
    }
    return out;
  }

  /** Values for a chart's caches: category labels as text, series values as numbers where known. */
  private chartData(ws: Worksheet, spec: ChartSpec): ChartData {
    const flat = (address: string) => {
      const values = this.readValues(ws, parseRange(address));
      return values.flat();
    };
    return {
      categories: flat(spec.categories).map((v) => cellText(v)),
      series: spec.series.map((s) => flat(s.values).map((v) => (typeof v === 'number' ? v : null))),
    };
  }
}

