/**
 * The add-in's shared data tables (schemas) and helpers to read them by header.
 * Feature areas define their own tables beside their code (forecast, placements, …) with the same helpers.
 */
import type { CellValue, DataColumn, DataTableDef, TableData } from '../port';
import { UserError } from '../errors';
import { kronorToOre, type Ore } from '../money';

/** A table's columns from [header, kind, width?] triples (every area's table definitions use it). */
export function cols(...spec: [string, DataColumn['kind'], number?][]): DataColumn[] {
  return spec.map(([header, kind, width]) => (width ? { header, kind, width } : { header, kind }));
}

/** Aggregated actuals: one row per period × cost centre × account × activity (× kept optional dimensions). */
export const ACTUALS_TABLE: DataTableDef = {
  name: 'IFO_Utfall',
  sheet: 'IFO Utfall',
  visibility: 'hidden',
  // Imported figures: the user reads them, the import writes them (a new import replaces a period).
  locked: true,
  columns: cols(
    ['Period', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Konto', 'text', 10],
    ['Verksamhet', 'text', 11],
    ['Aktivitet', 'text', 10],
    ['Projekt', 'text', 10],
    ['Objekt', 'text', 10],
    ['Motpart', 'text', 10],
    ['Belopp', 'kronor', 16],
    ['Antal poster', 'integer', 12],
    ['Import-id', 'text', 14],
  ),
};

/** Optional drill-down rows for chosen cost centres (texts masked). */
export const ACTUALS_DETAIL_TABLE: DataTableDef = {
  name: 'IFO_Utfall_detalj',
  sheet: 'IFO Utfall detalj',
  visibility: 'hidden',
  columns: cols(
    ['Period', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Konto', 'text', 10],
    ['Verksamhet', 'text', 11],
    ['Datum', 'text', 11],
    ['Text', 'text', 40],
    ['Leverantör', 'text', 24],
    ['Fakturanummer', 'text', 14],
    ['Belopp', 'kronor', 16],
    ['Import-id', 'text', 14],
  ),
};

/** One row per import: what came in, its hash and its sums. */
export const IMPORT_LOG_TABLE: DataTableDef = {
  name: 'IFO_Importlogg',
  sheet: 'IFO Importlogg',
  visibility: 'hidden',
  locked: true,
  columns: cols(
    ['Import-id', 'text', 14],
    ['Tid', 'text', 20],
    ['Fil', 'text', 30],
    ['Typ', 'text', 10],
    ['Hash (SHA-256)', 'text', 20],
    ['Perioder', 'text', 20],
    ['Rader lästa', 'integer', 12],
    ['Rader importerade', 'integer', 12],
    ['Rader avvisade', 'integer', 12],
    ['Summa', 'kronor', 16],
    ['Användare', 'text', 16],
  ),
};

/** Names of codes seen in extracts ("46362 Köp medicinskt färdigbeh" → Konto 46362 = "Köp medicinskt färdigbeh"). */
export const CODE_NAMES_TABLE: DataTableDef = {
  name: 'IFO_Koder',
  sheet: 'IFO Koder',
  visibility: 'hidden',
  columns: cols(['Dimension', 'text', 12], ['Kod', 'text', 12], ['Benämning', 'text', 40]),
};

/** Budget per month, cost centre and cost line. */
export const BUDGET_TABLE: DataTableDef = {
  name: 'IFO_Budget',
  sheet: 'IFO Budget',
  visibility: 'hidden',
  // Imported figures: the user reads them, the import writes them (a new import replaces a period).
  locked: true,
  columns: cols(
    ['Period', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Kostnadsslag', 'text', 36],
    ['Belopp', 'kronor', 16],
    ['Import-id', 'text', 14],
  ),
};

/** Earlier forecasts read from a follow-up (Stratsys-style) extract. */
export const EARLIER_FORECAST_TABLE: DataTableDef = {
  name: 'IFO_Tidigare_prognos',
  sheet: 'IFO Tidigare prognos',
  visibility: 'hidden',
  columns: cols(
    ['Period', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Kostnadsslag', 'text', 36],
    ['Belopp', 'kronor', 16],
    ['Import-id', 'text', 14],
  ),
};

/** Comments read from a follow-up extract. */
export const COMMENTS_TABLE: DataTableDef = {
  name: 'IFO_Kommentarer',
  sheet: 'IFO Kommentarer',
  visibility: 'hidden',
  columns: cols(
    ['Period', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Kostnadsslag', 'text', 36],
    ['Kommentar', 'text', 60],
    ['Import-id', 'text', 14],
  ),
};

/** Cost lines shown in reports, in order; editable. */
export const COST_LINES_TABLE: DataTableDef = {
  name: 'IFO_Kostnadsslag',
  sheet: 'Kostnadsslag',
  visibility: 'visible',
  columns: cols(['Kostnadsslag', 'text', 40], ['Typ', 'text', 10], ['Köpt vård', 'text', 10], ['Ordning', 'integer', 9]),
};

/** Account ranges → cost line; editable. The first matching row wins (narrow ranges first). */
export const ACCOUNT_MAP_TABLE: DataTableDef = {
  name: 'IFO_Kontoplan',
  sheet: 'Kontoplan',
  visibility: 'visible',
  columns: cols(['Konto från', 'text', 12], ['Konto till', 'text', 12], ['Kostnadsslag', 'text', 40], ['Anmärkning', 'text', 40]),
};

/** Cost centre → unit and area; editable. */
export const ORGANISATION_TABLE: DataTableDef = {
  name: 'IFO_Organisation',
  sheet: 'Organisation',
  visibility: 'visible',
  columns: cols(
    ['Ansvar', 'text', 10],
    ['Benämning', 'text', 36],
    ['Enhet', 'text', 30],
    ['Område', 'text', 24],
    ['Verksamhet', 'text', 11],
  ),
};

/** Settings: key → JSON value. */
export const SETTINGS_TABLE: DataTableDef = {
  name: 'IFO_Installningar',
  sheet: 'IFO Inställningar',
  visibility: 'veryHidden',
  columns: cols(['Nyckel', 'text', 30], ['Värde', 'text', 80]),
};

// ---------------------------------------------------------------------------
// Reading tables by header

function norm(h: string): string {
  return h
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/**
 * For each column of the definition, the index of that header among the headers found in the workbook
 * (case and spacing tolerant), so a user who moved columns of an editable table does not break the reading.
 * Throws a UserError naming the table and the missing column.
 */
export function columnIndexes(def: DataTableDef, headers: string[], optional: string[] = []): number[] {
  const found = new Map<string, number>();
  headers.forEach((h, i) => {
    const k = norm(String(h ?? ''));
    if (!found.has(k)) found.set(k, i);
  });
  return def.columns.map((c) => {
    const i = found.get(norm(c.header));
    if (i === undefined) {
      if (optional.includes(c.header)) return -1;
      throw new UserError('port.table.missingColumn', { table: def.name, column: c.header });
    }
    return i;
  });
}

/** True when every cell of the row is empty (null or blank text). */
export function isBlankRow(row: CellValue[]): boolean {
  for (const v of row) if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  return true;
}

/** A cell as text: codes that Excel stored as numbers come back without a trailing ".0" or exponent. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return v.toFixed(0);
    return String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.trim();
}

/** A kronor cell as öre; empty is 0; text in Swedish format is parsed by the caller, not here. */
export function cellOre(v: CellValue | undefined): Ore {
  if (v === null || v === undefined || v === '') return 0;
  if (typeof v === 'number') return kronorToOre(v);
  throw new UserError('port.table.notANumber', { value: String(v) });
}

/** Records of a table keyed by the definition's headers (blank rows skipped). */
export function tableRecords(def: DataTableDef, data: TableData): Record<string, CellValue>[] {
  const idx = columnIndexes(def, data.headers);
  const out: Record<string, CellValue>[] = [];
  for (const row of data.rows) {
    if (isBlankRow(row)) continue;
    const rec: Record<string, CellValue> = {};
    def.columns.forEach((c, k) => {
      rec[c.header] = idx[k] >= 0 ? (row[idx[k]] ?? null) : null;
    });
    out.push(rec);
  }
  return out;
}
