/**
 * The Workbook port contract on the xlsx adapter (src/file, ExcelJS). inspect() reads the ExcelJS model and the
 * adapter's table and chart registries; reopen() saves to bytes and loads them again.
 */
import type { Worksheet } from 'exceljs';
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { internals } from '../../src/file/internals';
import { fromArgb } from '../../src/file/styles';
import { runWorkbookContract, type Harness, type SheetInspection } from './workbook-contract';

/** What a sheet holds beyond values, normalised as the contract wants it. */
export function inspectXlsx(x: XlsxWorkbook, sheet: string): SheetInspection {
  const ws: Worksheet | undefined = x.worksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const ps = ws.pageSetup ?? {};
  const inner = internals(ws);
  return {
    name: ws.name,
    visibility: ws.state as SheetInspection['visibility'],
    freeze: view?.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    columnWidth: (index) => ws.getColumn(index + 1).width ?? null,
    cell: (address) => {
      const c = ws.getCell(address);
      const fill = c.fill && c.fill.type === 'pattern' ? fromArgb(c.fill.fgColor?.argb) : null;
      return {
        numberFormat: c.numFmt ?? 'General',
        bold: c.font?.bold === true,
        fill,
        fontColor: fromArgb(c.font?.color?.argb),
        locked: c.protection?.locked !== false,
      };
    },
    tables: x.tablesOn(sheet),
    conditionalFormats: (inner.conditionalFormattings ?? []).flatMap((cf) =>
      cf.rules.map((r) => ({ range: cf.ref, type: r.type === 'cellIs' ? ('cellValue' as const) : ('expression' as const) })),
    ),
    charts: x.chartsOn(sheet).map((c) => ({ name: c.name, type: c.type, title: c.title, seriesCount: c.series.length })),
    protected: inner.sheetProtection?.sheet === true,
    print:
      ps.paperSize || ps.fitToPage || ps.printTitlesRow
        ? {
            orientation: ps.orientation ?? 'portrait',
            fitToPagesWide: ps.fitToPage ? (ps.fitToWidth ?? 1) : null,
            repeatRows: ps.printTitlesRow ?? null,
          }
        : null,
    merges: Object.values(inner._merges ?? {}).map((m) => m.range),
  };
}

export async function xlsxHarness(): Promise<Harness> {
  const x = await XlsxWorkbook.create();
  return {
    port: x,
    inspect: async (sheet) => inspectXlsx(x, sheet),
    reopen: async () => XlsxWorkbook.load(await x.save(), 'kontrakt.xlsx'),
  };
}

runWorkbookContract('xlsx (ExcelJS)', xlsxHarness);
