/**
 * Charts in a loaded file that this adapter did not write (made in Excel, or by the Office.js adapter).
 * ExcelJS drops them; this module keeps each one as it was — its anchor in the sheet's drawing and every part
 * it refers to (chart, style, colours, user shapes, images) — and writes them back on save under new names.
 * A chart goes when its sheet is replaced or deleted, as in Excel.
 */
import type { ZipArchive } from './libs';
import { CONTENT_TYPE, NS, REL_TYPE } from './chartParts';
import { readRels, readText, type PackageSheet, type Relationship } from './package';
import { findTags, parseAttributes, relsPathOf } from './xml';

export interface KeptPart {
  data: Uint8Array;
  type: string;
  rels: Relationship[];
}

export interface ForeignChart {
  /** The chart's name in the drawing (cNvPr). */
  name: string;
  /** The anchor element as it was in the drawing. */
  anchor: string;
  /** The r:id the anchor uses for its chart. */
  relId: string;
  /** The chart part's original path: the key of the part tree below. */
  chartPath: string;
  /** Every part reachable from the chart, by original path. */
  parts: Map<string, KeptPart>;
  /** Namespace declarations of the original drawing's root, for prefixes the anchor may use. */
  namespaces: Record<string, string>;
}

const ANCHOR = /<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>|<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g;

interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

async function contentTypes(zip: ZipArchive): Promise<ContentTypes> {
  const xml = (await readText(zip, '[Content_Types].xml')) ?? '';
  return {
    defaults: new Map(findTags(xml, 'Default').map((d) => [d.Extension.toLowerCase(), d.ContentType])),
    overrides: new Map(findTags(xml, 'Override').map((o) => [o.PartName.replace(/^\//, ''), o.ContentType])),
  };
}

function typeOf(ct: ContentTypes, path: string): string {
  return ct.overrides.get(path) ?? ct.defaults.get(path.split('.').pop()!.toLowerCase()) ?? 'application/octet-stream';
}

/** Reads the charts of a sheet's drawings, leaving out those named in `skip` (the adapter's own). */
export async function readForeignCharts(zip: ZipArchive, sheet: PackageSheet, skip: Set<string>): Promise<ForeignChart[]> {
  const out: ForeignChart[] = [];
  const ct = await contentTypes(zip);
  for (const drawingRel of (await readRels(zip, sheet.part)).filter((r) => r.type === REL_TYPE.drawing && !r.external)) {
    const xml = await readText(zip, drawingRel.target);
    if (!xml) continue;
    const root = /<xdr:wsDr\b([^>]*)>/.exec(xml);
    const namespaces: Record<string, string> = {};
    for (const [k, v] of Object.entries(parseAttributes(root?.[1] ?? ''))) if (k.startsWith('xmlns:')) namespaces[k] = v;
    const rels = await readRels(zip, drawingRel.target);
    for (const anchor of xml.match(ANCHOR) ?? []) {
      if (!anchor.includes(NS.c) && !/<c:chart\b/.test(anchor)) continue;
      const chartTag = /<c:chart\b[^>]*>/.exec(anchor);
      const relId = chartTag ? Object.entries(parseAttributes(chartTag[0])).find(([k]) => /(^|:)id$/.test(k))?.[1] : undefined;
      const rel = relId ? rels.find((r) => r.id === relId && !r.external) : undefined;
      if (!relId || !rel || !zip.file(rel.target)) continue;
      const nameMatch = /<xdr:cNvPr\b[^>]*>/.exec(anchor);
      const name = nameMatch ? (parseAttributes(nameMatch[0]).name ?? '') : '';
      if (skip.has(name)) continue;
      const parts = new Map<string, KeptPart>();
      const queue = [rel.target];
      while (queue.length) {
        const path = queue.shift()!;
        if (parts.has(path)) continue;
        const file = zip.file(path);
        if (!file) continue;
        const partRels = await readRels(zip, path);
        parts.set(path, { data: await file.async('uint8array'), type: typeOf(ct, path), rels: partRels });
        for (const r of partRels) if (!r.external) queue.push(r.target);
      }
      out.push({ name, anchor, relId, chartPath: rel.target, parts, namespaces });
    }
  }
  return out;
}

/** A free name beside the original: xl/charts/chart3.xml → xl/charts/chart7.xml. */
export function freePathLike(original: string, taken: (p: string) => boolean): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(original);
  const stem = m ? m[1] : original;
  const ext = m ? m[3] : '';
  for (let n = 1; ; n++) {
    const p = `${stem}${n}${ext}`;
    if (!taken(p)) return p;
  }
}

export interface PlacedChart {
  /** The anchor to put in the drawing, pointing at `relId`. */
  anchor: string;
  relId: string;
  /** The chart part's new path (for the drawing's relationship). */
  chartPath: string;
  namespaces: Record<string, string>;
}

/**
 * Writes a kept chart's parts under new names and returns its anchor for the drawing, with the chart
 * relationship id and shape id it gets there.
 */
export function placeForeignChart(
  zip: ZipArchive,
  chart: ForeignChart,
  taken: Set<string>,
  relId: string,
  shapeId: number,
  addContentType: (part: string, type: string) => void,
  relationshipsXml: (rels: { id: string; type: string; target: string; external: boolean }[], ownerPart: string) => string,
  relative: (from: string, to: string) => string,
): PlacedChart {
  const isTaken = (p: string) => taken.has(p) || zip.file(p) !== null;
  const renamed = new Map<string, string>();
  for (const path of chart.parts.keys()) {
    const next = freePathLike(path, isTaken);
    taken.add(next);
    renamed.set(path, next);
  }
  for (const [path, part] of chart.parts) {
    const next = renamed.get(path)!;
    zip.file(next, part.data);
    addContentType(next, part.type === 'application/octet-stream' && next.endsWith('.xml') ? CONTENT_TYPE.chart : part.type);
    if (part.rels.length) {
      const rels = part.rels.map((r) => ({
        id: r.id,
        type: r.type,
        external: r.external,
        target: r.external ? r.target : relative(next, renamed.get(r.target) ?? r.target),
      }));
      zip.file(relsPathOf(next), relationshipsXml(rels, next));
    }
  }
  const anchor = chart.anchor
    .replace(/(<c:chart\b[^>]*\br:id=")[^"]*(")/, `$1${relId}$2`)
    .replace(/(<xdr:cNvPr\b[^>]*\bid=")\d+(")/, `$1${shapeId}$2`);
  return { anchor, relId, chartPath: renamed.get(chart.chartPath)!, namespaces: chart.namespaces };
}
