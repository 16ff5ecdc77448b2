/**
 * Kinds of input and their handlers. The service finds the table, picks the kind (given or detected from the
 * headers), maps the columns with the kind's fields, then lets the handler validate and compute one file
 * (`process`) and plan the writes for all files of that kind in the run (`plan`). Nothing is written by a
 * handler: `plan` stages rows (see staging.ts) and the service writes only after every file passed.
 *
 * Another kind (the placement register) registers itself with `registerImportKind`.
 */
import type { CancelSignal } from '../errors';
import type { Period } from '../dates';
import type { FieldDef, MappingResult, UserMapping } from './columns';
import type { DecoderHooks } from './encoding';
import type { OptionalDimension } from './fields';
import type { SourceInfo } from './sources';
import type { TableStaging } from './staging';
import type { AccountMapRow, CostLineDef, OrganisationRow } from './structure';
import type { TableStart } from './table';
import type { FileReconciliation, ImportKind } from './types';
import type { RawCell } from './values';

export interface ImportOptions {
  /** Kind of every source; detected from the headers when absent. */
  kind?: ImportKind;
  /** `--period YYYY-MM`: the period of a ledger without a period column, or of a follow-up report. */
  period?: Period;
  /** The user's column choices (`--map account=Kontonr,…`): field id or Swedish alias → header or column letter. */
  map?: UserMapping;
  /** Import the valid rows and list the invalid ones instead of refusing the file. */
  skipInvalid?: boolean;
  /** Optional ledger dimensions kept in the aggregate (default: aktivitet, projekt, objekt when present). */
  keep?: OptionalDimension[];
  /** Cost centres whose ledger rows are also kept as detail rows. */
  detailCostCenters?: string[];
  /** Most detail rows (default 100 000). */
  detailRowCap?: number;
  /** Largest file accepted, in bytes (default 500 MB), checked before reading. */
  maxFileBytes?: number;
  /** Time of the import (ISO 8601), from the caller's clock. */
  now: string;
  /** Who imports (import log). */
  user?: string;
  /** Remember a confirmed mapping in the workbook settings (default true). */
  rememberMapping?: boolean;
  hooks?: DecoderHooks;
  signal?: CancelSignal;
  /**
   * Progress while a file is read (after each chunk): bytes and rows read so far; totalBytes when the size is
   * known (a progress bar), for grids rows only.
   */
  onProgress?: (p: ImportProgress) => void;
}

export const DEFAULT_MAX_FILE_BYTES = 500 * 1024 * 1024;

export interface ImportProgress {
  file: string;
  rowsRead: number;
  bytesRead?: number;
  totalBytes?: number;
}

/** Structure tables as they are before the import (or their defaults). */
export interface StructureState {
  accountMap: AccountMapRow[];
  accountMapExists: boolean;
  costLines: CostLineDef[];
  costLinesExist: boolean;
  organisation: OrganisationRow[] | null;
}

export interface KindContext {
  info: SourceInfo;
  table: TableStart;
  mapping: MappingResult;
  options: ImportOptions;
  structure: StructureState;
}

export interface KindFileResult<P = unknown> {
  recon: FileReconciliation;
  payload: P;
  /** Cost centres seen (code → name when the file told it). */
  costCenters: Map<string, string | null>;
  /** The activity a cost centre books most on (ledger), for new organisation rows. */
  costCenterActivity?: Map<string, string>;
  /** Accounts seen (ledger), for the unmapped-accounts check. */
  accounts?: Set<string>;
  /** dimension label → code → name, for the code-names table. */
  codeNames?: Map<string, Map<string, string>>;
}

export interface RunContext {
  importId: string;
  options: ImportOptions;
  staging: TableStaging;
  structure: StructureState;
}

export interface KindHandler<P = unknown> {
  kind: ImportKind;
  fields: readonly FieldDef[];
  /** Extra header texts that count when looking for the header row (e.g. month names of a budget table). */
  headerExtra?: (text: string) => boolean;
  /** How well the headers fit this kind: 0 = not this kind; the highest wins. */
  detect(headers: readonly string[]): number;
  /** Fields that must be mapped (may depend on the options, e.g. a given period). */
  required(options: ImportOptions): string[];
  /** Validates and computes one file (reads its rows; writes nothing). */
  process(ctx: KindContext): Promise<KindFileResult<P>>;
  /** Stages the writes for all files of this kind in the run. */
  plan(run: RunContext, results: KindFileResult<P>[]): Promise<void>;
}

const REGISTRY = new Map<string, KindHandler>();

export function registerImportKind<P>(handler: KindHandler<P>): void {
  REGISTRY.set(handler.kind, handler as KindHandler);
}

export function importKind(kind: string): KindHandler | undefined {
  return REGISTRY.get(kind);
}

export function importKinds(): KindHandler[] {
  return [...REGISTRY.values()];
}

/** Cell of a row by field (−1 column → undefined). */
export function cellOf(row: readonly RawCell[], col: number): RawCell | undefined {
  return col >= 0 ? row[col] : undefined;
}
