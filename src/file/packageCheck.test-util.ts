/**
 * Test helper: checks a saved .xlsx package the way Excel is strict about it, so a test fails where Excel
 * would say "We found a problem with some content": every XML part well-formed, every relationship target
 * present, every part typed in [Content_Types].xml, table ids and names unique, each table's column names equal
 * to its header cells, every tablePart / drawing reference resolvable.
 */
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parseRange } from '../core/a1';
import { readPackageSheets, readRels, readText } from './package';
import { readSheetRows } from './readSheetRows';
import { parseTableXml } from './tableParts';
import { findTags } from './xml';

export interface PackageSummary {
  parts: string[];
  tables: { sheet: string; name: string; ref: string; id: string }[];
  charts: { sheet: string; part: string; xml: string }[];
}

/** `wellFormedUpTo`: parts larger than this (characters) skip the well-formedness check (ExcelJS's sheet data). */
export async function checkPackage(bytes: Uint8Array, options: { wellFormedUpTo?: number } = {}): Promise<PackageSummary> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const problems: string[] = [];
  const limit = options.wellFormedUpTo ?? Infinity;

  for (const p of parts.filter((p) => /\.(xml|rels)$/.test(p))) {
    const xml = (await readText(zip, p)) ?? '';
    if (xml.length > limit) continue;
    const ok = XMLValidator.validate(xml);
    if (ok !== true) problems.push(`${p}: not well-formed: ${JSON.stringify(ok)}`);
  }

  const ct = (await readText(zip, '[Content_Types].xml')) ?? '';
  const defaults = new Set(findTags(ct, 'Default').map((d) => d.Extension.toLowerCase()));
  const overrides = findTags(ct, 'Override').map((o) => o.PartName.replace(/^\//, ''));
  for (const o of overrides) if (!parts.includes(o)) problems.push(`content type for missing part ${o}`);
  for (const p of parts) {
    if (p === '[Content_Types].xml') continue;
    const ext = p.split('.').pop()!.toLowerCase();
    if (!overrides.includes(p) && !defaults.has(ext)) problems.push(`no content type for ${p}`);
  }

  for (const relsPart of parts.filter((p) => p.endsWith('.rels'))) {
    const owner = relsPart.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const ids = new Set<string>();
    for (const r of await readRels(zip, owner)) {
      if (ids.has(r.id)) problems.push(`${relsPart}: duplicate id ${r.id}`);
      ids.add(r.id);
      if (!r.external && !parts.includes(r.target)) problems.push(`${relsPart}: ${r.id} → missing ${r.target}`);
    }
  }

  const sheets = await readPackageSheets(zip);
  const tables: PackageSummary['tables'] = [];
  const charts: PackageSummary['charts'] = [];
  for (const sheet of sheets) {
    const xml = (await readText(zip, sheet.part)) ?? '';
    const rels = await readRels(zip, sheet.part);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const tableParts = findTags(xml, 'tablePart');
    const count = findTags(xml, 'tableParts')[0]?.count;
    if (tableParts.length && Number(count) !== tableParts.length) problems.push(`${sheet.name}: tableParts count ${count} ≠ ${tableParts.length}`);
    let rows: unknown[][] | null = null;
    for (const tp of tableParts) {
      const rel = byId.get(tp['r:id']);
      if (!rel || !/\/table$/.test(rel.type)) {
        problems.push(`${sheet.name}: tablePart ${tp['r:id']} has no table relationship`);
        continue;
      }
      const txml = (await readText(zip, rel.target)) ?? '';
      const t = parseTableXml(txml);
      const root = findTags(txml, 'table')[0];
      if (!t) {
        problems.push(`${rel.target}: not a table`);
        continue;
      }
      tables.push({ sheet: sheet.name, name: t.name, ref: root.ref, id: root.id });
      if (t.headerRow) {
        rows ??= (await readSheetRows(bytes, { sheet: sheet.name })).rows;
        const r = parseRange(root.ref);
        const header = (rows[r.top] ?? []).slice(r.left, r.left + r.cols);
        const texts = Array.from({ length: r.cols }, (_v, j) => (header[j] === null || header[j] === undefined ? '' : String(header[j])));
        if (JSON.stringify(texts) !== JSON.stringify(t.columns)) {
          problems.push(`${t.name}: column names ${JSON.stringify(t.columns)} ≠ header cells ${JSON.stringify(texts)}`);
        }
      }
    }
    for (const d of findTags(xml, 'drawing')) {
      const rel = byId.get(d['r:id']);
      if (!rel || !/\/drawing$/.test(rel.type)) {
        problems.push(`${sheet.name}: drawing ${d['r:id']} has no drawing relationship`);
        continue;
      }
      for (const cr of (await readRels(zip, rel.target)).filter((r) => /\/chart$/.test(r.type))) {
        charts.push({ sheet: sheet.name, part: cr.target, xml: (await readText(zip, cr.target)) ?? '' });
      }
    }
  }
  const ids = tables.map((t) => t.id);
  if (new Set(ids).size !== ids.length) problems.push(`table ids not unique: ${ids.join(',')}`);
  const names = tables.map((t) => t.name.toLowerCase());
  if (new Set(names).size !== names.length) problems.push(`table names not unique: ${names.join(',')}`);

  if (problems.length) throw new Error('package problems:\n' + problems.join('\n'));
  return { parts, tables, charts };
}
