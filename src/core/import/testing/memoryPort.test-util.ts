/**
 * A small in-memory WorkbookPort for the import's tests: sheets as 2D arrays, tables as (def, rows),
 * settings as JSON. It follows the port's conventions that the import relies on (tables by name,
 * case-insensitive; replace/append/update; settings merge; chunked reads) and counts writes.
 */
import type {
  CellValue,
  DataTableDef,
  HostInfo,
  RangeData,
  RowChunk,
  SettingValue,
  SheetInfo,
  SheetSpec,
  TableData,
  TableRowUpdate,
  WorkbookPort,
} from '../../port';
import { isFormula } from '../../port';
import { parseRange, rangeAddress } from '../../a1';

interface Table {
  def: DataTableDef;
  headers: string[];
  rows: CellValue[][];
}

export class MemoryPort implements WorkbookPort {
  sheets = new Map<string, CellValue[][]>();
  tables = new Map<string, Table>();
  settings: Record<string, SettingValue> = {};
  writes = 0;

  constructor(sheets: Record<string, CellValue[][]> = {}) {
    for (const [k, v] of Object.entries(sheets)) this.sheets.set(k, v);
  }

  /** Everything the workbook holds, as JSON (to assert "unchanged"). */
  snapshot(): string {
    return JSON.stringify({
      sheets: [...this.sheets.entries()],
      tables: [...this.tables.entries()].map(([k, t]) => [k, t.headers, t.rows]),
      settings: this.settings,
    });
  }

  async host(): Promise<HostInfo> {
    return { kind: 'file' };
  }
  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets.keys()].map((name) => ({ name, visibility: 'visible' as const }));
  }
  async readRange(sheet: string, address?: string): Promise<RangeData> {
    const rows = this.sheets.get(sheet) ?? [];
    if (!address) {
      const width = Math.max(0, ...rows.map((r) => r.length));
      if (!rows.length || !width) return { address: null, values: [] };
      return { address: rangeAddress({ top: 0, left: 0, rows: rows.length, cols: width }), values: rows.map((r) => pad(r, width)) };
    }
    const r = parseRange(address);
    const values: CellValue[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const src = rows[r.top + i] ?? [];
      const row: CellValue[] = [];
      for (let j = 0; j < r.cols; j++) row.push(src[r.left + j] ?? null);
      values.push(row);
    }
    return { address: rangeAddress(r), values };
  }
  async *readRangeChunks(sheet: string, address?: string, options?: { chunkRows?: number }): AsyncIterable<RowChunk> {
    const all = (await this.readRange(sheet, address)).values;
    const n = options?.chunkRows ?? 1000;
    for (let o = 0; o < all.length; o += n) yield { rowOffset: o, values: all.slice(o, o + n) };
  }
  async getSelection(): Promise<{ sheet: string; address: string } | null> {
    return null;
  }
  async writeSheets(specs: SheetSpec[]): Promise<void> {
    this.writes++;
    for (const s of specs) {
      const rows: CellValue[][] = [];
      for (const b of s.blocks) {
        const at = parseRange(b.at);
        b.rows.forEach((r, i) =>
          r.forEach((v, j) => {
            const row = (rows[at.top + i] ??= []);
            row[at.left + j] = isFormula(v) ? v.formula : v;
          }),
        );
      }
      this.sheets.set(s.name, rows.map((r) => Array.from(r, (v) => v ?? null)));
    }
  }
  async deleteSheet(name: string): Promise<void> {
    this.writes++;
    this.sheets.delete(name);
  }
  async activateSheet(): Promise<void> {}
  async readTable(name: string): Promise<TableData | null> {
    const t = this.tables.get(name.toLowerCase());
    if (!t) return null;
    return { name: t.def.name, sheet: t.def.sheet, headers: [...t.headers], rows: t.rows.map((r) => [...r]) };
  }
  async listTables(): Promise<{ name: string; sheet: string }[]> {
    return [...this.tables.values()].map((t) => ({ name: t.def.name, sheet: t.def.sheet }));
  }
  async replaceTable(def: DataTableDef, rows: CellValue[][]): Promise<void> {
    this.writes++;
    this.tables.set(def.name.toLowerCase(), { def, headers: def.columns.map((c) => c.header), rows: rows.map((r) => norm(def, r)) });
  }
  async appendTableRows(def: DataTableDef, rows: CellValue[][]): Promise<void> {
    this.writes++;
    const t = this.tables.get(def.name.toLowerCase());
    if (!t) return this.replaceTable(def, rows);
    t.rows.push(...rows.map((r) => norm(def, r)));
  }
  async updateTableRows(def: DataTableDef, updates: TableRowUpdate[]): Promise<void> {
    this.writes++;
    const t = this.tables.get(def.name.toLowerCase());
    if (!t) throw new Error('table missing');
    for (const u of updates) t.rows[u.index] = norm(def, u.values);
  }
  async getSettings(): Promise<Record<string, SettingValue>> {
    return JSON.parse(JSON.stringify(this.settings));
  }
  async setSettings(patch: Record<string, SettingValue>): Promise<void> {
    this.writes++;
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete this.settings[k];
      else this.settings[k] = JSON.parse(JSON.stringify(v));
    }
  }
}

function pad(r: CellValue[], width: number): CellValue[] {
  const out = r.slice(0, width);
  while (out.length < width) out.push(null);
  return out.map((v) => (v === '' ? null : v));
}

/** Rows as a table keeps them: schema width, '' read back as null, kronor rounded to two decimals. */
function norm(def: DataTableDef, r: CellValue[]): CellValue[] {
  return def.columns.map((c, i) => {
    const v = r[i] ?? null;
    if (v === '') return null;
    if (c.kind === 'kronor' && typeof v === 'number') return Math.round(v * 100) / 100;
    return v;
  });
}
