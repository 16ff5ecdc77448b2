/**
 * The big table the port is measured and checked with: 200,000 rows × 6 columns of synthetic codes and amounts
 * (period, ansvar, konto, verksamhet, an amount in kronor, an integer). Used by the Workbook port contract suite
 * (test/contract/workbook-contract.ts) and by the adapter benchmarks (bench/port-xlsx.bench.ts, port-excel.bench.ts).
 */
import type { CellValue, DataTableDef } from '../../src/core/port';

export const BIG_ROWS = 200_000;

/** The big table's definition, under the given table and sheet names. */
export function bigTableDef(name: string, sheet: string): DataTableDef {
  return {
    name,
    sheet,
    visibility: 'hidden',
    columns: [
      { header: 'Period', kind: 'text' },
      { header: 'Ansvar', kind: 'text' },
      { header: 'Konto', kind: 'text' },
      { header: 'Verksamhet', kind: 'text' },
      { header: 'Belopp', kind: 'kronor' },
      { header: 'Antal', kind: 'integer' },
    ],
  };
}

/** The big table's rows (deterministic). */
export function bigRows(count = BIG_ROWS): CellValue[][] {
  const rows: CellValue[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    rows[i] = [
      `2025-${String((i % 12) + 1).padStart(2, '0')}`,
      String(10000 + (i % 97)).padStart(6, '0'),
      String(40000 + (i % 1000)),
      String(500 + (i % 90)),
      ((i * 7919) % 10_000_000) / 100 - 20_000,
      i,
    ];
  }
  return rows;
}
