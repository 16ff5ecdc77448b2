/**
 * Export to Stratsys: the full-year forecast and comment per unit (ansvar) × cost line for the period, as a
 * Stratsys-style file with Swedish headers — CSV (semicolon, decimal comma, UTF-8 with BOM, CRLF) or an xlsx sheet —
 * for upload. Only units whose forecast is submitted or approved in the report's round are exported; the comment is
 * the round's orsak, followed by "Åtgärd: …" when there is one.
 *
 * The file reads back through the import's follow-up reader (Period, Ansvar, Benämning, Kostnadsslag, Prognos helår,
 * Kommentar) and gives the same forecasts and comments. CSV text fields that a spreadsheet would take for a formula
 * are neutralised (csvSafety.ts), which that reader reverses.
 */
import type { SheetSpec } from '../port';
import { periodLabelSv, type Period } from '../dates';
import { oreToKronor, type Ore } from '../money';
import { writeCsv } from '../import/csv';
import { utf8WithBom } from '../example/text';
import { t } from '../strings';
import { neutraliseCsvText } from './csvSafety';
import { columnWidths, titleStyle } from '../sheets/style';
import { Grid } from './grid';
import type { ReportModel } from './types';

/** Headers as Stratsys' import expects them (fixed Swedish: they are part of the file format). */
export const STRATSYS_EXPORT_HEADERS = ['Period', 'Ansvar', 'Benämning', 'Kostnadsslag', 'Prognos helår', 'Kommentar'] as const;

export const STRATSYS_EXPORT_SHEET = 'Prognos till Stratsys';

export interface StratsysExportRow {
  period: Period;
  costCenter: string;
  name: string;
  costLine: string;
  forecastOre: Ore;
  comment: string;
}

/** The comment as exported: orsak, then "Åtgärd: …" (fixed Swedish, it is data for Stratsys). */
export function exportComment(cause: string, action: string): string {
  const c = cause.trim();
  const a = action.trim();
  if (!a) return c;
  return c ? `${c} Åtgärd: ${a}` : `Åtgärd: ${a}`;
}

export function stratsysRows(m: ReportModel): StratsysExportRow[] {
  const out: StratsysExportRow[] = [];
  for (const u of m.units) {
    if (!u.hasForecast) continue;
    for (const l of u.lines) {
      if (l.forecastOre === null) continue;
      out.push({
        period: m.period,
        costCenter: u.costCenter,
        name: u.name,
        costLine: l.costLine,
        forecastOre: l.forecastOre,
        // Only the round's own comment: a cause taken over from an imported Stratsys comment is not sent back.
        comment: exportComment(l.causeSource === 'forecast' ? l.cause : '', l.action),
      });
    }
  }
  return out;
}

/** Kronor with decimal comma and no thousands separator ("-1234,50"), exact from öre. */
export function csvAmount(ore: Ore): string {
  const neg = ore < 0;
  const a = Math.abs(ore);
  const s = `${Math.floor(a / 100)},${String(a % 100).padStart(2, '0')}`;
  return neg ? '-' + s : s;
}

function titleRows(m: ReportModel): string[] {
  return [t('report.stratsys.title'), `Period: ${periodLabelSv(m.period)}`];
}

/** The CSV text (the caller adds the UTF-8 BOM when writing bytes). */
export function stratsysCsv(m: ReportModel): string {
  const rows: string[][] = [...titleRows(m).map((x) => [neutraliseCsvText(x)]), []];
  rows.push([...STRATSYS_EXPORT_HEADERS]);
  for (const r of stratsysRows(m)) {
    rows.push([
      neutraliseCsvText(r.period),
      neutraliseCsvText(r.costCenter),
      neutraliseCsvText(r.name),
      neutraliseCsvText(r.costLine),
      csvAmount(r.forecastOre),
      neutraliseCsvText(r.comment),
    ]);
  }
  return writeCsv(rows, ';');
}

/** UTF-8 bytes with a BOM (Excel then reads å ä ö right). */
export function stratsysCsvBytes(m: ReportModel): Uint8Array {
  return utf8WithBom(stratsysCsv(m));
}

/** The export as a sheet (for an .xlsx of its own): title rows, header, one row per unit × cost line. */
export function stratsysSheet(m: ReportModel): SheetSpec {
  const g = new Grid();
  const [title, period] = titleRows(m);
  g.set(0, 0, title);
  g.style(0, 0, 0, 0, titleStyle(12));
  g.set(1, 0, period);
  const header = 3;
  g.line(header, 0, [...STRATSYS_EXPORT_HEADERS]);
  g.style(header, 0, header, STRATSYS_EXPORT_HEADERS.length - 1, { bold: true, border: 'bottom' });
  const rows = stratsysRows(m);
  rows.forEach((r, i) => g.line(header + 1 + i, 0, [r.period, r.costCenter, r.name, r.costLine, oreToKronor(r.forecastOre), r.comment || null]));
  if (rows.length) g.style(header + 1, 4, header + rows.length, 4, { numberFormat: '#,##0.00' });
  return g.spec({
    name: STRATSYS_EXPORT_SHEET,
    columns: columnWidths([9, 10, 36, 36, 16, 80]),
    freeze: { rows: header + 1, columns: 0 },
  });
}
