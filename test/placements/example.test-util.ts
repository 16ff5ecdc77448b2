/**
 * Exempelkommun in a workbook for the placement tests: both ledgers and the placement register imported through
 * the product's import (xlsx adapter), once per test file.
 */
import { generateExample, type ExampleBytesFile, type ExampleResult } from '../../src/core/example';
import { bytesSource, runImport } from '../../src/core/import';
import '../../src/core/placements/importKind';
import { XlsxWorkbook } from '../../src/file';

export const NOW = '2026-11-09T08:00:00Z';

export function exampleFile(ex: ExampleResult, kind: 'ledger' | 'placements' | 'budget'): ExampleBytesFile[] {
  return ex.files.filter((f): f is ExampleBytesFile => f.kind === kind && f.format !== 'xlsx');
}

/** A workbook with Exempelkommun's ledgers and register imported. */
export async function exampleWorkbook(ex: ExampleResult = generateExample()): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.create('exempelkommun.xlsx');
  await runImport(wb, exampleFile(ex, 'ledger').map((f) => bytesSource(f.name, f.bytes)), { now: NOW });
  await runImport(wb, exampleFile(ex, 'placements').map((f) => bytesSource(f.name, f.bytes)), { now: NOW });
  return wb;
}
