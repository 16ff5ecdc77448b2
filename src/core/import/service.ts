/**
 * The import service: sources in, a validated plan out, then the writes.
 *
 *   analyseImport(port, sources, options) → ImportPlan     reads and validates everything; writes nothing
 *   applyImport(port, plan)                                 writes the planned tables and settings
 *   runImport(port, sources, options) → reconciliation      both, refusing with ImportRefusedError
 *
 * All or nothing by default: any invalid row in any file refuses the whole import (every such row listed)
 * and the workbook is not touched. With `skipInvalid` the valid rows are imported and the rejects listed.
 * A ledger import replaces the actuals of the periods it covers (idempotent); files given in one run are
 * combined. The import log records file, content hash, time, rows and sums.
 */
import { issue, isUserError, UserError, type InputIssue } from '../errors';
import { oreToKronor } from '../money';
import type { SettingValue, WorkbookPort } from '../port';
import { t } from '../strings';
import { columnLetters } from '../a1';
import { ACCOUNT_MAP_TABLE, CODE_NAMES_TABLE, COST_LINES_TABLE, IMPORT_LOG_TABLE, ORGANISATION_TABLE, cellText } from '../model/tables';
import {
  columnLabel,
  mapColumns,
  normalizeHeader,
  mappingForSettings,
  mappingObject,
  mappingSettingsKey,
  type FieldDef,
  type UserMapping,
} from './columns';
import {
  DEFAULT_MAX_FILE_BYTES,
  importKind,
  importKinds,
  type ImportOptions,
  type KindFileResult,
  type KindHandler,
  type StructureState,
} from './kinds';
import { newSourceInfo, sourceRows, type ImportSource } from './sources';
import { TableStaging, applyWrites, type WriteOp } from './staging';
import {
  DEFAULT_ACCOUNT_MAP,
  DEFAULT_COST_LINES,
  accountMapRows,
  costLineResolver,
  costLinesRows,
  isCostCenterMapped,
  readAccountMap,
  readCostLines,
  readOrganisation,
} from './structure';
import { findTable, headerRowScore } from './table';
import { maskPersonalNumbers } from './mask';
import { cellString } from './values';
import { emptyReconciliation, type FileReconciliation, type ImportReconciliation, type Reject } from './types';
// Built-in kinds register themselves.
import './ledgerKind';
import './followup';
import './budget';
// The placement register's kind lives with the placements (it imports nothing of this service).
import '../placements/importKind';
import './structureKinds';

export interface ImportPlan {
  reconciliation: ImportReconciliation;
  importId: string;
  writes: WriteOp[];
}

/** Refused input, carrying the reconciliation so far (the CLI prints it as JSON on refusal). */
export class ImportRefusedError extends UserError {
  readonly reconciliation: ImportReconciliation;
  constructor(key: ConstructorParameters<typeof UserError>[0], params: ConstructorParameters<typeof UserError>[1], issues: InputIssue[], reconciliation: ImportReconciliation) {
    super(key, params, issues);
    this.reconciliation = reconciliation;
  }
}

export async function readStructure(port: WorkbookPort): Promise<StructureState> {
  const [accountMap, costLines, organisation] = await Promise.all([readAccountMap(port), readCostLines(port), readOrganisation(port)]);
  return {
    accountMap: accountMap ?? [...DEFAULT_ACCOUNT_MAP],
    accountMapExists: accountMap !== null,
    costLines: costLines ?? [...DEFAULT_COST_LINES],
    costLinesExist: costLines !== null,
    organisation,
  };
}

function compactTime(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z$/, '').slice(0, 15);
}

async function resolveHash(source: ImportSource): Promise<string | undefined> {
  if (!source.hash) return undefined;
  return typeof source.hash === 'string' ? source.hash : await source.hash();
}

/** A file size for messages: "2,1 kB", "612,4 MB". */
function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1).replace('.', ',') + ' kB';
  return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' MB';
}

/** Picks the kind from the headers: the handler with the highest score. */
export function detectKind(headers: readonly string[], handlers: readonly KindHandler[] = importKinds()): KindHandler {
  let best: KindHandler | null = null;
  let bestScore = 0;
  for (const h of handlers) {
    const s = h.detect(headers);
    if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  return best ?? importKind('ledger')!;
}

function uncertainIssues(file: string, headers: readonly string[], fields: readonly FieldDef[], m: ReturnType<typeof mapColumns>): InputIssue[] {
  const out: InputIssue[] = [];
  for (const f of m.missing) out.push(issue({ file }, 'import.map.missingField', { field: f, headers: headers.filter(Boolean).join(', ') }));
  for (const a of m.ambiguous) {
    out.push(issue({ file }, 'import.map.ambiguousField', { field: a.field, columns: a.columns.map((c) => columnLabel(headers, c) + ' (' + columnLetters(c) + ')').join(', ') }));
  }
  for (const x of m.matches) {
    if (x.score < 0.8 && fields.some((f) => f.id === x.field && f.required)) {
      out.push(issue({ file, column: x.header }, 'import.map.weakField', { field: x.field }));
    }
  }
  return out;
}


function rejectIssues(r: FileReconciliation): InputIssue[] {
  return r.rejects.map((x: Reject) =>
    issue({ file: r.file, sheet: r.sheet ?? undefined, row: x.row, column: x.column || undefined, value: x.value }, x.key, x.params),
  );
}

/** Reads and validates every source and plans the writes. Writes nothing. */
export async function analyseImport(port: WorkbookPort, sources: readonly ImportSource[], options: ImportOptions): Promise<ImportPlan> {
  if (!sources.length) throw new UserError('import.noSources');
  for (const k of [options.kind, ...sources.map((x) => x.kind)]) {
    if (k && !importKind(k)) throw new UserError('import.kind.unknown', { kind: k, kinds: importKinds().map((x) => x.kind).join(', ') });
  }
  const settings = await port.getSettings();
  const structure = await readStructure(port);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const results: { handler: KindHandler; result: KindFileResult; source: ImportSource; remember: { key: string; value: UserMapping } | null }[] = [];
  const recons: FileReconciliation[] = [];
  const fileIssues: InputIssue[] = [];

  for (const source of sources) {
    const kindName = source.kind ?? options.kind;
    const forced = kindName ? importKind(kindName) : undefined;
    const userMap = source.map ?? options.map;
    let recon = emptyReconciliation(source.name, kindName ?? 'ledger');
    try {
      if (source.size !== undefined && source.size > maxBytes) {
        throw new UserError('import.file.tooLarge', { file: source.name, size: sizeText(source.size), max: sizeText(maxBytes) });
      }
      const info = newSourceInfo(source);
      const onProgress = options.onProgress;
      const batches = sourceRows(source, info, {
        hooks: options.hooks,
        signal: options.signal,
        onChunk: onProgress ? (p) => onProgress({ file: source.name, totalBytes: source.size, ...p }) : undefined,
      });
      const candidates = forced ? [forced] : importKinds();
      const allFields = candidates.flatMap((k) => k.fields);
      const extras = candidates.map((k) => k.headerExtra).filter((x): x is (s: string) => boolean => !!x);
      // Headers the user named in --map count as recognised too.
      const userHeaders = new Set(Object.values(userMap ?? {}).map((h) => normalizeHeader(h)));
      const isExtra = (s: string) => userHeaders.has(normalizeHeader(s)) || extras.some((e) => e(s));
      const table = await findTable(batches, (row) => headerRowScore(row, allFields, isExtra), source.name);
      recon.encoding = info.encoding;
      recon.delimiter = info.delimiter;
      recon.headerRow = table.headerRow;
      const handler = forced ?? detectKind(table.headers, candidates);
      recon.kind = handler.kind;
      const key = mappingSettingsKey(handler.kind, table.headers);
      const remembered = settings[key];
      const mapping = mapColumns(table.headers, handler.fields, handler.required(options), {
        user: userMap,
        remembered: isMapping(remembered) ? remembered : undefined,
        fileName: source.name,
      });
      recon.mapping = mappingObject(mapping.matches);
      if (!mapping.certain) {
        const proposal = mapping.matches.map((m) => `${m.field}=${m.header}`).join(',');
        throw new UserError(
          'import.map.uncertain',
          { file: source.name, proposal: proposal || '–' },
          uncertainIssues(source.name, table.headers, handler.fields, mapping),
        );
      }
      const result = await handler.process({ info, table, mapping, options, structure });
      result.recon.file = source.name;
      result.recon.kind = handler.kind;
      result.recon.headerRow = table.headerRow;
      result.recon.mapping = mappingObject(mapping.matches);
      result.recon.encoding = info.encoding;
      result.recon.delimiter = info.delimiter;
      result.recon.sheet = info.sheet;
      recon = result.recon;
      if (recon.rowsImported === 0 && recon.rowsRejected === 0) {
        throw new UserError('import.file.noRows', { file: source.name });
      }
      recon.hash = await resolveHash(source);
      const userChose = mapping.matches.some((m) => m.source === 'user');
      results.push({
        handler,
        result,
        source,
        remember: userChose && options.rememberMapping !== false ? { key, value: mappingForSettings(table.headers, mapping.matches) } : null,
      });
    } catch (e) {
      if (!isUserError(e)) throw e;
      recon.error = e.message;
      const row = typeof e.params?.row === 'number' ? e.params.row : undefined;
      fileIssues.push(issue({ file: source.name, row }, e.key, e.params), ...e.issues);
    }
    recons.push(recon);
  }

  // The same content twice in one run would be summed twice.
  const seen = new Map<string, string>();
  for (const r of results) {
    const h = r.result.recon.hash;
    if (!h) continue;
    const other = seen.get(h);
    if (other !== undefined) fileIssues.push(issue({ file: r.source.name }, 'import.file.duplicateInRun', { other }));
    else seen.set(h, r.source.name);
  }

  const reconciliation: ImportReconciliation = { files: recons };
  const rejectCount = results.reduce((n, r) => n + r.result.recon.rowsRejected, 0);
  if (fileIssues.length) {
    const issues = [...fileIssues, ...results.flatMap((r) => rejectIssues(r.result.recon))];
    throw new ImportRefusedError('import.refused.files', { count: fileIssues.length }, issues, reconciliation);
  }
  if (rejectCount > 0 && !options.skipInvalid) {
    throw new ImportRefusedError(
      'import.refused.rows',
      { count: rejectCount },
      results.flatMap((r) => rejectIssues(r.result.recon)),
      reconciliation,
    );
  }

  const importId = `${compactTime(options.now)}-${(results.find((r) => r.result.recon.hash)?.result.recon.hash ?? '').slice(0, 6) || 'x'}`;
  const staging = new TableStaging(port);
  const run = { importId, options, staging, structure };
  const byKind = new Map<KindHandler, KindFileResult[]>();
  for (const r of results) {
    const list = byKind.get(r.handler) ?? [];
    list.push(r.result);
    byKind.set(r.handler, list);
  }
  for (const [handler, list] of byKind) await handler.plan(run, list);

  await planCommon(run, results.map((r) => r.result));

  // Earlier imports of the same content (the periods are replaced, totals do not change).
  const log = await staging.rows(IMPORT_LOG_TABLE);
  for (const r of results) {
    const h = r.result.recon.hash;
    if (!h) continue;
    const before = log.find((row) => cellText(row[4]) === h);
    if (before) {
      r.result.recon.warnings = [...(r.result.recon.warnings ?? []), t('import.file.importedBefore', { id: cellText(before[0]), time: cellText(before[1]) })];
    }
  }
  staging.append(
    IMPORT_LOG_TABLE,
    results.map((r) => {
      const x = r.result.recon;
      return [importId, options.now, x.file, x.kind, x.hash ?? '', x.periods.join(', '), x.rowsRead, x.rowsImported, x.rowsRejected, oreToKronor(x.totalOre), options.user ?? ''];
    }),
  );
  for (const r of results) if (r.remember) staging.setting(r.remember.key, r.remember.value);
  return { reconciliation, importId, writes: staging.ops() };
}

function isMapping(v: SettingValue | undefined): v is UserMapping {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}

/** Code names, organisation rows for new cost centres, default structure tables, unmapped flags. */
async function planCommon(run: { staging: TableStaging; structure: StructureState }, results: KindFileResult[]): Promise<void> {
  const { staging, structure } = run;
  // Code names: newest name wins.
  const names = new Map<string, [string, string, string]>();
  let anyNames = false;
  for (const r of results) {
    for (const [dim, m] of r.codeNames ?? []) {
      for (const [code, name] of m) {
        names.set(dim + '\u0001' + code, [dim, code, name]);
        anyNames = true;
      }
    }
  }
  if (anyNames) {
    const existing = await staging.rows(CODE_NAMES_TABLE);
    const merged = new Map<string, [string, string, string]>();
    for (const row of existing) merged.set(cellText(row[0]) + '\u0001' + cellText(row[1]), [cellText(row[0]), cellText(row[1]), cellText(row[2])]);
    for (const [k, v] of names) merged.set(k, v);
    const rows = [...merged.values()].sort((a, b) => (a[0] + '\u0001' + a[1] < b[0] + '\u0001' + b[1] ? -1 : 1));
    staging.set(CODE_NAMES_TABLE, rows);
  }
  if (!structure.costLinesExist) staging.set(COST_LINES_TABLE, costLinesRows());
  if (!structure.accountMapExists) staging.set(ACCOUNT_MAP_TABLE, accountMapRows());

  // Organisation: cost centres not in the table are added (name from the extract), to be filled in.
  const org = new Map((structure.organisation ?? []).map((o) => [o.costCenter, o]));
  const added: [string, string, string, string, string][] = [];
  for (const r of results) {
    for (const [cc, name] of r.costCenters) {
      if (!org.has(cc) && !added.some((a) => a[0] === cc)) {
        added.push([cc, name ?? names.get('Ansvar\u0001' + cc)?.[2] ?? '', '', '', r.costCenterActivity?.get(cc) ?? '']);
      }
    }
  }
  added.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (structure.organisation === null) staging.set(ORGANISATION_TABLE, added);
  else staging.append(ORGANISATION_TABLE, added);

  // Flags: accounts without a cost line, cost centres without an area.
  const resolve = costLineResolver(structure.accountMap);
  for (const r of results) {
    if (r.accounts) r.recon.unmappedAccounts = [...r.accounts].filter((a) => resolve(a) === null).sort();
    r.recon.unmappedCostCenters = [...r.costCenters.keys()].filter((cc) => !isCostCenterMapped(org.get(cc))).sort();
  }
}

/** What the task pane shows before an import: the detected kind, format, mapping (with confidence) and first rows. */
export interface SourcePreview {
  file: string;
  kind: string;
  encoding: string | null;
  delimiter: string | null;
  /** Sheet read (xlsx, the open workbook), else null. */
  sheet: string | null;
  headerRow: number;
  headers: string[];
  /** Detected (or remembered / user) choices with their confidence 0–1. */
  mapping: { field: string; column: number; header: string; score: number; source: 'detected' | 'user' | 'remembered' }[];
  certain: boolean;
  missing: string[];
  ambiguous: { field: string; columns: number[] }[];
  /** Every field of the kind, for the dropdowns. */
  fields: { id: string; required: boolean }[];
  /** The first data rows as text, personnummer masked. */
  firstRows: string[][];
  /** The settings key under which a confirmed mapping is remembered. */
  settingsKey: string;
}

/** Reads the start of a source (header and the first rows) and proposes a mapping. Writes nothing. */
export async function previewSource(
  port: WorkbookPort,
  source: ImportSource,
  options: Pick<ImportOptions, 'kind' | 'period' | 'map' | 'hooks' | 'signal' | 'maxFileBytes'> = {},
  rows = 20,
): Promise<SourcePreview> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (source.size !== undefined && source.size > maxBytes) {
    throw new UserError('import.file.tooLarge', { file: source.name, size: sizeText(source.size), max: sizeText(maxBytes) });
  }
  const kindName = source.kind ?? options.kind;
  const forced = kindName ? importKind(kindName) : undefined;
  if (kindName && !forced) throw new UserError('import.kind.unknown', { kind: kindName, kinds: importKinds().map((x) => x.kind).join(', ') });
  const userMap = source.map ?? options.map;
  const candidates = forced ? [forced] : importKinds();
  const info = newSourceInfo(source);
  const batches = sourceRows(source, info, { hooks: options.hooks, signal: options.signal });
  const allFields = candidates.flatMap((k) => k.fields);
  const extras = candidates.map((k) => k.headerExtra).filter((x): x is (s: string) => boolean => !!x);
  const userHeaders = new Set(Object.values(userMap ?? {}).map((h) => normalizeHeader(h)));
  const table = await findTable(batches, (row) => headerRowScore(row, allFields, (s) => userHeaders.has(normalizeHeader(s)) || extras.some((e) => e(s))), source.name);
  const handler = forced ?? detectKind(table.headers, candidates);
  const settingsKey = mappingSettingsKey(handler.kind, table.headers);
  const remembered = (await port.getSettings())[settingsKey];
  const required = handler.required({ now: '', ...options });
  const m = mapColumns(table.headers, handler.fields, required, {
    user: userMap,
    remembered: isMapping(remembered) ? remembered : undefined,
    fileName: source.name,
  });
  const firstRows: string[][] = [];
  for await (const b of table.data) {
    for (const r of b.rows) {
      if (firstRows.length >= rows) break;
      firstRows.push(r.map((c) => maskPersonalNumbers(cellString(c)).text));
    }
    if (firstRows.length >= rows) break;
  }
  return {
    file: source.name,
    kind: handler.kind,
    encoding: info.encoding,
    delimiter: info.delimiter,
    sheet: info.sheet,
    headerRow: table.headerRow,
    headers: table.headers,
    mapping: m.matches,
    certain: m.certain,
    missing: m.missing,
    ambiguous: m.ambiguous,
    fields: handler.fields.map((f) => ({ id: f.id, required: required.includes(f.id) })),
    firstRows,
    settingsKey,
  };
}

/** Writes a plan made by analyseImport. */
export async function applyImport(port: WorkbookPort, plan: ImportPlan): Promise<void> {
  await applyWrites(port, plan.writes);
}

/** Validates, then writes. Throws ImportRefusedError (nothing written) when the input is refused. */
export async function runImport(port: WorkbookPort, sources: readonly ImportSource[], options: ImportOptions): Promise<ImportReconciliation> {
  const plan = await analyseImport(port, sources, options);
  await applyImport(port, plan);
  return plan.reconciliation;
}
