/** Exempelkommun: the example municipality's generated input files (see generate.ts). */
export {
  generateExample, resolveExampleOptions, exampleFileNames, exampleAmount, EXAMPLE_DEFAULTS, ORGANISATION_HEADERS,
  type ExampleOptions, type ResolvedExampleOptions, type ExampleFile, type ExampleBytesFile, type ExampleXlsxFile,
  type ExampleFileBase, type ExampleFileKind, type ExampleFacts, type ExampleResult, type LedgerFacts, type PlacementMonthFacts,
} from './generate';
export { LEDGER_HEADERS, type LedgerPosting, type LateInvoice, type PlacementCorrection } from './ledger';
export { BUDGET_HEADERS, BUDGET_MONTH_HEADERS, type BudgetLine } from './budget';
export { REGISTER_HEADERS, placementTerms, type ExamplePlacement, type ExamplePlacementForm } from './register';
export {
  STRATSYS_HEADERS, STRATSYS_TITLE, type ExampleCell, type ExampleSheetData, type ExampleWorkbookData, type StratsysFigures,
} from './stratsys';
export {
  ACCOUNTS, COST_CENTERS, COST_LINES, EXAMPLE_ACCOUNT_MAP, PLACEMENT_COST_LINES, accountLabel, costLineOfAccount, costLineByMap,
  type ExampleAccount, type ExampleCostCenter, type ExampleCostLine, type ExampleArea,
} from './organisation';
export { decodeUtf8, syntheticPersonnummer } from './text';
