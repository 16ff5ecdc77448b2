/**
 * Chart specs kept inside the workbook, so charts survive load → save: ExcelJS drops the charts of a file it
 * reads, so on save the adapter writes each sheet's ChartSpecs as JSON into a very hidden sheet, and on load
 * reads them back (and removes that sheet from the in-memory workbook; it never shows in listSheets).
 * A spec is only taken back when its chart is still in the sheet's drawing: a chart the user deleted in
 * Excel stays deleted.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ChartSpec, ChartType } from '../core/port';

export const CHART_STORE_SHEET = 'IFO Diagramdefinitioner';
const HEADER = ['Blad', 'Diagram (JSON)'];
const TYPES: ChartType[] = ['line', 'columnClustered', 'columnStacked', 'barClustered', 'area'];

export interface StoredChart {
  sheet: string;
  spec: ChartSpec;
}

/** Adds the store sheet (very hidden, last) holding the given charts; returns it so the caller can remove it again. */
export function addChartStore(wb: Workbook, charts: StoredChart[]): Worksheet {
  const ws = wb.addWorksheet(CHART_STORE_SHEET);
  ws.state = 'veryHidden';
  ws.getRow(1).values = HEADER;
  charts.forEach((c, i) => {
    ws.getRow(i + 2).values = [c.sheet, JSON.stringify(c.spec)];
  });
  return ws;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

/** A stored spec if it has the shape of a ChartSpec; null otherwise. */
export function parseStoredSpec(json: string): ChartSpec | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (!isString(o.name) || !isString(o.title) || !isString(o.categories) || !isString(o.from) || !isString(o.to)) return null;
  if (!TYPES.includes(o.type as ChartType)) return null;
  if (!Array.isArray(o.series) || !o.series.every((s) => s && isString((s as Record<string, unknown>).name) && isString((s as Record<string, unknown>).values))) {
    return null;
  }
  return o as unknown as ChartSpec;
}

/** Reads the store sheet if present. */
export function readChartStore(ws: Worksheet): StoredChart[] {
  const out: StoredChart[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const sheet = row.getCell(1).value;
    const json = row.getCell(2).value;
    if (!isString(sheet) || !isString(json)) return;
    const spec = parseStoredSpec(json);
    if (spec) out.push({ sheet, spec });
  });
  return out;
}
