/**
 * Forecast benchmarks (`npm run bench -- forecast`):
 * 1. proposals — all five methods and their backtests — for 60 units × 15 cost lines × 12 months
 *    (target: median < 100 ms), against a plain loop summing the same series;
 * 2. the CLI's batch from the workbook's tables (read actuals and budget for three years, aggregate by
 *    account → cost line, propose, backtest), on an in-memory port, against the same plain loop over the rows.
 */
import type { BenchCase } from './harness';
import { backtestAll, proposeAll } from '../src/core/forecast/proposals';
import { computeProposals } from '../src/core/forecast/service';
import type { LineHistory } from '../src/core/forecast/types';
import type { CellValue, DataTableDef, SettingValue, TableData, WorkbookPort } from '../src/core/port';
import { ACCOUNT_MAP_TABLE, ACTUALS_TABLE, BUDGET_TABLE, COST_LINES_TABLE, ORGANISATION_TABLE } from '../src/core/model/tables';

const UNITS = 60;
const LINES = 15;
const ELAPSED = 9; // as of September: the most months of history in the window

/** Deterministic pseudo-random amounts (öre) around a level. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function series(r: () => number, level: number, months = 12): number[] {
  return Array.from({ length: months }, () => Math.round(level * (0.7 + 0.6 * r())));
}

function histories(): LineHistory[] {
  const r = rng(20250);
  const out: LineHistory[] = [];
  for (let u = 0; u < UNITS; u++) {
    for (let l = 0; l < LINES; l++) {
      const level = (10_000 + Math.round(r() * 500_000)) * 100;
      out.push({
        year: 2025,
        actuals: [...series(r, level, ELAPSED), ...new Array<null>(12 - ELAPSED).fill(null)],
        budget: series(r, level),
        lastYear: series(r, level),
        lastYearBudget: series(r, level),
        twoYearsAgo: series(r, level),
        purchasedCare: l < 3,
        placements: l < 3 ? { committedOre: level * 2, expectedNewOre: level } : null,
      });
    }
  }
  return out;
}

const HISTORIES = histories();
let sink = 0;

function plainSum(hs: LineHistory[]): number {
  let s = 0;
  for (const h of hs) {
    for (const m of [h.actuals, h.budget, h.lastYear, h.lastYearBudget, h.twoYearsAgo]) {
      if (!m) continue;
      for (const v of m) if (v !== null) s += v;
    }
  }
  return s;
}

// ---------------------------------------------------------------------------
// A minimal in-memory port with the shared tables, for the batch case.

class BenchPort implements Pick<WorkbookPort, 'readTable' | 'getSettings'> {
  readonly tables = new Map<string, TableData>();
  add(def: DataTableDef, rows: CellValue[][]): void {
    this.tables.set(def.name.toLowerCase(), { name: def.name, sheet: def.sheet, headers: def.columns.map((c) => c.header), rows });
  }
  async readTable(name: string): Promise<TableData | null> {
    return this.tables.get(name.toLowerCase()) ?? null;
  }
  async getSettings(): Promise<Record<string, SettingValue>> {
    return {};
  }
}

function benchWorkbook(): BenchPort {
  const r = rng(7);
  const p = new BenchPort();
  const lineName = (l: number) => `Kostnadsslag ${String(l + 1).padStart(2, '0')}`;
  p.add(COST_LINES_TABLE, Array.from({ length: LINES }, (_, l) => [lineName(l), 'Kostnad', l < 3 ? 'Ja' : 'Nej', l + 1]));
  // Two accounts per line: 4LL00 and 4LL50 → prefix 4LL.
  p.add(
    ACCOUNT_MAP_TABLE,
    Array.from({ length: LINES }, (_, l) => {
      const prefix = `4${String(l + 10)}`;
      return [prefix, prefix, lineName(l), ''];
    }),
  );
  p.add(ORGANISATION_TABLE, Array.from({ length: UNITS }, (_, u) => [String(600 + u), `Enhet ${u}`, `Enhet ${u}`, 'IFO', '569']));
  const actuals: CellValue[][] = [];
  const budget: CellValue[][] = [];
  for (const year of [2023, 2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      if (year === 2025 && m > ELAPSED) break;
      const period = `${year}-${String(m).padStart(2, '0')}`;
      for (let u = 0; u < UNITS; u++) {
        for (let l = 0; l < LINES; l++) {
          const prefix = `4${String(l + 10)}`;
          actuals.push([period, String(600 + u), prefix + '00', '569', '', '', '', '', Math.round(r() * 3_000_000) / 100, 3, 'b']);
          actuals.push([period, String(600 + u), prefix + '50', '569', '', '', '', '', Math.round(r() * 1_000_000) / 100, 2, 'b']);
        }
      }
    }
  }
  for (const year of [2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      const period = `${year}-${String(m).padStart(2, '0')}`;
      for (let u = 0; u < UNITS; u++) for (let l = 0; l < LINES; l++) budget.push([period, String(600 + u), lineName(l), 20_000, 'b']);
    }
  }
  p.add(ACTUALS_TABLE, actuals);
  p.add(BUDGET_TABLE, budget);
  return p;
}

let workbook: BenchPort;

function plainRowSum(p: BenchPort): number {
  let s = 0;
  for (const t of p.tables.values()) for (const row of t.rows) for (const v of row) if (typeof v === 'number') s += v;
  return s;
}

export const cases: BenchCase[] = [
  {
    name: `forecast: proposals + backtests, ${UNITS} units × ${LINES} lines × 12 months (as of month ${ELAPSED})`,
    runs: 21,
    baseline: {
      name: 'plain loop summing the same series',
      run: () => {
        sink += plainSum(HISTORIES);
      },
    },
    subject: () => {
      let n = 0;
      for (const h of HISTORIES) {
        const p = proposeAll(h, ELAPSED);
        const b = backtestAll(h, ELAPSED);
        if (p.trend.ok) n++;
        if (b.runRate.ok) n++;
      }
      sink += n;
      return { lines: HISTORIES.length, methods: 5, figures: HISTORIES.length * 10 };
    },
    maxMs: 100,
  },
  {
    name: `forecast: CLI batch from the workbook tables (${UNITS} × ${LINES}, 33 months of actuals, 2 accounts per line)`,
    runs: 7,
    setup: () => {
      workbook = benchWorkbook();
    },
    baseline: {
      name: 'plain loop summing every number in the same tables',
      run: () => {
        sink += plainRowSum(workbook);
      },
    },
    subject: async () => {
      const batch = await computeProposals({ port: workbook as unknown as WorkbookPort }, `2025-${String(ELAPSED).padStart(2, '0')}`);
      sink += batch.rows.length;
      return { rows: batch.rows.length, actualRows: (workbook.tables.get('ifo_utfall')?.rows.length ?? 0).toLocaleString('sv-SE') };
    },
  },
];

process.on('exit', () => {
  if (sink === 42) console.log('');
});
