/**
 * ExcelJS and JSZip, loaded on first use with a dynamic import(): the task pane and the browser preview
 * get them as separate chunks (webpack picks ExcelJS's browser build through its "browser" field);
 * Node (CLI, jest) gets the CommonJS packages.
 */
import type * as ExcelJSTypes from 'exceljs';
import type JSZipType from 'jszip';

export type ExcelJSModule = typeof ExcelJSTypes;
export type JSZipClass = typeof JSZipType;
export type ZipArchive = JSZipType;

/** CommonJS modules arrive as the namespace's default export in bundlers, and directly under swc/Node. */
function unwrap<T>(mod: unknown): T {
  const m = mod as { default?: T };
  return (m.default ?? mod) as T;
}

let excelJs: Promise<ExcelJSModule> | undefined;
let jsZip: Promise<JSZipClass> | undefined;

export function loadExcelJS(): Promise<ExcelJSModule> {
  excelJs ??= import('exceljs').then((m) => {
    const lib = unwrap<ExcelJSModule>(m);
    // Some bundles put the classes one level deeper.
    return typeof lib.Workbook === 'function' ? lib : unwrap<ExcelJSModule>(lib);
  });
  return excelJs;
}

export function loadJSZip(): Promise<JSZipClass> {
  jsZip ??= import('jszip').then((m) => unwrap<JSZipClass>(m));
  return jsZip;
}
