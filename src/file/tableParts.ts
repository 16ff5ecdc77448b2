/**
 * Excel tables (ListObjects) as this adapter keeps them. ExcelJS's own table support loses the header row of
 * tables saved by Excel (it reads a missing headerRowCount as 0), re-numbers dxf styles inconsistently and cannot
 * grow a loaded table, so the adapter keeps its own registry and writes the table parts itself after ExcelJS.
 *
 * Tables read from a file keep their XML (raw) and are written back as they were, with the id renumbered,
 * references to styles that ExcelJS rewrites removed, and the range patched when rows were appended.
 */
import { cellAddress, parseRange, type RangeRef } from '../core/a1';
import { attrs, decodeOoxmlText, encodeOoxmlText, escapeAttr, findTags, firstTag } from './xml';

export interface TableEntry {
  /** The table's name as Excel shows it (displayName). */
  name: string;
  /** Range including header and totals rows. */
  ref: RangeRef;
  headerRow: boolean;
  totalsRow: boolean;
  /** Column names: equal to the header cells' text. */
  columns: string[];
  style: string;
  showRowStripes: boolean;
  showColumnStripes: boolean;
  showFirstColumn: boolean;
  showLastColumn: boolean;
  /** The XML as loaded (sanitised), for tables this adapter did not create. */
  raw?: string;
}

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function refText(r: RangeRef): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.top + r.rows - 1, r.left + r.cols - 1)}`;
}

/** The autoFilter range: the table without its totals row. */
function filterRef(t: TableEntry): RangeRef {
  return { ...t.ref, rows: Math.max(1, t.ref.rows - (t.totalsRow ? 1 : 0)) };
}

/** The body (data rows) of a table: between the header and the totals row. */
export function bodyOf(t: TableEntry): { top: number; rows: number } {
  const top = t.ref.top + (t.headerRow ? 1 : 0);
  const rows = t.ref.rows - (t.headerRow ? 1 : 0) - (t.totalsRow ? 1 : 0);
  return { top, rows: Math.max(0, rows) };
}

/** Table XML for a table part with the given workbook-unique id. */
export function renderTableXml(t: TableEntry, id: number): string {
  if (t.raw) return patchRaw(t.raw, id, t);
  const head =
    `<table xmlns="${MAIN_NS}"` +
    attrs({
      id,
      name: t.name,
      displayName: t.name,
      ref: refText(t.ref),
      headerRowCount: t.headerRow ? undefined : 0,
      totalsRowCount: t.totalsRow ? 1 : undefined,
      totalsRowShown: t.totalsRow ? undefined : 0,
    }) +
    '>';
  const filter = t.headerRow ? `<autoFilter ref="${refText(filterRef(t))}"/>` : '';
  const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(encodeOoxmlText(c, true))}"/>`).join('');
  const style =
    '<tableStyleInfo' +
    attrs({
      name: t.style,
      showFirstColumn: t.showFirstColumn,
      showLastColumn: t.showLastColumn,
      showRowStripes: t.showRowStripes,
      showColumnStripes: t.showColumnStripes,
    }) +
    '/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}${filter}<tableColumns count="${t.columns.length}">${cols}</tableColumns>${style}</table>`;
}

/** Attributes that point into styles.xml (which ExcelJS renumbers) or into parts ExcelJS drops. */
const DANGLING_ATTRS =
  /\s(?:dataDxfId|headerRowDxfId|totalsRowDxfId|headerRowBorderDxfId|tableBorderDxfId|totalsRowBorderDxfId|dxfId|dataCellStyle|headerRowCellStyle|totalsRowCellStyle|connectionId|queryTableFieldId|tableType)="[^"]*"/g;

/** Removes what would dangle after ExcelJS rewrote the styles and dropped query tables. */
export function sanitiseRawTable(xml: string): string {
  return xml.replace(/<table\b[^>]*>|<tableColumn\b[^>]*>/g, (tag) => tag.replace(DANGLING_ATTRS, ''));
}

function patchRaw(raw: string, id: number, t: TableEntry): string {
  const ref = refText(t.ref);
  let out = raw.replace(/<table\b[^>]*>/, (tag) =>
    tag.replace(/\sid="[^"]*"/, ` id="${id}"`).replace(/\sref="[^"]*"/, ` ref="${ref}"`),
  );
  // The filter covers the (possibly grown) body; a stale sort state would point outside it.
  out = out.replace(/<autoFilter\b([^>]*?)(\/?)>/, (_tag, a: string, selfClose: string) => {
    const rest = a.replace(/\sref="[^"]*"/, '');
    return `<autoFilter ref="${refText(filterRef(t))}"${rest}${selfClose}>`;
  });
  out = out.replace(/<sortState\b[\s\S]*?<\/sortState>|<sortState\b[^>]*\/>/g, '');
  return out;
}

/** Parses a table part; null when it is not a usable table. */
export function parseTableXml(xml: string): TableEntry | null {
  const root = firstTag(xml, 'table');
  if (!root || !root.ref) return null;
  let ref: RangeRef;
  try {
    ref = parseRange(root.ref);
  } catch {
    return null;
  }
  const name = root.displayName || root.name;
  if (!name) return null;
  const columns = findTags(xml, 'tableColumn').map((c) => decodeOoxmlText(c.name ?? ''));
  const style = firstTag(xml, 'tableStyleInfo') ?? {};
  return {
    name,
    ref,
    headerRow: root.headerRowCount === undefined ? true : root.headerRowCount !== '0',
    totalsRow: root.totalsRowCount !== undefined && root.totalsRowCount !== '0',
    columns,
    style: style.name ?? DEFAULT_TABLE_STYLE,
    showRowStripes: style.showRowStripes === '1',
    showColumnStripes: style.showColumnStripes === '1',
    showFirstColumn: style.showFirstColumn === '1',
    showLastColumn: style.showLastColumn === '1',
    raw: sanitiseRawTable(xml),
  };
}

/**
 * Column names Excel would give a header row: text as it is, numbers as text, empty cells "KolumnN",
 * repeated names numbered ("Belopp2"), compared case-insensitively.
 */
export function headerNames(values: unknown[]): string[] {
  const used = new Set<string>();
  return values.map((v, i) => {
    let base =
      typeof v === 'string' ? v : typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : '';
    if (base.trim() === '') base = `Kolumn${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
