/**
 * The add-in's own data tables: alone on their sheet, header in row 1 from A1, one number format per column
 * kind, an Excel table over header and rows (an empty table is the header and one blank row).
 */
import type { Font, Worksheet } from 'exceljs';
import { DEFAULT_FONT } from './styles';
import { DATA_COLUMN_FORMAT as KIND_FORMAT, DATA_COLUMN_WIDTH as KIND_WIDTH, type CellValue, type DataTableDef } from '../core/port';
import { protectSheet, setViews, type WriteTicker } from './sheetWriter';
import { DEFAULT_TABLE_STYLE, headerNames, type TableEntry } from './tableParts';

/** Number formats and default widths per column kind: the port's, shared with the Office.js adapter. */
export { DATA_COLUMN_FORMAT as KIND_FORMAT, DATA_COLUMN_WIDTH as KIND_WIDTH } from '../core/port';

/** A table value as ExcelJS takes it ('' is an empty cell). */
export function tableCellValue(v: CellValue | undefined): string | number | boolean | null {
  if (v === undefined || v === null || v === '') return null;
  return v;
}

/** Writes rows into consecutive sheet rows from `firstRow` (0-based); `columnOf[j]` is the 0-based column of value j. */
export function writeRows(ws: Worksheet, rows: CellValue[][], firstRow: number, columnOf: number[], formats: string[] | undefined, tick: WriteTicker): void {
  let pending = 0;
  for (let i = 0; i < rows.length; i++) {
    const src = rows[i];
    const row = ws.getRow(firstRow + i + 1);
    for (let j = 0; j < columnOf.length; j++) {
      const v = tableCellValue(src[j]);
      // Updating a row in place must also clear the cells the new values leave empty.
      const existing = row.findCell(columnOf[j] + 1);
      if (v === null && !existing) continue;
      const cell = existing ?? row.getCell(columnOf[j] + 1);
      cell.value = v;
      if (formats && cell.numFmt !== formats[j]) cell.numFmt = formats[j];
    }
    pending += columnOf.length;
    if (pending >= 50_000) {
      tick(pending);
      pending = 0;
    }
  }
  tick(pending);
}

/** Lays out a data table on a fresh sheet and returns its table entry. */
export function buildDataTableSheet(ws: Worksheet, def: DataTableDef, rows: CellValue[][], tick: WriteTicker): TableEntry {
  const cols = def.columns;
  cols.forEach((c, j) => {
    const col = ws.getColumn(j + 1);
    col.width = c.width ?? KIND_WIDTH[c.kind];
    // Cells created below inherit the column's format; so do cells the user types into.
    col.numFmt = KIND_FORMAT[c.kind];
  });
  // Table column names must be unique and non-empty; the header cells hold exactly those names.
  const names = headerNames(cols.map((c) => c.header));
  const header = ws.getRow(1);
  names.forEach((name, j) => {
    const cell = header.getCell(j + 1);
    cell.value = name;
    cell.numFmt = '@';
    cell.font = { ...DEFAULT_FONT, bold: true } as Font;
  });
  const columnOf = cols.map((_c, j) => j);
  writeRows(ws, rows, 1, columnOf, undefined, tick);
  setViews(ws, { rows: 1, columns: 0 }, true);
  ws.state = def.visibility;
  if (def.locked) protectSheet(ws);
  return {
    name: def.name,
    ref: { top: 0, left: 0, rows: Math.max(2, rows.length + 1), cols: cols.length },
    headerRow: true,
    totalsRow: false,
    columns: names,
    style: DEFAULT_TABLE_STYLE,
    showRowStripes: true,
    showColumnStripes: false,
    showFirstColumn: false,
    showLastColumn: false,
  };
}
