/** The ledger kind: huvudbok extracts → IFO_Utfall (aggregated), IFO_Utfall_detalj (drill-down). */
import { oreToKronor } from '../money';
import { t } from '../strings';
import { ACTUALS_DETAIL_TABLE, ACTUALS_TABLE, cellText } from '../model/tables';
import type { CellValue } from '../port';
import { presenceOf } from './columns';
import { LEDGER_FIELDS } from './fields';
import { registerImportKind, type KindFileResult, type KindHandler } from './kinds';
import { DEFAULT_DETAIL_ROW_CAP, processLedger, type ActualRow, type DetailRow } from './ledger';

export interface LedgerPayload {
  rows: ActualRow[];
  detail: DetailRow[];
  detailExceeded: boolean;
}

const present = presenceOf(LEDGER_FIELDS);

export const ledgerKind: KindHandler<LedgerPayload> = {
  kind: 'ledger',
  fields: LEDGER_FIELDS,
  detect(headers) {
    const amount = present(headers, 'amount');
    const account = present(headers, 'account');
    if (amount && account) return 2 + LEDGER_FIELDS.filter((f) => present(headers, f.id)).length * 0.01;
    return amount || account ? 1 : 0.5;
  },
  required(options) {
    return options.period ? ['amount', 'account', 'costCenter'] : ['amount', 'account', 'costCenter', 'period'];
  },
  async process(ctx) {
    const r = await processLedger(ctx.info, ctx.table, ctx.mapping, {
      period: ctx.options.period,
      keep: ctx.options.keep,
      detailCostCenters: ctx.options.detailCostCenters,
      detailRowCap: ctx.options.detailRowCap,
      signal: ctx.options.signal,
    });
    const costCenters = new Map<string, string | null>();
    const ccNames = r.codeNames.get('Ansvar');
    const accounts = new Set<string>();
    const activityCount = new Map<string, Map<string, number>>();
    for (const row of r.rows) {
      if (!costCenters.has(row.costCenter)) costCenters.set(row.costCenter, ccNames?.get(row.costCenter) ?? null);
      accounts.add(row.account);
      if (row.activity) {
        let m = activityCount.get(row.costCenter);
        if (!m) activityCount.set(row.costCenter, (m = new Map()));
        m.set(row.activity, (m.get(row.activity) ?? 0) + row.count);
      }
    }
    const costCenterActivity = new Map<string, string>();
    for (const [cc, m] of activityCount) {
      const best = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      costCenterActivity.set(cc, best[0]);
    }
    if (r.detailExceeded) {
      r.recon.warnings = [
        ...(r.recon.warnings ?? []),
        t('import.detail.capExceeded', { cap: ctx.options.detailRowCap ?? DEFAULT_DETAIL_ROW_CAP }),
      ];
    }
    return {
      recon: r.recon,
      payload: { rows: r.rows, detail: r.detail, detailExceeded: r.detailExceeded },
      costCenters,
      costCenterActivity,
      accounts,
      codeNames: r.codeNames,
    };
  },
  async plan(run, results) {
    const periods = new Set<string>();
    for (const res of results) for (const p of res.recon.periods) periods.add(p);
    // Rows of every file in this run, combined (two files of the same month are summed).
    const merged = new Map<string, ActualRow>();
    for (const res of results) {
      for (const r of res.payload.rows) {
        const k = [r.period, r.costCenter, r.account, r.activity, r.subActivity, r.project, r.object, r.counterparty].join('\u0001');
        const m = merged.get(k);
        if (m) {
          m.ore += r.ore;
          m.count += r.count;
        } else merged.set(k, { ...r });
      }
    }
    const existing = await run.staging.rows(ACTUALS_TABLE);
    const kept = existing.filter((row) => !periods.has(cellText(row[0])));
    const fresh: CellValue[][] = [...merged.values()]
      .sort(
        (a, b) =>
          cmp(a.period, b.period) || cmp(a.costCenter, b.costCenter) || cmp(a.account, b.account) || cmp(a.activity, b.activity) ||
          cmp(a.subActivity, b.subActivity) || cmp(a.project, b.project) || cmp(a.object, b.object) || cmp(a.counterparty, b.counterparty),
      )
      .map((r) => [
        r.period,
        r.costCenter,
        r.account,
        r.activity,
        r.subActivity,
        r.project,
        r.object,
        r.counterparty,
        oreToKronor(r.ore),
        r.count,
        run.importId,
      ]);
    run.staging.set(ACTUALS_TABLE, kept.concat(fresh));

    const wantsDetail = (run.options.detailCostCenters?.length ?? 0) > 0;
    if (wantsDetail || (await run.staging.has(ACTUALS_DETAIL_TABLE))) {
      const exceeded = results.some((r) => r.payload.detailExceeded);
      const detailRows = await run.staging.rows(ACTUALS_DETAIL_TABLE);
      const keptDetail = detailRows.filter((row) => !periods.has(cellText(row[0])));
      const total = results.reduce((n, r) => n + r.payload.detail.length, 0);
      const cap = run.options.detailRowCap ?? DEFAULT_DETAIL_ROW_CAP;
      const fresh: CellValue[][] = [];
      if (!exceeded && total <= cap) {
        for (const res of results) {
          for (const d of res.payload.detail) {
            fresh.push([d.period, d.costCenter, d.account, d.activity, d.date, d.text, d.supplier, d.invoiceNumber, oreToKronor(d.ore), run.importId]);
          }
        }
      } else if (!exceeded) {
        const w = t('import.detail.capExceeded', { cap });
        for (const res of results) res.recon.warnings = [...(res.recon.warnings ?? []), w];
      }
      run.staging.set(ACTUALS_DETAIL_TABLE, keptDetail.concat(fresh));
    }
  },
};

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

registerImportKind(ledgerKind);

export type LedgerResult = KindFileResult<LedgerPayload>;
