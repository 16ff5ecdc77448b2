/**
 * Integration point with src/excel (the Office.js adapter): waits for Office to be ready and returns the port.
 * Loaded with a dynamic import, so the adapter is only fetched inside Excel, never in the browser preview.
 */
import type { HostInfo, WorkbookPort } from '../core/port';
import { UserError } from '../core/errors';

/** What src/excel/index.ts exports for the pane. */
export interface ExcelAdapter {
  officeLoaded(): boolean;
  officeReady(): Promise<void>;
  createOfficePort(): WorkbookPort;
}

function loadExcelAdapter(): Promise<ExcelAdapter> {
  return import(/* webpackChunkName: "excel-adapter" */ '../excel');
}

export interface ExcelConnection {
  port: WorkbookPort;
  host: HostInfo;
}

export async function connectExcel(): Promise<ExcelConnection> {
  let port: WorkbookPort;
  try {
    const excel = await loadExcelAdapter();
    // Opened in a plain browser (or office.js could not be fetched from Microsoft's CDN).
    if (!excel.officeLoaded()) throw new UserError('pane.boot.notInExcel');
    await excel.officeReady();
    port = excel.createOfficePort();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new UserError('pane.boot.excelUnavailable', { reason });
  }
  return { port, host: await port.host() };
}
