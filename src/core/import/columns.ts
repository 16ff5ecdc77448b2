/**
 * Column recognition: which column of an extract holds which field, by Swedish and English header names,
 * case- and accent-tolerant, with a confidence. When the mapping is not certain the caller must confirm it
 * (CLI `--map account=Kontonr,…`, task pane dropdowns); confirmed mappings are remembered in the workbook
 * settings under a signature of the header row.
 */
import { UserError } from '../errors';
import { columnIndex, columnLetters } from '../a1';

/** Lower case, accents removed, every run of non-letters/digits a single space. */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The header without year numbers and unit words ("Budget 2026 (tkr)" → "budget"). */
function strippedHeader(norm: string): string {
  return norm
    .split(' ')
    .filter((w) => !/^(19|20)\d\d$/.test(w) && !/^(tkr|kr|sek|mnkr|ksek)$/.test(w))
    .join(' ');
}

export interface FieldDef {
  /** Field id as scripts and `--map` use it, e.g. 'account'. */
  id: string;
  /** Swedish names also accepted in `--map` (normalised), e.g. 'konto'. */
  aliases: string[];
  /** Header names (any form; normalised when compared). */
  synonyms: string[];
  /** Must be mapped for this kind (period may be given instead, see the kind). */
  required?: boolean;
}

const normCache = new Map<readonly string[], Set<string>>();
function synonymSet(f: FieldDef): Set<string> {
  let s = normCache.get(f.synonyms);
  if (!s) {
    s = new Set(f.synonyms.map(normalizeHeader));
    normCache.set(f.synonyms, s);
  }
  return s;
}

/** True when one of the headers names the field for certain (score ≥ CERTAIN_SCORE): what a kind's detect looks at. */
export function fieldPresent(headers: readonly string[], field: FieldDef): boolean {
  return headers.some((h) => headerScore(h, field) >= CERTAIN_SCORE);
}

/** fieldPresent for the field with the given id in a kind's fields. */
export function presenceOf(fields: readonly FieldDef[]): (headers: readonly string[], id: string) => boolean {
  return (headers, id) => fieldPresent(headers, fields.find((f) => f.id === id)!);
}

/** How well a header names a field: 1 exact, 0.95 exact without year/unit, 0.8 contains the name as words, else 0. */
export function headerScore(header: string, field: FieldDef): number {
  const norm = normalizeHeader(header);
  if (!norm) return 0;
  const syn = synonymSet(field);
  if (syn.has(norm)) return 1;
  const stripped = strippedHeader(norm);
  if (stripped && syn.has(stripped)) return 0.95;
  const padded = ' ' + norm + ' ';
  for (const s of syn) if (s.length >= 3 && padded.includes(' ' + s + ' ')) return 0.8;
  return 0;
}

export const CERTAIN_SCORE = 0.8;

export interface ColumnMatch {
  field: string;
  /** 0-based column index. */
  column: number;
  header: string;
  score: number;
  /** How the column was chosen. */
  source: 'detected' | 'user' | 'remembered';
}

export interface MappingResult {
  matches: ColumnMatch[];
  /** True when every required field is mapped with confidence and no field had two equal candidates. */
  certain: boolean;
  /** Fields with two or more equally good columns (e.g. a duplicated header). */
  ambiguous: { field: string; columns: number[] }[];
  /** Required fields with no column. */
  missing: string[];
}

export type UserMapping = Record<string, string>;

/** Finds the field a user named in `--map` (by id or Swedish alias). */
export function fieldByName(fields: readonly FieldDef[], name: string): FieldDef | undefined {
  const n = normalizeHeader(name);
  return fields.find((f) => normalizeHeader(f.id) === n || f.aliases.some((a) => normalizeHeader(a) === n));
}

/** Resolves a column the user named: a header (case/accent tolerant) or a column letter (A, B, …). */
export function columnByName(headers: readonly string[], name: string): number | null {
  const n = normalizeHeader(name);
  const hits: number[] = [];
  headers.forEach((h, i) => {
    if (normalizeHeader(h) === n) hits.push(i);
  });
  if (hits.length === 1) return hits[0];
  if (hits.length > 1) return null;
  if (/^[A-Za-z]{1,3}$/.test(name.trim())) {
    const c = columnIndex(name.trim());
    if (c < headers.length) return c;
  }
  return null;
}

/**
 * Maps columns to fields. The user's choices (by field) come first, then a remembered mapping, then the
 * best-scoring unassigned columns. `required` lists the field ids this import needs.
 */
export function mapColumns(
  headers: readonly string[],
  fields: readonly FieldDef[],
  required: readonly string[],
  opts: { user?: UserMapping; remembered?: UserMapping; fileName?: string } = {},
): MappingResult {
  const matches: ColumnMatch[] = [];
  const takenCols = new Set<number>();
  const takenFields = new Set<string>();
  const place = (fieldName: string, colName: string, source: 'user' | 'remembered') => {
    const f = fieldByName(fields, fieldName);
    if (!f) {
      if (source === 'remembered') return;
      throw new UserError('import.map.unknownField', {
        field: fieldName,
        fields: fields.map((x) => x.id).join(', '),
      });
    }
    const col = columnByName(headers, colName);
    if (col === null) {
      if (source === 'remembered') return;
      throw new UserError('import.map.unknownColumn', {
        column: colName,
        file: opts.fileName ?? '',
        headers: headers.filter((h) => h.trim() !== '').join(', '),
      });
    }
    if (takenFields.has(f.id) || takenCols.has(col)) return;
    matches.push({ field: f.id, column: col, header: headers[col], score: 1, source });
    takenCols.add(col);
    takenFields.add(f.id);
  };
  for (const [k, v] of Object.entries(opts.user ?? {})) place(k, v, 'user');
  for (const [k, v] of Object.entries(opts.remembered ?? {})) place(k, v, 'remembered');

  const cands: { field: FieldDef; column: number; score: number; order: number }[] = [];
  fields.forEach((f, order) => {
    if (takenFields.has(f.id)) return;
    headers.forEach((h, column) => {
      if (takenCols.has(column)) return;
      const score = headerScore(String(h ?? ''), f);
      if (score > 0) cands.push({ field: f, column, score, order });
    });
  });
  cands.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  const ambiguous: { field: string; columns: number[] }[] = [];
  for (const c of cands) {
    if (takenFields.has(c.field.id) || takenCols.has(c.column)) continue;
    const rivals = cands.filter(
      (o) => o.field.id === c.field.id && o.score === c.score && o.column !== c.column && !takenCols.has(o.column),
    );
    if (rivals.length > 0) ambiguous.push({ field: c.field.id, columns: [c.column, ...rivals.map((r) => r.column)] });
    matches.push({ field: c.field.id, column: c.column, header: headers[c.column], score: c.score, source: 'detected' });
    takenCols.add(c.column);
    takenFields.add(c.field.id);
  }
  const missing = required.filter((r) => !takenFields.has(r));
  const weak = matches.some((m) => required.includes(m.field) && m.score < CERTAIN_SCORE);
  const certain = missing.length === 0 && ambiguous.length === 0 && !weak;
  matches.sort((a, b) => a.column - b.column);
  return { matches, certain, ambiguous, missing };
}

/** Parses `account=Kontonr,costCenter=Ansvar` (values may contain spaces; a comma inside a value is written `\,`). */
export function parseUserMapping(text: string): UserMapping {
  const out: UserMapping = {};
  const parts = text.split(/(?<!\\),/).map((p) => p.replace(/\\,/g, ',').trim()).filter(Boolean);
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq <= 0 || eq === p.length - 1) throw new UserError('import.map.syntax', { part: p });
    out[p.slice(0, eq).trim()] = p.slice(eq + 1).trim();
  }
  return out;
}

/** FNV-1a (32 bit) as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A signature of a header row: files with the same (normalised) headers share a remembered mapping. */
export function headerSignature(headers: readonly string[]): string {
  const norm = headers.map((h) => normalizeHeader(String(h ?? '')));
  while (norm.length && norm[norm.length - 1] === '') norm.pop();
  return fnv1a(norm.join('|'));
}

/** Settings key under which a confirmed mapping is remembered. */
export function mappingSettingsKey(kind: string, headers: readonly string[]): string {
  return `import.mapping.${kind}.${headerSignature(headers)}`;
}

/** A mapping as `{field: header}` (for the reconciliation and the settings). */
export function mappingObject(matches: readonly ColumnMatch[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of matches) out[m.field] = m.header;
  return out;
}

/**
 * A confirmed mapping as remembered in the settings: `{field: header}`, or the column letter where the header
 * is not unique in the row (a duplicated "Belopp"), so that the choice still resolves next time.
 */
export function mappingForSettings(headers: readonly string[], matches: readonly ColumnMatch[]): UserMapping {
  const count = new Map<string, number>();
  for (const h of headers) {
    const n = normalizeHeader(String(h ?? ''));
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  const out: UserMapping = {};
  for (const m of matches) {
    const n = normalizeHeader(m.header ?? '');
    out[m.field] = n && count.get(n) === 1 ? m.header : columnLetters(m.column);
  }
  return out;
}

/** A column's name as shown in messages: its header, or its letter when the header is empty. */
export function columnLabel(headers: readonly string[], col: number): string {
  const h = headers[col];
  return h && h.trim() ? h.trim() : columnLetters(col);
}
