/**
 * The xlsx package (OPC zip) around what ExcelJS writes: reading the workbook's sheets and relationships,
 * and adding the parts ExcelJS cannot write (table parts, drawings and charts) after ExcelJS's writeBuffer.
 * Browser-safe: JSZip and string work only.
 */
import type { ChartSpec } from '../core/port';
import {
  appendToDrawingXml,
  chartNamesInDrawing,
  CONTENT_TYPE,
  REL_TYPE,
  renderChartAnchor,
  renderChartXml,
  renderDrawingXml,
  type ChartData,
} from './chartParts';
import { placeForeignChart, type ForeignChart } from './foreignCharts';
import type { ZipArchive } from './libs';
import { parseTableXml, renderTableXml, type TableEntry } from './tableParts';
import {
  attrs,
  findTags,
  fromUtf8,
  lastIndexOfBytes,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  utf8,
} from './xml';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path in the package (resolved), or the external target as written. */
  target: string;
  external: boolean;
}

export async function readText(zip: ZipArchive, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

export function parseRels(xml: string | null, ownerPart: string): Relationship[] {
  if (!xml) return [];
  return findTags(xml, 'Relationship').map((r) => {
    const external = r.TargetMode === 'External';
    return { id: r.Id, type: r.Type, target: external ? r.Target : resolveTarget(ownerPart, r.Target), external };
  });
}

export async function readRels(zip: ZipArchive, part: string): Promise<Relationship[]> {
  return parseRels(await readText(zip, relsPathOf(part)), part);
}

export interface PackageSheet {
  name: string;
  state: string;
  /** The worksheet part, e.g. 'xl/worksheets/sheet1.xml'. */
  part: string;
}

/** The workbook part's path (from the package relationships). */
export async function workbookPart(zip: ZipArchive): Promise<string | null> {
  const rels = parseRels(await readText(zip, '_rels/.rels'), '');
  const doc = rels.find((r) => OFFICE_DOCUMENT.test(r.type));
  const part = doc?.target ?? 'xl/workbook.xml';
  return zip.file(part) ? part : null;
}

/** The workbook's worksheets in tab order (chart sheets and dialog sheets are left out). */
export async function readPackageSheets(zip: ZipArchive): Promise<PackageSheet[]> {
  const wbPart = await workbookPart(zip);
  if (!wbPart) return [];
  const xml = (await readText(zip, wbPart)) ?? '';
  const rels = await readRels(zip, wbPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: PackageSheet[] = [];
  const sheetsXml = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
  for (const s of findTags(sheetsXml, 'sheet').concat(findTags(sheetsXml, 'x:sheet'))) {
    const relId = s['r:id'] ?? Object.entries(s).find(([k]) => /:id$/.test(k))?.[1];
    const rel = relId ? byId.get(relId) : undefined;
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    out.push({ name: s.name, state: s.state ?? 'visible', part: rel.target });
  }
  return out;
}

/** Tables and chart names found in the package, per sheet name. */
export interface PackageExtras {
  tables: Map<string, TableEntry[]>;
  chartNames: Map<string, Set<string>>;
}

/** Reads the tables (in their tableParts order) and the names of the charts of every worksheet. */
export async function readPackageExtras(zip: ZipArchive, sheets: PackageSheet[]): Promise<PackageExtras> {
  const tables = new Map<string, TableEntry[]>();
  const chartNames = new Map<string, Set<string>>();
  for (const sheet of sheets) {
    const rels = await readRels(zip, sheet.part);
    const found: TableEntry[] = [];
    for (const rel of rels.filter((r) => r.type === REL_TYPE.table && !r.external)) {
      const xml = await readText(zip, rel.target);
      const t = xml ? parseTableXml(xml) : null;
      if (t) found.push(t);
    }
    if (found.length) tables.set(sheet.name, found);
    const names = new Set<string>();
    for (const rel of rels.filter((r) => r.type === REL_TYPE.drawing && !r.external)) {
      const xml = await readText(zip, rel.target);
      if (xml) for (const n of chartNamesInDrawing(xml)) names.add(n);
    }
    if (names.size) chartNames.set(sheet.name, names);
  }
  return { tables, chartNames };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

export interface ChartToWrite {
  spec: ChartSpec;
  data: ChartData;
}

export interface SheetExtras {
  sheet: string;
  tables: TableEntry[];
  charts: ChartToWrite[];
  /** Charts kept from the loaded file (see foreignCharts.ts). */
  foreign?: ForeignChart[];
}

/** A new relationships part (external targets kept as written). */
export function renderRelationships(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  const items = rels
    .map((r) => `<Relationship${attrs({ Id: r.id, Type: r.type, Target: r.target, TargetMode: r.external ? 'External' : undefined })}/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** Adds relationships to a relationships part (kept as it is otherwise). */
export function addRelationships(xml: string | null, rels: { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship${attrs({ Id: r.id, Type: r.type, Target: r.target })}/>`).join('');
  if (!xml) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
  if (/<Relationships\b[^>]*\/>/.test(xml)) return xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${items}</Relationships>`);
  const end = xml.lastIndexOf('</Relationships>');
  return xml.slice(0, end) + items + xml.slice(end);
}

/** Adds Override entries for new parts to [Content_Types].xml. */
export function addContentTypes(xml: string, parts: { part: string; type: string }[]): string {
  const have = new Set(findTags(xml, 'Override').map((o) => o.PartName));
  const items = parts
    .filter((p) => !have.has('/' + p.part))
    .map((p) => `<Override${attrs({ PartName: '/' + p.part, ContentType: p.type })}/>`)
    .join('');
  const end = xml.lastIndexOf('</Types>');
  return xml.slice(0, end) + items + xml.slice(end);
}

/** Elements that follow <drawing> in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const AFTER_TABLE_PARTS = ['extLst'];

function insertBefore(tail: string, followers: string[], element: string): string {
  let at = -1;
  for (const f of followers) {
    const m = new RegExp(`<${f}[\\s/>]`).exec(tail);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = tail.lastIndexOf('</worksheet>');
  return tail.slice(0, at) + element + tail.slice(at);
}

/**
 * Adds <drawing> and <tableParts> to a worksheet part. Only the part after the sheet data is decoded,
 * so a sheet of a million cells costs no more than an empty one.
 */
export function patchSheetXml(bytes: Uint8Array, add: { drawingRelId?: string; tableRelIds: string[] }): Uint8Array {
  let cut = lastIndexOfBytes(bytes, '</sheetData>');
  if (cut < 0) cut = lastIndexOfBytes(bytes, '<sheetData/>');
  if (cut < 0) cut = 0;
  let tail = fromUtf8(bytes.subarray(cut));
  if (add.drawingRelId) tail = insertBefore(tail, AFTER_DRAWING, `<drawing r:id="${add.drawingRelId}"/>`);
  if (add.tableRelIds.length) {
    const parts = add.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('');
    tail = insertBefore(tail, AFTER_TABLE_PARTS, `<tableParts count="${add.tableRelIds.length}">${parts}</tableParts>`);
  }
  const encoded = utf8(tail);
  const out = new Uint8Array(cut + encoded.length);
  out.set(bytes.subarray(0, cut), 0);
  out.set(encoded, cut);
  return out;
}

function ensureRelsNamespace(sheetHead: string): boolean {
  return /xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(sheetHead);
}

function freeName(zip: ZipArchive, taken: Set<string>, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const p = pattern(n);
    if (!zip.file(p) && !taken.has(p)) {
      taken.add(p);
      return p;
    }
  }
}

/**
 * Writes the tables and charts of every sheet into a package ExcelJS wrote (which holds neither).
 * Table ids are numbered across the workbook.
 */
export async function addSheetExtras(zip: ZipArchive, extras: SheetExtras[]): Promise<void> {
  const todo = extras.filter((e) => e.tables.length || e.charts.length || e.foreign?.length);
  if (!todo.length) return;
  const sheets = await readPackageSheets(zip);
  const partOf = new Map(sheets.map((s) => [s.name.toLowerCase(), s.part]));
  const taken = new Set<string>();
  const contentTypes: { part: string; type: string }[] = [];
  let tableId = 0;
  for (const e of todo) {
    const part = partOf.get(e.sheet.toLowerCase());
    if (!part) throw new Error(`worksheet part for "${e.sheet}" not found`);
    const relsPath = relsPathOf(part);
    const relsXml = await readText(zip, relsPath);
    const rels = parseRels(relsXml, part);
    const usedIds = new Set(rels.map((r) => r.id));
    const newId = (prefix: string) => {
      let n = 1;
      while (usedIds.has(`${prefix}${n}`)) n++;
      usedIds.add(`${prefix}${n}`);
      return `${prefix}${n}`;
    };
    const newRels: { id: string; type: string; target: string }[] = [];

    // Tables.
    const tableRelIds: string[] = [];
    for (const t of e.tables) {
      const path = freeName(zip, taken, (n) => `xl/tables/table${n}.xml`);
      zip.file(path, renderTableXml(t, ++tableId));
      const id = newId('rIdIfoTable');
      newRels.push({ id, type: REL_TYPE.table, target: relativeTarget(part, path) });
      tableRelIds.push(id);
      contentTypes.push({ part: path, type: CONTENT_TYPE.table });
    }

    // Charts: into the sheet's drawing (ExcelJS writes one for images) or a new one.
    let drawingRelId: string | undefined;
    const foreign = e.foreign ?? [];
    if (e.charts.length || foreign.length) {
      const existing = rels.find((r) => r.type === REL_TYPE.drawing && !r.external);
      const drawingPath = existing ? existing.target : freeName(zip, taken, (n) => `xl/drawings/drawing${n}.xml`);
      const drawingRelsPath = relsPathOf(drawingPath);
      const drawingXml = existing ? ((await readText(zip, drawingPath)) ?? '') : '';
      const drawingRelsXml = existing ? await readText(zip, drawingRelsPath) : null;
      const drawingRelIds = new Set(parseRels(drawingRelsXml, drawingPath).map((r) => r.id));
      let shapeId = Math.max(1, ...findTags(drawingXml, 'xdr:cNvPr').map((a) => parseInt(a.id, 10) || 0));
      const anchors: string[] = [];
      const chartRels: { id: string; type: string; target: string }[] = [];
      for (const ch of e.charts) {
        const chartPath = freeName(zip, taken, (n) => `xl/charts/chart${n}.xml`);
        zip.file(chartPath, renderChartXml(ch.spec, e.sheet, ch.data));
        contentTypes.push({ part: chartPath, type: CONTENT_TYPE.chart });
        let n = 1;
        while (drawingRelIds.has(`rIdIfoChart${n}`)) n++;
        const relId = `rIdIfoChart${n}`;
        drawingRelIds.add(relId);
        chartRels.push({ id: relId, type: REL_TYPE.chart, target: relativeTarget(drawingPath, chartPath) });
        anchors.push(renderChartAnchor(ch.spec, relId, ++shapeId));
      }
      const namespaces: Record<string, string> = {};
      for (const fc of foreign) {
        let n = 1;
        while (drawingRelIds.has(`rIdIfoKept${n}`)) n++;
        const relId = `rIdIfoKept${n}`;
        drawingRelIds.add(relId);
        const placed = placeForeignChart(
          zip,
          fc,
          taken,
          relId,
          ++shapeId,
          (part, type) => contentTypes.push({ part, type }),
          (rels) => renderRelationships(rels),
          relativeTarget,
        );
        chartRels.push({ id: relId, type: REL_TYPE.chart, target: relativeTarget(drawingPath, placed.chartPath) });
        anchors.push(placed.anchor);
        Object.assign(namespaces, placed.namespaces);
      }
      const base = existing ? drawingXml : renderDrawingXml([]);
      zip.file(drawingPath, appendToDrawingXml(base, anchors, namespaces));
      zip.file(drawingRelsPath, addRelationships(drawingRelsXml, chartRels));
      if (!existing) {
        drawingRelId = newId('rIdIfoDrawing');
        newRels.push({ id: drawingRelId, type: REL_TYPE.drawing, target: relativeTarget(part, drawingPath) });
        contentTypes.push({ part: drawingPath, type: CONTENT_TYPE.drawing });
      }
    }

    const sheetFile = zip.file(part);
    if (!sheetFile) throw new Error(`worksheet part ${part} missing`);
    const bytes = await sheetFile.async('uint8array');
    const head = fromUtf8(bytes.subarray(0, Math.min(bytes.length, 2000)));
    if (!ensureRelsNamespace(head)) throw new Error(`worksheet part ${part} lacks the relationships namespace`);
    zip.file(part, patchSheetXml(bytes, { drawingRelId, tableRelIds }));
    zip.file(relsPath, addRelationships(relsXml, newRels));
  }
  const ct = (await readText(zip, '[Content_Types].xml')) ?? '';
  zip.file('[Content_Types].xml', addContentTypes(ct, contentTypes));
}

/** How ExcelJS's XML writer encodes text (it escapes apostrophes too). */
function exceljsXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Two ExcelJS defects in the defined names it writes for print set-up, fixed in workbook.xml:
 * - a sheet named "Kim's" gives 'Kim's'!$1:$3, not a valid reference (Excel reports the file as damaged):
 *   inside quotes an apostrophe is doubled;
 * - a print area comes out as $A1:$D10, with relative rows, which Excel reads relative to the active cell.
 */
export async function fixDefinedNames(zip: ZipArchive, sheetNames: string[]): Promise<void> {
  const quoted = sheetNames.filter((n) => n.includes("'"));
  const part = await workbookPart(zip);
  const xml = part ? await readText(zip, part) : null;
  if (!part || !xml || !xml.includes('<definedName')) return;
  const fixed = xml.replace(/(<definedName\b[^>]*>)([\s\S]*?)(<\/definedName>)/g, (_m, open: string, body: string, close: string) => {
    let b = body;
    for (const n of quoted) b = b.split(exceljsXmlText(`'${n}'!`)).join(exceljsXmlText(`'${n.replace(/'/g, "''")}'!`));
    if (/name="_xlnm\.Print_Area"/.test(open)) {
      b = b.replace(/!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g, (_r, c1: string, r1: string, c2?: string, r2?: string) =>
        c2 ? `!$${c1}$${r1}:$${c2}$${r2}` : `!$${c1}$${r1}`,
      );
    }
    return open + b + close;
  });
  if (fixed !== xml) zip.file(part, fixed);
}
