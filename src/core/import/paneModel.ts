/**
 * What the task pane's Import view shows, computed here so the pane holds no arithmetic: the mapping rows with
 * their confidence, the column choices, the reconciliation summed over the files, a file's reconciliation as
 * display rows, the progress of a read, and the workbook's import status. Texts in the current language.
 */
import { columnLetters } from '../a1';
import { formatNumber, formatOre, formatPercent, type Ore } from '../money';
import { hasText, t } from '../strings';
import { CERTAIN_SCORE, normalizeHeader, type UserMapping } from './columns';
import type { ImportProgress } from './kinds';
import type { SourcePreview } from './service';
import type { ImportLogEntry, ImportStatus } from './status';
import type { FileReconciliation, ImportReconciliation, Reject } from './types';

/** A field's name for the user ("Konto", "Belopp"); the id when no text exists (a kind registered elsewhere). */
export function fieldLabel(id: string): string {
  const key = `import.field.${id}`;
  return hasText(key) ? t(key) : id;
}

/** A kind's name for the user ("huvudbok", "kontoplan"). */
export function kindLabel(kind: string): string {
  const key = `import.report.kind.${kind}`;
  return hasText(key) ? t(key) : kind;
}

/** A skip reason for the user ("summa- och totalrader"). */
export function skipLabel(reason: string): string {
  const key = `import.skip.${reason}`;
  return hasText(key) ? t(key) : reason;
}

export type MappingState = 'certain' | 'weak' | 'ambiguous' | 'missing' | 'remembered' | 'user' | 'unmapped';

export interface MappingRow {
  field: string;
  label: string;
  required: boolean;
  /** 0-based column, −1 when no column is mapped. */
  column: number;
  /** "Belopp (J)", or '' when unmapped. */
  columnText: string;
  state: MappingState;
  /** "Säker 100 %", "Osäker 80 %", "Ihågkommen", "Ditt val", "Saknas" … */
  confidence: string;
  /** True when the user should look at this row (missing, ambiguous, weak). */
  attention: boolean;
}

/** "Belopp (J)"; a header-less column is shown by its letter only. */
export function columnText(headers: readonly string[], column: number): string {
  const h = (headers[column] ?? '').trim();
  return h ? `${h} (${columnLetters(column)})` : columnLetters(column);
}

/** The mapping of a preview as one row per field of the kind, required fields first. */
export function mappingRows(p: SourcePreview): MappingRow[] {
  const byField = new Map(p.mapping.map((m) => [m.field, m]));
  const ambiguous = new Set(p.ambiguous.map((a) => a.field));
  const missing = new Set(p.missing);
  const rows: MappingRow[] = p.fields.map((f) => {
    const m = byField.get(f.id);
    let state: MappingState;
    if (!m) state = missing.has(f.id) ? 'missing' : 'unmapped';
    else if (m.source === 'user') state = 'user';
    else if (m.source === 'remembered') state = 'remembered';
    else if (ambiguous.has(f.id)) state = 'ambiguous';
    else state = m.score >= CERTAIN_SCORE ? 'certain' : 'weak';
    if (state === 'weak' && !f.required) state = 'certain';
    const pct = m ? formatPercent(m.score, 0) : '';
    const confidence =
      state === 'certain' ? t('import.pane.conf.certain', { pct })
      : state === 'weak' ? t('import.pane.conf.weak', { pct })
      : t(`import.pane.conf.${state}`);
    return {
      field: f.id,
      label: fieldLabel(f.id),
      required: f.required,
      column: m ? m.column : -1,
      columnText: m ? columnText(p.headers, m.column) : '',
      state,
      confidence,
      attention: state === 'missing' || state === 'ambiguous' || state === 'weak',
    };
  });
  // Required fields first, then mapped optional ones, then the rest; otherwise the kind's order.
  const rank = (r: MappingRow) => (r.required ? 0 : r.column >= 0 ? 1 : 2);
  return rows.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map((x) => x.r);
}

/** The columns a field may be mapped to, for a dropdown: value = column index as text. */
export function columnOptions(p: SourcePreview): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  p.headers.forEach((_, c) => out.push({ value: String(c), text: columnText(p.headers, c) }));
  return out;
}

/** The mapping was taken from an earlier import of a file with the same header. */
export function usesRememberedMapping(p: SourcePreview): boolean {
  return p.mapping.some((m) => m.source === 'remembered');
}

/**
 * The user's choices (field → column) as a mapping for previewSource / analyseImport: the header where it is
 * unique in the row, else the column letter (a duplicated "Belopp").
 */
export function userMappingFor(headers: readonly string[], choices: Readonly<Record<string, number>>): UserMapping {
  const count = new Map<string, number>();
  for (const h of headers) {
    const n = normalizeHeader(String(h ?? ''));
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  const out: UserMapping = {};
  for (const [field, col] of Object.entries(choices)) {
    if (col < 0 || col >= headers.length) continue;
    const h = String(headers[col] ?? '').trim();
    const n = normalizeHeader(h);
    // A header that is itself one or two letters would be read as a column letter: use the letter then.
    out[field] = n && count.get(n) === 1 && !/^[a-z]{1,3}$/.test(n) ? h : columnLetters(col);
  }
  return out;
}

/** The current mapping of a preview as choices (what "Bekräfta kolumnerna" confirms). */
export function choicesOf(p: SourcePreview): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of p.mapping) out[m.field] = m.column;
  return out;
}

/** "windows-1252 · semikolon · rubrik på rad 5". */
export function formatLine(p: { encoding: string | null; delimiter: string | null; headerRow: number; sheet?: string | null }): string {
  const parts: string[] = [];
  if (p.encoding) parts.push(encodingLabel(p.encoding));
  if (p.delimiter) parts.push(delimiterLabel(p.delimiter));
  if (p.sheet) parts.push(t('import.pane.sheet', { sheet: p.sheet }));
  if (p.headerRow) parts.push(t('import.pane.headerRow', { row: p.headerRow }));
  return parts.join(' · ');
}

function encodingLabel(e: string): string {
  const key = `import.pane.encoding.${e}`;
  return hasText(key) ? t(key) : e;
}

function delimiterLabel(d: string): string {
  const names: Record<string, string> = { ';': 'semicolon', ',': 'comma', tab: 'tab', '|': 'pipe' };
  const key = `import.pane.delimiter.${names[d] ?? ''}`;
  return hasText(key) ? t(key) : t('import.pane.delimiter.other', { delimiter: d });
}

const kr = (ore: Ore) => formatOre(ore, { suffix: true });
const count = (n: number) => formatNumber(n);

/**
 * Sums of a whole run, over its files. Amounts are summed per kind only (actuals and budget are never added
 * together); the period table has one column per kind with amounts.
 */
export interface ReconciliationSummary {
  files: number;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: number;
  rowsRejected: number;
  maskedPersonalNumbers: number;
  /** Total per kind that carries amounts (huvudbok, budget, uppföljningsrapport …), in file order. */
  totals: { kind: string; label: string; ore: Ore; amount: string }[];
  /** Column heads of the period table (one per kind with periods). */
  periodColumns: { kind: string; label: string }[];
  /** Periods in order; amounts per column ('' where that kind has none). */
  byPeriod: { period: string; amounts: string[] }[];
  /** Key figures as label/value pairs, ready to show. */
  figures: { key: string; label: string; value: string; tone?: 'warning' | 'danger' }[];
}

const skippedTotal = (f: FileReconciliation) => Object.values(f.rowsSkipped).reduce((a, b) => a + b, 0);

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);

export function summarizeReconciliation(r: ImportReconciliation): ReconciliationSummary {
  let rowsRead = 0;
  let rowsImported = 0;
  let rowsSkipped = 0;
  let rowsRejected = 0;
  let masked = 0;
  const totals = new Map<string, Ore>();
  const periods = new Map<string, Map<string, Ore>>();
  for (const f of r.files) {
    rowsRead += f.rowsRead;
    rowsImported += f.rowsImported;
    rowsSkipped += skippedTotal(f);
    rowsRejected += f.rowsRejected;
    masked += f.maskedPersonalNumbers;
    const hasAmounts = f.totalOre !== 0 || Object.keys(f.totalsByPeriodOre).length > 0;
    if (hasAmounts) totals.set(f.kind, (totals.get(f.kind) ?? 0) + f.totalOre);
    for (const [p, v] of Object.entries(f.totalsByPeriodOre)) {
      let m = periods.get(f.kind);
      if (!m) periods.set(f.kind, (m = new Map()));
      m.set(p, (m.get(p) ?? 0) + v);
    }
  }
  const periodColumns = [...periods.keys()].map((kind) => ({ kind, label: capitalised(kindLabel(kind)) }));
  const allPeriods = [...new Set([...periods.values()].flatMap((m) => [...m.keys()]))].sort();
  const byPeriod = allPeriods.map((period) => ({
    period,
    amounts: periodColumns.map((c) => {
      const v = periods.get(c.kind)!.get(period);
      return v === undefined ? '' : kr(v);
    }),
  }));
  const totalList = [...totals.entries()].map(([kind, ore]) => ({ kind, label: t('import.pane.fig.totalKind', { kind: kindLabel(kind) }), ore, amount: kr(ore) }));
  return {
    files: r.files.length,
    rowsRead,
    rowsImported,
    rowsSkipped,
    rowsRejected,
    maskedPersonalNumbers: masked,
    totals: totalList,
    periodColumns,
    byPeriod,
    figures: [
      { key: 'read', label: t('import.pane.fig.read'), value: count(rowsRead) },
      { key: 'imported', label: t('import.pane.fig.imported'), value: count(rowsImported) },
      { key: 'skipped', label: t('import.pane.fig.skipped'), value: count(rowsSkipped) },
      { key: 'rejected', label: t('import.pane.fig.rejected'), value: count(rowsRejected), ...(rowsRejected ? { tone: 'danger' as const } : {}) },
      ...totalList.map((x) => ({ key: `total-${x.kind}`, label: x.label, value: x.amount })),
      { key: 'masked', label: t('import.pane.fig.masked'), value: count(masked) },
    ],
  };
}

/** One file's reconciliation as display rows. */
export interface FileView {
  file: string;
  title: string;
  kind: string;
  format: string;
  mapping: { label: string; header: string }[];
  rowsLine: string;
  /** The line under the file name: its error, or the total (where the kind has amounts) and the rows. */
  headline: string;
  skipped: { reason: string; label: string; count: string; amount: string | null }[];
  total: string;
  byPeriod: { period: string; amount: string }[];
  byCostCenter: { code: string; amount: string }[];
  reportLine: string | null;
  masked: string;
  unmappedAccounts: string[];
  unmappedCostCenters: string[];
  warnings: string[];
  rejects: Reject[];
  /** Rejects counted but not listed (the listing cap). */
  rejectsNotListed: number;
  error: string | null;
}

export function fileView(f: FileReconciliation): FileView {
  const rowsLine = t('import.report.rows', { read: count(f.rowsRead), imported: count(f.rowsImported), skipped: count(skippedTotal(f)), rejected: count(f.rowsRejected) });
  const hasAmounts = f.totalOre !== 0 || Object.keys(f.totalsByPeriodOre).length > 0;
  return {
    file: f.file,
    title: f.sheet ? `${f.file} [${f.sheet}]` : f.file,
    kind: kindLabel(f.kind),
    format: formatLine(f),
    mapping: Object.entries(f.mapping).map(([field, header]) => ({ label: fieldLabel(field), header })),
    rowsLine,
    headline: f.error ?? (hasAmounts ? `${kr(f.totalOre)} · ${rowsLine}` : rowsLine),
    skipped: Object.entries(f.rowsSkipped).map(([reason, n]) => ({
      reason,
      label: skipLabel(reason),
      count: count(n),
      amount: f.skippedAmountsOre?.[reason] !== undefined ? kr(f.skippedAmountsOre[reason]) : null,
    })),
    total: kr(f.totalOre),
    byPeriod: Object.entries(f.totalsByPeriodOre).map(([period, v]) => ({ period, amount: kr(v) })),
    byCostCenter: Object.entries(f.totalsByCostCenterOre).map(([code, v]) => ({ code, amount: kr(v) })),
    reportLine: f.reportPeriod
      ? t('import.report.reportPeriod', { period: f.reportPeriod, amount: kr(f.forecastTotalOre ?? 0), comments: f.comments ?? 0 })
      : null,
    masked: t('import.report.masked', { count: f.maskedPersonalNumbers }),
    unmappedAccounts: f.unmappedAccounts ?? [],
    unmappedCostCenters: f.unmappedCostCenters ?? [],
    warnings: f.warnings ?? [],
    rejects: f.rejects,
    rejectsNotListed: f.rejectsNotListed ?? 0,
    error: f.error ?? null,
  };
}

/** What the status area shows while a file is read: kB read of the file's size (a bar) and the rows so far. */
export function progressView(p: ImportProgress): { done?: number; total?: number; unit?: string; detail: string } {
  const detail = t('import.pane.progressDetail', { file: p.file, rows: count(p.rowsRead) });
  if (p.totalBytes && p.bytesRead !== undefined) {
    return { done: Math.round(p.bytesRead / 1024), total: Math.max(1, Math.round(p.totalBytes / 1024)), unit: 'kB', detail };
  }
  return { detail };
}

/** A file's size for the user: "2,1 kB", "12,4 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return t('import.pane.sizeKb', { size: formatNumber(bytes / 1024, 1) });
  return t('import.pane.sizeMb', { size: formatNumber(bytes / (1024 * 1024), 1) });
}

/** The workbook's import status as display rows: the newest log entries first. */
export interface StatusView {
  importCount: number;
  entries: { id: string; time: string; file: string; kind: string; periods: string; rows: string; amount: string; line: string }[];
  actuals: string;
  budget: string | null;
  gaps: string[];
  noGaps: boolean;
}

function periodsText(periods: readonly string[]): string {
  if (!periods.length) return '–';
  if (periods.length <= 2) return periods.join(', ');
  return `${periods[0]} – ${periods[periods.length - 1]} (${periods.length})`;
}

export function statusView(s: ImportStatus, max = 6): StatusView {
  const newest: ImportLogEntry[] = [...s.imports].reverse().slice(0, max);
  const gaps: string[] = [];
  if (s.unmappedAccounts.length) gaps.push(t('import.report.unmappedAccounts', { list: s.unmappedAccounts.join(', ') }));
  if (s.unmappedCostCenters.length) gaps.push(t('import.report.unmappedCostCenters', { list: s.unmappedCostCenters.join(', ') }));
  return {
    importCount: s.imports.length,
    entries: newest.map((e) => {
      const kind = kindLabel(e.kind);
      const periods = periodsText(e.periods);
      const rows = count(e.rowsImported);
      const amount = kr(e.totalOre);
      // Structure files (organisation, account map) have neither periods nor amounts.
      const line = e.periods.length || e.totalOre
        ? t('import.pane.statusEntry', { kind, periods, rows, amount })
        : t('import.pane.statusEntryRows', { kind, rows });
      return { id: e.importId, time: e.time.replace('T', ' ').slice(0, 16), file: e.file, kind, periods, rows, amount, line };
    }),
    actuals: t('import.status.actuals', { amount: kr(s.totalOre), rows: count(s.actualRows) }),
    budget: s.budgetTotalOre ? t('import.status.budget', { amount: kr(s.budgetTotalOre) }) : null,
    gaps,
    noGaps: gaps.length === 0 && s.actualRows > 0,
  };
}
