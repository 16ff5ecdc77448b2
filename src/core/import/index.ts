/**
 * The import: general-ledger extracts, Stratsys-style follow-up reports and budget tables into the workbook,
 * reconciled to the öre. See service.ts for the flow and the rules (all or nothing, idempotent, masking).
 *
 *   const source = bytesSource(file.name, new Uint8Array(await file.arrayBuffer()), 1 << 20, sha256Hex);
 *   const preview = await previewSource(port, source);              // mapping + first rows, for confirmation
 *   const plan = await analyseImport(port, [source], { now, map });  // validates; throws ImportRefusedError
 *   await applyImport(port, plan);                                   // writes; plan.reconciliation for display
 */
export {
  analyseImport,
  applyImport,
  runImport,
  previewSource,
  detectKind,
  readStructure,
  ImportRefusedError,
  type ImportPlan,
  type SourcePreview,
} from './service';
export {
  registerImportKind,
  importKind,
  importKinds,
  DEFAULT_MAX_FILE_BYTES,
  type ImportOptions,
  type KindHandler,
  type KindContext,
  type KindFileResult,
  type ImportProgress,
  type RunContext,
  type StructureState,
} from './kinds';
export {
  bytesSource,
  rowsSource,
  workbookRangeSource,
  activeSelectionSource,
  type ImportSource,
  type SourceChoices,
  type TextSource,
  type GridSource,
  type GridChunk,
  type HashProvider,
} from './sources';
export { reconciliationJson, type FileReconciliation, type ImportReconciliation, type Reject, type SkipReason, type ImportKind } from './types';
export { reconciliationLines, fileReportLines } from './report';
export { readImportStatus, type ImportStatus, type ImportLogEntry } from './status';
export {
  costLineOf,
  costLineResolver,
  accountInRange,
  readAccountMap,
  readCostLines,
  readOrganisation,
  DEFAULT_ACCOUNT_MAP,
  DEFAULT_COST_LINES,
  COST_LINE_NAMES,
  type AccountMapRow,
  type CostLineDef,
  type OrganisationRow,
} from './structure';
export { parseUserMapping, mappingSettingsKey, mappingForSettings, headerSignature, type UserMapping, type FieldDef } from './columns';
export { organisationKind, accountMapKind, mergeOrganisation, rangeRelation } from './structureKinds';
export {
  fieldLabel,
  kindLabel,
  skipLabel,
  mappingRows,
  columnOptions,
  columnText,
  usesRememberedMapping,
  userMappingFor,
  choicesOf,
  formatLine,
  summarizeReconciliation,
  fileView,
  progressView,
  sizeLabel,
  statusView,
  type MappingRow,
  type MappingState,
  type ReconciliationSummary,
  type FileView,
  type StatusView,
} from './paneModel';
export {
  LEDGER_FIELDS,
  FOLLOWUP_FIELDS,
  BUDGET_FIELDS,
  ORGANISATION_FIELDS,
  ACCOUNT_MAP_FIELDS,
  OPTIONAL_DIMENSIONS,
  type OptionalDimension,
} from './fields';
export { maskPersonalNumbers, luhnValid, MASK_10, MASK_12 } from './mask';
export { writeCsv, parseCsvText, detectDelimiter, type Delimiter } from './csv';
export { splitCodeName, parsePeriodCell, parseAmountCell } from './values';
export type { DecoderHooks } from './encoding';
