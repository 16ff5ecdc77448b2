/**
 * The Excel fake: a stand-in for the `Excel` namespace of Office.js with Excel's documented rules, so adapter
 * bugs show up in tests rather than in a municipality's workbook. See core.ts (queueing, load/sync,
 * payload limit), api.ts (the objects), model.ts (the workbook and its rules), values.ts (what a written
 * value becomes), formula.ts (what a formula reads back as).
 *
 *   const fake = createExcelFake({ apiVersion: '1.9' });
 *   const port = new ExcelWorkbook(fake.Excel, fake.isSetSupported);
 *   …
 *   fake.workbook.values('Blad1', 'A1:B2'); fake.stats.syncs; fake.stats.requestBytes;
 */
import { makeWorkbookProxy } from './api';
import { FakeRequestContext, versionAtLeast, type FakeEnv, type FakeStats } from './core';
import { WorkbookModel } from './model';

export { FakeOfficeError } from './errors';
export type { FakeStats } from './core';
export { WorkbookModel, pointsToChars, charsToPoints, type SheetModel, type TableModel, type Style } from './model';

export interface ExcelFakeOptions {
  /** Highest ExcelApi requirement set the fake host supports (default '1.7', the add-in's minimum). */
  apiVersion?: string;
  /** Enforce Excel on the web's 5 MB limit per request and response (default true). */
  web?: boolean;
  /** Names of the sheets the workbook starts with (default ['Blad1'], as a new Swedish workbook). */
  sheets?: string[];
  /** Use another workbook model (e.g. to "reopen" the same workbook in a second fake). */
  workbook?: WorkbookModel;
}

/** The `Excel` namespace as far as the adapter needs it (typed loosely; cast to the Office.js types at the seam). */
export interface FakeExcelNamespace {
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  RequestContext: typeof FakeRequestContext;
}

export interface ExcelFake {
  Excel: FakeExcelNamespace;
  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported(name: string, version?: string): boolean;
  /** The in-memory workbook, to inspect (values, formats, tables, charts …) or snapshot. */
  workbook: WorkbookModel;
  stats: FakeStats;
  resetStats(): void;
  /** The largest request sent since the last reset, in bytes. */
  maxRequestBytes(): number;
}

/** Excel on the web's request and response limit: 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** ExcelApi versions the fake knows (for isSetSupported). */
export const KNOWN_VERSIONS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '1.13', '1.14', '1.15', '1.16', '1.17', '1.18', '1.19', '1.20'];

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const apiVersion = options.apiVersion ?? '1.7';
  const stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], calculationSuspensions: 0 };
  const env: FakeEnv = {
    model: options.workbook ?? new WorkbookModel(options.sheets ?? ['Blad1']),
    apiVersion,
    web: options.web ?? true,
    payloadLimit: WEB_PAYLOAD_LIMIT,
    stats,
  };
  const Excel: FakeExcelNamespace = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const ctx = new FakeRequestContext(env, makeWorkbookProxy);
      try {
        const result = await batch(ctx);
        // Excel.run sends what is still queued when the batch returns.
        if (ctx.hasPending) await ctx.sync();
        return result;
      } finally {
        ctx.closed = true;
      }
    },
    RequestContext: FakeRequestContext,
  };
  return {
    Excel,
    isSetSupported(name: string, version?: string): boolean {
      if (name !== 'ExcelApi') return false;
      return versionAtLeast(apiVersion, version ?? '1.1');
    },
    workbook: env.model,
    stats,
    resetStats(): void {
      stats.syncs = 0;
      stats.requestBytes = [];
      stats.responseBytes = [];
      stats.calculationSuspensions = 0;
    },
    maxRequestBytes(): number {
      return stats.requestBytes.reduce((m, b) => Math.max(m, b), 0);
    },
  };
}
