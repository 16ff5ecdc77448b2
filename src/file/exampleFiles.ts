/**
 * Exempelkommun's files as bytes, for the CLI (`ifo-prognos example`) and the browser preview.
 * Core generates the CSV/JSON bytes and the follow-up report as sheet data; this module writes that report as
 * .xlsx with ExcelJS. Browser-safe: no Node built-ins; ExcelJS and JSZip are loaded with a dynamic import().
 *
 * Same options → byte-identical files, the .xlsx included: the workbook's creation date comes from the data
 * and the zip entries are stamped with that date instead of the clock.
 */
import {
  generateExample, type ExampleFacts, type ExampleFileBase, type ExampleOptions, type ExampleWorkbookData,
  type ResolvedExampleOptions,
} from '../core/example';
import { loadExcelJS, loadJSZip } from './libs';

/** One generated file, ready to save or to open. */
export interface ExampleFileBytes extends ExampleFileBase {
  bytes: Uint8Array;
}

export interface ExampleFilesResult {
  options: ResolvedExampleOptions;
  files: ExampleFileBytes[];
  facts: ExampleFacts;
}

function utcDate(iso: string): Date {
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10), 8, 0, 0));
}

/** Rewrites a zip with every entry stamped with `date` (ExcelJS stamps them with the clock). */
async function stampZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Writes workbook data (plain sheets from core) as .xlsx bytes. */
export async function exampleWorkbookBytes(data: ExampleWorkbookData): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const created = utcDate(data.created);
  wb.creator = data.creator;
  wb.lastModifiedBy = data.creator;
  wb.created = created;
  wb.modified = created;
  for (const sheet of data.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.columnWidths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    sheet.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v === null || v === '') return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (typeof v === 'number' && sheet.numberColumns.includes(c)) cell.numFmt = '#,##0';
        if (typeof v === 'string' && c >= 2 && /^-?\d{1,3}( \d{3})*$/.test(v)) cell.alignment = { horizontal: 'right' };
      });
      row.font = { name: 'Calibri', bold: sheet.boldRows.includes(r), size: r === 0 ? 14 : 11 };
      if (r === sheet.headerRow) {
        row.eachCell((cell) => {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
          cell.border = { bottom: { style: 'thin' } };
        });
      }
    });
    ws.getColumn(sheet.columnWidths.length).alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return stampZip(new Uint8Array(buffer as ArrayBuffer), created);
}

/** Generates Exempelkommun and returns every file as bytes (the follow-up report written as .xlsx). */
export async function generateExampleFiles(options: ExampleOptions = {}): Promise<ExampleFilesResult> {
  const result = generateExample(options);
  const files: ExampleFileBytes[] = [];
  for (const f of result.files) {
    const bytes = f.format === 'xlsx' ? await exampleWorkbookBytes(f.xlsx) : f.bytes;
    files.push({
      name: f.name, kind: f.kind, description: f.description, mediaType: f.mediaType, rows: f.rows, totalOre: f.totalOre, bytes,
    });
  }
  return { options: result.options, files, facts: result.facts };
}
