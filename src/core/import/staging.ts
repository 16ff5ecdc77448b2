/**
 * Pending writes of one import, planned in memory before anything touches the workbook. Tables are read
 * once through the port; later plans see the earlier plans' rows; at the end each touched table becomes one
 * replace (or one append when it was only appended to).
 */
import type { CellValue, DataTableDef, SettingValue, WorkbookPort } from '../port';
import { columnIndexes } from '../model/tables';

export type WriteOp =
  | { op: 'replaceTable'; def: DataTableDef; rows: CellValue[][] }
  | { op: 'appendRows'; def: DataTableDef; rows: CellValue[][] }
  | { op: 'settings'; patch: Record<string, SettingValue> };

interface Entry {
  def: DataTableDef;
  /** Rows of the whole table (when read or replaced). */
  rows: CellValue[][] | null;
  /** Rows to append to a table not read. */
  append: CellValue[][];
  replaced: boolean;
  order: number;
}

export class TableStaging {
  private readonly entries = new Map<string, Entry>();
  private readonly exists = new Map<string, boolean>();
  private settingsPatch: Record<string, SettingValue> = {};
  private order = 0;

  constructor(private readonly port: WorkbookPort) {}

  private entry(def: DataTableDef): Entry {
    let e = this.entries.get(def.name);
    if (!e) {
      e = { def, rows: null, append: [], replaced: false, order: this.order++ };
      this.entries.set(def.name, e);
    }
    return e;
  }

  /** True when the table exists in the workbook or is planned. */
  async has(def: DataTableDef): Promise<boolean> {
    const e = this.entries.get(def.name);
    if (e && (e.replaced || e.rows)) return true;
    let x = this.exists.get(def.name);
    if (x === undefined) {
      x = (await this.port.readTable(def.name)) !== null;
      this.exists.set(def.name, x);
    }
    return x || !!(e && e.append.length);
  }

  /** The table's rows in schema column order (as planned so far); [] when it does not exist. */
  async rows(def: DataTableDef): Promise<CellValue[][]> {
    const e = this.entry(def);
    if (e.rows === null) {
      const data = await this.port.readTable(def.name);
      this.exists.set(def.name, data !== null);
      let rows: CellValue[][] = [];
      if (data) {
        const idx = columnIndexes(
          def,
          data.headers,
          def.columns.map((c) => c.header),
        );
        rows = data.rows
          .filter((r) => r.some((v) => v !== null && v !== ''))
          .map((r) => idx.map((i) => (i >= 0 ? (r[i] ?? null) : null)));
      }
      e.rows = rows.concat(e.append);
      e.append = [];
    }
    return e.rows;
  }

  /** Plans the table's complete content. */
  set(def: DataTableDef, rows: CellValue[][]): void {
    const e = this.entry(def);
    e.rows = rows;
    e.append = [];
    e.replaced = true;
  }

  /** Plans rows appended to the table (created when missing). */
  append(def: DataTableDef, rows: CellValue[][]): void {
    if (!rows.length) return;
    const e = this.entry(def);
    if (e.rows) {
      e.rows.push(...rows);
      e.replaced = true;
    } else e.append.push(...rows);
  }

  setting(key: string, value: SettingValue): void {
    this.settingsPatch[key] = value;
  }

  /** The writes, in the order the tables were first touched; settings last. */
  ops(): WriteOp[] {
    const out: WriteOp[] = [];
    for (const e of [...this.entries.values()].sort((a, b) => a.order - b.order)) {
      if (e.replaced && e.rows) out.push({ op: 'replaceTable', def: e.def, rows: e.rows });
      else if (e.append.length) out.push({ op: 'appendRows', def: e.def, rows: e.append });
    }
    if (Object.keys(this.settingsPatch).length) out.push({ op: 'settings', patch: this.settingsPatch });
    return out;
  }
}

/** Carries out planned writes through the port. */
export async function applyWrites(port: WorkbookPort, ops: readonly WriteOp[]): Promise<void> {
  for (const op of ops) {
    if (op.op === 'replaceTable') await port.replaceTable(op.def, op.rows);
    else if (op.op === 'appendRows') await port.appendTableRows(op.def, op.rows);
    else await port.setSettings(op.patch);
  }
}
