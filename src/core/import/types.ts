/** Types shared by the import: kinds, rejects and the reconciliation (the CLI's JSON contract). */
import type { StringKey, TextParams } from '../strings';
import type { Ore } from '../money';
import type { Period } from '../dates';

/** Kinds of input the import reads. Open: another kind (placements) registers itself in kinds.ts. */
export type ImportKind = 'ledger' | 'followup' | 'budget' | (string & {});

/** One rejected value: where it is and why, in Swedish. */
export interface Reject {
  /** 1-based row in the file or sheet. */
  row: number;
  /** Column header (or letter). */
  column: string;
  /** The value as found (masked, shortened). */
  value: string;
  /** The reason in the current language (Swedish by default). */
  reason: string;
  /** The reason's string key (not part of the JSON). */
  key: StringKey;
  params?: TextParams;
}

/** Reasons a row is skipped (reported, never summed). JSON keys of `rowsSkipped`. */
export type SkipReason =
  | 'blank'
  | 'repeatedHeader'
  | 'totalRow'
  | 'amountWithoutDimensions'
  | 'textOnly'
  | 'heading'
  | (string & {});

/**
 * The reconciliation of one file. The first keys are exactly the CLI's JSON contract (amounts in öre);
 * the keys after `maskedPersonalNumbers` are additions.
 */
export interface FileReconciliation {
  file: string;
  kind: ImportKind;
  encoding: string | null;
  delimiter: string | null;
  /** 1-based row of the header. */
  headerRow: number;
  /** field → header as found. */
  mapping: Record<string, string>;
  rowsRead: number;
  rowsImported: number;
  rowsSkipped: Record<string, number>;
  rowsRejected: number;
  rejects: Reject[];
  periods: Period[];
  totalOre: Ore;
  totalsByPeriodOre: Record<string, Ore>;
  totalsByCostCenterOre: Record<string, Ore>;
  maskedPersonalNumbers: number;
  /** Additions beyond the contract. */
  sheet?: string | null;
  hash?: string;
  /** Sum of the amounts on skipped rows, by reason (where they were numbers): lets the ekonom compare subtotals. */
  skippedAmountsOre?: Record<string, Ore>;
  /** Accounts without a cost line in IFO_Kontoplan (kept in the actuals, flagged). */
  unmappedAccounts?: string[];
  /** Cost centres without a unit/area in IFO_Organisation (kept, flagged). */
  unmappedCostCenters?: string[];
  /** Rejects beyond the listing cap (the count is in rowsRejected). */
  rejectsNotListed?: number;
  /** Messages for the ekonom (detail cap exceeded, imported before …). */
  warnings?: string[];
  /** Follow-up extracts: the report's period, the earlier forecast total and the number of comments. */
  reportPeriod?: Period;
  forecastTotalOre?: Ore;
  comments?: number;
  /** Why the file was refused as a whole (empty, not a table, mapping not certain …). */
  error?: string;
}

/** The reconciliation of one import run. */
export interface ImportReconciliation {
  files: FileReconciliation[];
}

/** JSON of a reconciliation exactly as the CLI prints it (rejects without their keys). */
export function reconciliationJson(r: ImportReconciliation): unknown {
  return {
    files: r.files.map((f) => ({
      file: f.file,
      kind: f.kind,
      encoding: f.encoding,
      delimiter: f.delimiter,
      headerRow: f.headerRow,
      mapping: f.mapping,
      rowsRead: f.rowsRead,
      rowsImported: f.rowsImported,
      rowsSkipped: f.rowsSkipped,
      rowsRejected: f.rowsRejected,
      rejects: f.rejects.map((x) => ({ row: x.row, column: x.column, value: x.value, reason: x.reason })),
      periods: f.periods,
      totalOre: f.totalOre,
      totalsByPeriodOre: f.totalsByPeriodOre,
      totalsByCostCenterOre: f.totalsByCostCenterOre,
      maskedPersonalNumbers: f.maskedPersonalNumbers,
      ...(f.sheet ? { sheet: f.sheet } : {}),
      ...(f.hash ? { hash: f.hash } : {}),
      ...(f.skippedAmountsOre ? { skippedAmountsOre: f.skippedAmountsOre } : {}),
      unmappedAccounts: f.unmappedAccounts ?? [],
      unmappedCostCenters: f.unmappedCostCenters ?? [],
      ...(f.rejectsNotListed ? { rejectsNotListed: f.rejectsNotListed } : {}),
      warnings: f.warnings ?? [],
      ...(f.reportPeriod ? { reportPeriod: f.reportPeriod } : {}),
      ...(f.forecastTotalOre !== undefined ? { forecastTotalOre: f.forecastTotalOre } : {}),
      ...(f.comments !== undefined ? { comments: f.comments } : {}),
      ...(f.error ? { error: f.error } : {}),
    })),
  };
}

/** A fresh reconciliation with zero counts. */
export function emptyReconciliation(file: string, kind: ImportKind): FileReconciliation {
  return {
    file,
    kind,
    encoding: null,
    delimiter: null,
    headerRow: 0,
    mapping: {},
    rowsRead: 0,
    rowsImported: 0,
    rowsSkipped: {},
    rowsRejected: 0,
    rejects: [],
    periods: [],
    totalOre: 0,
    totalsByPeriodOre: {},
    totalsByCostCenterOre: {},
    maskedPersonalNumbers: 0,
    warnings: [],
  };
}
