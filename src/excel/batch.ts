/**
 * Batching: a write is planned as a list of steps (each queues a few Office.js operations and knows roughly
 * how many bytes it adds to a request). Consecutive steps are packed into requests below REQUEST_BUDGET and
 * each request is one Excel.run with one context.sync(), so the number of syncs grows with the payload
 * (~1 per 3.5 MB), never with the number of rows. Excel on the web refuses requests above 5 MB.
 */
import { throwIfCancelled, type CancelSignal } from '../core/errors';
import type { WriteProgress } from '../core/port';

/** The `Excel` namespace as the adapter uses it (the real Office.js one, or the test fake). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** Most bytes one request may carry (Excel on the web refuses above 5 MB; we stay below 4 MB). */
export const REQUEST_BUDGET = 4 * 1024 * 1024 - 64 * 1024;
/** Most bytes of cell values in one write operation. */
export const CHUNK_BUDGET = 3.5 * 1024 * 1024;
/** Estimated bytes of an operation besides its data (object path, method name). */
export const STEP_OVERHEAD = 256;

/** Proxies of one request context, so a batch asks for each sheet once. */
export class SheetCache {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    const key = name.toUpperCase();
    let s = this.sheets.get(key);
    if (!s) {
      s = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, s);
    }
    return s;
  }

  /** Records a proxy created in this batch (a sheet just added or renamed). */
  set(name: string, sheet: Excel.Worksheet): void {
    this.sheets.set(name.toUpperCase(), sheet);
  }

  forget(name: string): void {
    this.sheets.delete(name.toUpperCase());
  }
}

export interface Step {
  /** Estimated bytes this step adds to a request. */
  bytes: number;
  /** Cells written (for progress). */
  cells: number;
  /** Writes values or formulas: the request then suspends recalculation until it is done. */
  calc?: boolean;
  apply(cache: SheetCache): void;
}

export interface RunOptions {
  onProgress?: (p: WriteProgress) => void;
  signal?: CancelSignal;
}

/** Packs steps into requests below the budget, in order. */
export function pack(steps: Step[], budget = REQUEST_BUDGET): Step[][] {
  const out: Step[][] = [];
  let cur: Step[] = [];
  let size = 0;
  for (const s of steps) {
    const b = s.bytes + STEP_OVERHEAD;
    if (cur.length > 0 && size + b > budget) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(s);
    size += b;
  }
  if (cur.length) out.push(cur);
  return out;
}

async function runBatch(excel: ExcelHost, batch: Step[]): Promise<void> {
  await excel.run(async (context) => {
    const cache = new SheetCache(context);
    if (batch.some((s) => s.calc)) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const s of batch) s.apply(cache);
    await context.sync();
  });
}

/** Runs the steps as few requests as the budget allows; reports progress and honours cancellation between requests. */
export async function runSteps(excel: ExcelHost, steps: Step[], options: RunOptions = {}): Promise<void> {
  const batches = pack(steps);
  const total = steps.reduce((n, s) => n + s.cells, 0);
  let done = 0;
  for (const batch of batches) {
    throwIfCancelled(options.signal);
    await runBatch(excel, batch);
    done += batch.reduce((n, s) => n + s.cells, 0);
    options.onProgress?.({ done, total });
  }
}
