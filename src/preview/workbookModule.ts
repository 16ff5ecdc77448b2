/**
 * The in-memory workbook of the preview: src/file's XlsxWorkbook (ExcelJS), loaded with a dynamic import so
 * ExcelJS stays in its own chunk. Also where the viewer gets cell looks (the ExcelJS worksheet behind a sheet).
 */
import type { Workbook } from 'exceljs';
import type { SheetInfo, WorkbookPort } from '../core/port';
import type { PreviewWorkbook } from './host';
import { looksFromWorksheet, type SheetLooks } from './looks';

/** A workbook as the preview holds it: the port plus, for the viewer, the ExcelJS workbook behind it. */
export interface InspectableWorkbook extends PreviewWorkbook {
  readonly workbook?: Workbook;
}

const xlsx = () => import(/* webpackChunkName: "xlsx-workbook" */ '../file/xlsxWorkbook');

export async function newWorkbook(fileName: string): Promise<InspectableWorkbook> {
  const { XlsxWorkbook } = await xlsx();
  return XlsxWorkbook.create(fileName);
}

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<InspectableWorkbook> {
  const { XlsxWorkbook } = await xlsx();
  return XlsxWorkbook.load(bytes, fileName);
}

/** Looks of a sheet, or null when the workbook cannot tell (then the viewer shows plain values). */
export function looksOf(wb: InspectableWorkbook | null, sheet: string): SheetLooks | null {
  const ws = wb?.workbook?.getWorksheet(sheet);
  return ws ? looksFromWorksheet(ws) : null;
}

/** The sheet the file says is active (Excel opens on it), when it is visible. */
export function activeSheetOf(wb: InspectableWorkbook | null): string | null {
  const book = wb?.workbook;
  const index = book?.views?.[0]?.activeTab;
  const ws = index !== undefined ? book?.worksheets[index] : undefined;
  return ws && ws.state === 'visible' ? ws.name : null;
}

/**
 * The sheet to show first: the file's active sheet, else the first visible sheet with content (a workbook made
 * by the CLI may begin with an empty "Blad1"), else null (the viewer then takes the first visible sheet).
 */
export async function chooseFirstSheet(
  wb: InspectableWorkbook | null,
  port: WorkbookPort,
  sheets: SheetInfo[],
): Promise<string | null> {
  const active = activeSheetOf(wb);
  if (active && active !== sheets.find((s) => s.visibility === 'visible')?.name) return active;
  for (const s of sheets.filter((x) => x.visibility === 'visible').slice(0, 12)) {
    const r = await port.readRange(s.name, 'A1:Z60');
    if (r.values.some((row) => row.some((v) => v !== null && v !== ''))) return s.name;
  }
  return active;
}
