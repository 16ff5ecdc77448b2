/**
 * Boot of the Office.js side for the task pane:
 *
 *   await officeReady();              // Office.onReady, once office.js has loaded
 *   const port = createOfficePort();  // the Workbook port on the open workbook
 *
 * Only this folder touches Office.js.
 */
import type { WorkbookPort } from '../core/port';
import { ExcelWorkbook } from './workbook';

export { ExcelWorkbook, EXCEL_API_VERSIONS } from './workbook';
export type { ExcelHost, IsSetSupported } from './batch';

/** True when office.js has been loaded into the page. */
export function officeLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/** Resolves when Office is ready (Office.onReady); rejects when office.js is not loaded or the host is not Excel. */
export async function officeReady(): Promise<void> {
  if (!officeLoaded()) throw new Error('office.js is not loaded: the add-in runs inside Excel');
  const info = await Office.onReady();
  if (info.host !== null && info.host !== undefined && info.host !== Office.HostType.Excel) {
    throw new Error(`IFO Prognos runs in Excel, not in ${String(info.host)}`);
  }
}

/** The Workbook port on the workbook open in Excel; call after officeReady(). */
export function createOfficePort(): WorkbookPort {
  if (!officeLoaded() || typeof Excel === 'undefined') throw new Error('office.js is not loaded: the add-in runs inside Excel');
  return new ExcelWorkbook(Excel, (name, version) => Office.context.requirements.isSetSupported(name, version));
}
