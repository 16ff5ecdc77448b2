/**
 * Cases kept in the workbook so the resource board can reopen them: the hidden table `IFO_Arenden`, one row per
 * case and part. The case JSON (masked, normalised) is split over rows when it is longer than a cell may hold
 * (Excel: 32,767 characters), parts numbered from 1 in the column "Del".
 */
import type { CellValue, DataTableDef, TableData } from '../port';
import { EXCEL_LIMITS } from '../port';
import { cellText, columnIndexes, isBlankRow } from '../model/tables';
import type { CaseFile } from './model';

export const CASES_TABLE: DataTableDef = {
  name: 'IFO_Arenden',
  sheet: 'IFO Ärenden',
  visibility: 'hidden',
  columns: [
    { header: 'Ärende', kind: 'text', width: 16 },
    { header: 'Del', kind: 'integer', width: 6 },
    { header: 'Datum', kind: 'text', width: 11 },
    { header: 'Målgrupp', kind: 'text', width: 20 },
    { header: 'Sparad', kind: 'text', width: 20 },
    { header: 'JSON', kind: 'text', width: 80 },
  ],
};

/** Characters of JSON per cell: below Excel's limit with a margin. */
export const CASE_JSON_CHUNK = EXCEL_LIMITS.maxCellTextLength - 767;

/** Splits text into chunks of at most `size` characters without splitting a surrogate pair. */
export function splitText(text: string, size = CASE_JSON_CHUNK): string[] {
  if (text.length === 0) return [''];
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    if (end < text.length) {
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** The rows of one case (schema column order). */
export function caseRows(file: CaseFile, savedAt: string): CellValue[][] {
  const json = JSON.stringify(file);
  return splitText(json).map((part, i) => [file.caseKey, i + 1, file.date, file.targetGroup, savedAt, part]);
}

export interface StoredCase {
  caseKey: string;
  date: string;
  targetGroup: string;
  savedAt: string;
  json: string;
}

/** Stored cases, parts joined in order; the latest saved first. */
export function storedCases(data: TableData | null): StoredCase[] {
  if (!data) return [];
  const idx = columnIndexes(CASES_TABLE, data.headers);
  const byKey = new Map<string, { parts: { n: number; text: string }[]; date: string; targetGroup: string; savedAt: string; order: number }>();
  data.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const key = cellText(row[idx[0]]);
    if (!key) return;
    const n = Number(row[idx[1]] ?? 1) || 1;
    let e = byKey.get(key);
    if (!e) {
      e = { parts: [], date: cellText(row[idx[2]]), targetGroup: cellText(row[idx[3]]), savedAt: cellText(row[idx[4]]), order: i };
      byKey.set(key, e);
    }
    // Texts are read raw: a JSON chunk may start or end with spaces.
    const v = row[idx[5]];
    e.parts.push({ n, text: typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v) });
  });
  const out: StoredCase[] = [];
  for (const [caseKey, e] of byKey) {
    e.parts.sort((a, b) => a.n - b.n);
    out.push({ caseKey, date: e.date, targetGroup: e.targetGroup, savedAt: e.savedAt, json: e.parts.map((p) => p.text).join('') });
  }
  return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.caseKey.localeCompare(b.caseKey)));
}

/** All rows of the table after saving `file`: the case's earlier rows replaced, other cases kept in order. */
export function upsertCaseRows(existing: TableData | null, file: CaseFile, savedAt: string): CellValue[][] {
  const rows: CellValue[][] = [];
  if (existing) {
    const idx = columnIndexes(CASES_TABLE, existing.headers);
    for (const row of existing.rows) {
      if (isBlankRow(row)) continue;
      if (cellText(row[idx[0]]).toLowerCase() === file.caseKey.toLowerCase()) continue;
      rows.push(idx.map((i) => row[i] ?? null));
    }
  }
  rows.push(...caseRows(file, savedAt));
  return rows;
}
