/**
 * An in-memory WorkbookPort holding only the add-in's data tables and settings, counting every call,
 * so tests can assert how the forecast service writes (upserts, never a rewrite of a table for an edit).
 * Sheet specs and ranges are not supported (the forecast service does not use them).
 */
import type {
  CellValue,
  DataTableDef,
  HostInfo,
  RangeData,
  RowChunk,
  SettingValue,
  SheetInfo,
  TableData,
  TableRowUpdate,
  WorkbookPort,
} from '../../src/core/port';

interface Table {
  def: DataTableDef;
  headers: string[];
  rows: CellValue[][];
}

export type PortCall = 'readTable' | 'replaceTable' | 'appendTableRows' | 'updateTableRows' | 'getSettings' | 'setSettings';

export class MemoryPort implements WorkbookPort {
  readonly tables = new Map<string, Table>();
  settings: Record<string, SettingValue> = {};
  readonly calls: { op: PortCall; table?: string; rows?: number }[] = [];

  constructor(readonly userName = 'Test') {}

  /** Calls of one kind (optionally on one table). */
  count(op: PortCall, table?: string): number {
    return this.calls.filter((c) => c.op === op && (table === undefined || c.table === table)).length;
  }

  /** Rows of a table (copies), [] when missing. */
  rows(name: string): CellValue[][] {
    return (this.tables.get(name.toLowerCase())?.rows ?? []).map((r) => [...r]);
  }

  /** A deep copy (the same workbook "saved and opened again"). */
  clone(): MemoryPort {
    const p = new MemoryPort(this.userName);
    for (const [k, t] of this.tables) p.tables.set(k, { def: t.def, headers: [...t.headers], rows: t.rows.map((r) => [...r]) });
    p.settings = JSON.parse(JSON.stringify(this.settings)) as Record<string, SettingValue>;
    return p;
  }

  async host(): Promise<HostInfo> {
    return { kind: 'file', userName: this.userName };
  }
  async listSheets(): Promise<SheetInfo[]> {
    return [...this.tables.values()].map((t) => ({ name: t.def.sheet, visibility: t.def.visibility }));
  }
  async readRange(): Promise<RangeData> {
    throw new Error('MemoryPort: readRange not supported');
  }
  // eslint-disable-next-line require-yield
  async *readRangeChunks(): AsyncIterable<RowChunk> {
    throw new Error('MemoryPort: readRangeChunks not supported');
  }
  async getSelection(): Promise<null> {
    return null;
  }
  async writeSheets(): Promise<void> {
    throw new Error('MemoryPort: writeSheets not supported');
  }
  async deleteSheet(name: string): Promise<void> {
    for (const [k, t] of this.tables) if (t.def.sheet.toLowerCase() === name.toLowerCase()) this.tables.delete(k);
  }
  async activateSheet(): Promise<void> {}

  async readTable(name: string): Promise<TableData | null> {
    this.calls.push({ op: 'readTable', table: name });
    const t = this.tables.get(name.toLowerCase());
    if (!t) return null;
    return { name: t.def.name, sheet: t.def.sheet, headers: [...t.headers], rows: t.rows.map((r) => [...r]) };
  }
  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return [...this.tables.values()].map((t) => ({ name: t.def.name, sheet: t.def.sheet }));
  }

  private check(def: DataTableDef, rows: CellValue[][]): CellValue[][] {
    for (const r of rows) {
      if (r.length > def.columns.length) throw new Error(`${def.name}: row with ${r.length} cells for ${def.columns.length} columns`);
      for (const v of r) {
        if (v !== null && typeof v === 'object') throw new Error(`${def.name}: not a cell value: ${JSON.stringify(v)}`);
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${def.name}: not finite: ${v}`);
      }
    }
    return rows.map((r) => def.columns.map((_, i) => (r[i] === undefined ? null : r[i])));
  }

  async replaceTable(def: DataTableDef, rows: CellValue[][]): Promise<void> {
    this.calls.push({ op: 'replaceTable', table: def.name, rows: rows.length });
    this.tables.set(def.name.toLowerCase(), { def, headers: def.columns.map((c) => c.header), rows: this.check(def, rows) });
  }
  async appendTableRows(def: DataTableDef, rows: CellValue[][]): Promise<void> {
    this.calls.push({ op: 'appendTableRows', table: def.name, rows: rows.length });
    const t = this.tables.get(def.name.toLowerCase());
    if (!t) this.tables.set(def.name.toLowerCase(), { def, headers: def.columns.map((c) => c.header), rows: this.check(def, rows) });
    else t.rows.push(...this.check(def, rows));
  }
  async updateTableRows(def: DataTableDef, updates: TableRowUpdate[]): Promise<void> {
    this.calls.push({ op: 'updateTableRows', table: def.name, rows: updates.length });
    const t = this.tables.get(def.name.toLowerCase());
    if (!t) throw new Error(`MemoryPort: table ${def.name} does not exist`);
    for (const u of updates) {
      if (!Number.isInteger(u.index) || u.index < 0 || u.index >= t.rows.length) throw new Error(`MemoryPort: row ${u.index} out of range`);
      t.rows[u.index] = this.check(def, [u.values])[0];
    }
  }

  async getSettings(): Promise<Record<string, SettingValue>> {
    this.calls.push({ op: 'getSettings' });
    return JSON.parse(JSON.stringify(this.settings)) as Record<string, SettingValue>;
  }
  async setSettings(patch: Record<string, SettingValue>): Promise<void> {
    this.calls.push({ op: 'setSettings' });
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete this.settings[k];
      else this.settings[k] = JSON.parse(JSON.stringify(v)) as SettingValue;
    }
  }
}
