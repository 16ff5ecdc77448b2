/**
 * The follow-up kind: a Stratsys-style report per unit (optionally per cost line) with budget for the year,
 * budget to date, actuals for the period and to date, variance, earlier forecast and comment. Title rows,
 * subtotal rows ("Summa …"), unit heading rows and numbers written as text with spaces are expected.
 *
 * Writes: IFO_Budget (the year's budget per month: budget to date spread over the months so far, the rest
 * over the months left — exact with `allocate`), IFO_Tidigare_prognos and IFO_Kommentarer for the report
 * period. Re-importing replaces the (period, cost centre) pairs the file covers.
 */
import { allocate, oreToKronor, type Ore } from '../money';
import { makePeriod, periodParts, type Period } from '../dates';
import { UserError } from '../errors';
import { t } from '../strings';
import { BUDGET_TABLE, COMMENTS_TABLE, EARLIER_FORECAST_TABLE, cellText } from '../model/tables';
import type { CellValue } from '../port';
import { presenceOf } from './columns';
import { FOLLOWUP_FIELDS, FOLLOWUP_ONLY } from './fields';
import { amountReader, columnsOf, dataRows, finishCounts, readAllRows, rejectCollector, skipCounter } from './kindRows';
import { registerImportKind, type KindHandler, type RunContext } from './kinds';
import { sortRecord } from './ledger';
import { maskPersonalNumbers } from './mask';
import { restoreCsvText } from '../report/csvSafety';
import { firstText, isTotalLabel } from './table';
import { emptyReconciliation } from './types';
import { cellString, columnHoldsCodeNames, isEmptyCell, monthOfName, parsePeriodCell, splitCodeName, type RawCell } from './values';

export interface PlanRow {
  period: Period;
  costCenter: string;
  costLine: string;
  ore: Ore;
}

export interface FollowupPayload {
  reportPeriod: Period;
  budget: PlanRow[];
  forecast: PlanRow[];
  comments: { period: Period; costCenter: string; costLine: string; text: string }[];
}

const NUMERIC_FIELDS = ['budgetYear', 'budgetToDate', 'actualPeriod', 'actualToDate', 'variance', 'earlierForecast', 'forecastVariance'] as const;

/**
 * The report period from the title block: after the word "period", else a month name and year
 * ("mars 2026"), else `YYYY-MM` / `YYYYMM` that is not part of a full date (print dates are ignored).
 */
export function periodFromTitle(titleRows: readonly (readonly string[])[]): Period | null {
  const texts = titleRows.map((r) => r.filter(Boolean).join(' '));
  const tryParse = (s: string): Period | null => {
    const p = parsePeriodCell(s);
    return p.ok && !p.date ? p.period : null;
  };
  for (const s of texts) {
    const m = /period(?:en)?\s*:?\s*((?:\d{4}-?\d{2})|(?:\p{L}+\.?\s+\d{4}))(?![\d-])/iu.exec(s);
    if (m) {
      const p = tryParse(m[1]);
      if (p) return p;
    }
  }
  for (const s of texts) {
    for (const m of s.matchAll(/(\p{L}+)\.?\s+(\d{4})\b/gu)) {
      const mo = monthOfName(m[1]);
      if (mo) return makePeriod(+m[2], mo);
    }
  }
  for (const s of texts) {
    for (const m of s.matchAll(/(?<![\d-])(\d{4})-?(\d{2})(?![\d-])/g)) {
      const p = tryParse(m[1] + '-' + m[2]);
      if (p) return p;
    }
  }
  return null;
}

const present = presenceOf(FOLLOWUP_FIELDS);

export const followupKind: KindHandler<FollowupPayload> = {
  kind: 'followup',
  fields: FOLLOWUP_FIELDS,
  detect(headers) {
    if (!present(headers, 'costCenter')) return 0;
    const specific = [...FOLLOWUP_ONLY, 'budgetYear'].filter((id) => present(headers, id));
    const beyondActuals = specific.filter((id) => id !== 'actualPeriod' && id !== 'actualToDate');
    if (specific.length >= 2 && beyondActuals.length >= 1 && (specific.length >= 3 || beyondActuals.some((x) => x !== 'budgetYear'))) {
      return 3 + specific.length * 0.01;
    }
    return 0;
  },
  required() {
    return ['costCenter'];
  },
  async process(ctx) {
    const { table, mapping, options, info } = ctx;
    const headers = table.headers;
    const col = columnsOf(mapping);
    const recon = emptyReconciliation(info.file, 'followup');
    const reportPeriod = options.period ?? periodFromTitle(table.titleRows);
    if (!reportPeriod && col('period') < 0) throw new UserError('import.followup.periodMissing', { file: info.file });

    // Small report: read it whole, then decide per column.
    const { rows, lines } = await readAllRows(ctx);
    const numeric = NUMERIC_FIELDS.filter((f) => col(f) >= 0);
    const iCC = col('costCenter');
    const iName = col('costCenterName');
    const iLine = col('costLine');
    const iComment = col('comment');
    const iPeriod = col('period');
    const splitCC = columnHoldsCodeNames(rows.map((r) => cellString(r[iCC])));
    const anyCostLine = iLine >= 0 && rows.some((r) => !isEmptyCell(r[iLine]) && !isTotalLabel(cellString(r[iLine])));

    const { skipped, skip } = skipCounter();
    const { rejects, add: reject } = rejectCollector(headers);
    const amount = amountReader(
      rows,
      headers,
      numeric.map((f) => col(f)),
      reject,
    );
    let rejected = 0;
    let imported = 0;
    let masked = 0;
    const costCenters = new Map<string, string | null>();
    const names = new Map<string, string>();
    const budgetAcc = new Map<string, PlanRow>();
    const forecast = new Map<string, PlanRow>();
    const comments: FollowupPayload['comments'] = [];
    let current: { code: string; name: string | null } | null = null;
    const unitCode = (v: RawCell | undefined): { code: string; name: string | null } => {
      const s = maskPersonalNumbers(cellString(v)).text;
      if (!s) return { code: '', name: null };
      return splitCodeName(s, splitCC);
    };
    const add = (m: Map<string, PlanRow>, r: PlanRow) => {
      const k = r.period + '\u0001' + r.costCenter + '\u0001' + r.costLine;
      const x = m.get(k);
      if (x) x.ore += r.ore;
      else m.set(k, { ...r });
    };
    let budgetTotal = 0;
    let forecastTotal = 0;

    for (const { row, line } of dataRows(rows, lines, headers, recon, skip)) {
      const first = firstText(row);
      const ccText = cellString(row[iCC]);
      // Text neutralised against formula injection by a CSV writer ("'=…", see report/csvSafety) is restored.
      const lineText = iLine >= 0 ? restoreCsvText(cellString(row[iLine])) : '';
      if ((first && isTotalLabel(first)) || isTotalLabel(ccText) || isTotalLabel(lineText)) {
        skip('totalRow');
        continue;
      }
      const hasNumbers = numeric.some((f) => !isEmptyCell(row[col(f)]));
      const commentText = iComment >= 0 ? restoreCsvText(cellString(row[iComment])) : '';
      let unit = unitCode(row[iCC]);
      if (unit.code && iName >= 0 && !unit.name) {
        const nm = restoreCsvText(cellString(row[iName]));
        if (nm) unit = { code: unit.code, name: nm };
      }
      if (unit.code && anyCostLine && !lineText) {
        // A unit row in a per-cost-line report: heading or the unit's subtotal.
        current = unit;
        if (unit.name && !names.has(unit.code)) names.set(unit.code, unit.name);
        skip(hasNumbers ? 'unitSubtotal' : 'heading');
        continue;
      }
      if (!unit.code) {
        if (lineText && current) unit = current;
        else if (!hasNumbers && !commentText) {
          skip('textOnly');
          continue;
        } else if (!lineText) {
          skip('amountWithoutDimensions');
          continue;
        } else {
          rejected++;
          reject(line, iCC, row[iCC], 'import.reject.costCenterMissing');
          continue;
        }
      } else current = unit;
      // Period of the row.
      let period = reportPeriod;
      let bad = false;
      if (iPeriod >= 0 && !isEmptyCell(row[iPeriod])) {
        const p = parsePeriodCell(row[iPeriod]);
        if (!p.ok) {
          bad = true;
          reject(line, iPeriod, row[iPeriod], p.reason === 'impossible' ? 'import.reject.periodImpossible' : 'import.reject.periodUnreadable');
        } else period = p.period;
      }
      if (!period) {
        bad = true;
        reject(line, iPeriod, row[iPeriod], 'import.reject.periodMissing');
      }
      const values: Record<string, Ore | null> = {};
      for (const f of numeric) {
        const a = amount(row, col(f), line);
        if (a === 'bad') bad = true;
        else values[f] = a;
      }
      if (bad) {
        rejected++;
        continue;
      }
      imported++;
      const cc = unit.code;
      if (!costCenters.has(cc)) costCenters.set(cc, unit.name);
      if (unit.name && !names.has(cc)) names.set(cc, unit.name);
      const costLine = lineText;
      const { year, month } = periodParts(period!);
      const yearBudget = values.budgetYear ?? null;
      if (yearBudget !== null) {
        const toDate = values.budgetToDate ?? null;
        let parts: Ore[];
        if (toDate !== null && month < 12) {
          parts = [...allocate(toDate, new Array(month).fill(1)), ...allocate(yearBudget - toDate, new Array(12 - month).fill(1))];
        } else parts = allocate(yearBudget, new Array(12).fill(1));
        parts.forEach((ore, i) => add(budgetAcc, { period: makePeriod(year, i + 1), costCenter: cc, costLine, ore }));
        budgetTotal += yearBudget;
      }
      if (values.earlierForecast !== null && values.earlierForecast !== undefined) {
        add(forecast, { period: period!, costCenter: cc, costLine, ore: values.earlierForecast });
        forecastTotal += values.earlierForecast;
      }
      if (commentText) {
        const m = maskPersonalNumbers(commentText);
        masked += m.count;
        comments.push({ period: period!, costCenter: cc, costLine, text: m.text });
      }
    }
    const budget = [...budgetAcc.values()];
    const byPeriod: Record<string, number> = {};
    const byCC: Record<string, number> = {};
    let sum = 0;
    for (const b of budget) {
      byPeriod[b.period] = (byPeriod[b.period] ?? 0) + b.ore;
      byCC[b.costCenter] = (byCC[b.costCenter] ?? 0) + b.ore;
      sum += b.ore;
    }
    if (sum !== budgetTotal) throw new Error(`intern avstämning misslyckades: budget ${budgetTotal} öre, per månad ${sum} öre`);
    finishCounts(recon, skipped, rejects, imported, rejected);
    recon.periods = Object.keys(byPeriod).sort();
    recon.totalOre = budgetTotal;
    recon.totalsByPeriodOre = sortRecord(byPeriod);
    recon.totalsByCostCenterOre = sortRecord(byCC);
    recon.maskedPersonalNumbers = masked;
    recon.reportPeriod = reportPeriod ?? undefined;
    recon.forecastTotalOre = forecastTotal;
    recon.comments = comments.length;
    const knownLines = new Set(ctx.structure.costLines.map((c) => c.name.toLowerCase()));
    const unknown = [...new Set(budget.map((b) => b.costLine).concat([...forecast.values()].map((f) => f.costLine)))].filter(
      (l) => l && !knownLines.has(l.toLowerCase()),
    );
    if (unknown.length) recon.warnings = [t('import.followup.unknownCostLines', { lines: unknown.join(', ') })];
    return {
      recon,
      payload: { reportPeriod: reportPeriod ?? recon.periods[0], budget, forecast: [...forecast.values()], comments },
      costCenters,
      codeNames: names.size ? new Map([['Ansvar', names]]) : undefined,
    };
  },
  async plan(run, results) {
    await planBudgetRows(
      run,
      results.flatMap((r) => r.payload.budget),
    );
    const fKeys = new Set(results.flatMap((r) => r.payload.forecast.map((f) => f.period + '\u0001' + f.costCenter)));
    const cKeys = new Set<string>();
    for (const r of results) for (const cc of r.costCenters.keys()) cKeys.add(r.payload.reportPeriod + '\u0001' + cc);
    for (const k of fKeys) cKeys.add(k);
    const fRows = await run.staging.rows(EARLIER_FORECAST_TABLE);
    run.staging.set(
      EARLIER_FORECAST_TABLE,
      fRows
        .filter((row) => !cKeys.has(cellText(row[0]) + '\u0001' + cellText(row[1])))
        .concat(results.flatMap((r) => r.payload.forecast.map((f) => [f.period, f.costCenter, f.costLine, oreToKronor(f.ore), run.importId]))),
    );
    const cRows = await run.staging.rows(COMMENTS_TABLE);
    run.staging.set(
      COMMENTS_TABLE,
      cRows
        .filter((row) => !cKeys.has(cellText(row[0]) + '\u0001' + cellText(row[1])))
        .concat(results.flatMap((r) => r.payload.comments.map((c) => [c.period, c.costCenter, c.costLine, c.text, run.importId]))),
    );
  },
};

/** Replaces the budget rows of the (period, cost centre) pairs given and adds the new rows. */
export async function planBudgetRows(run: RunContext, rows: readonly PlanRow[]): Promise<void> {
  if (!rows.length) return;
  const keys = new Set(rows.map((r) => r.period + '\u0001' + r.costCenter));
  const existing = await run.staging.rows(BUDGET_TABLE);
  const merged = new Map<string, PlanRow>();
  for (const r of rows) {
    const k = r.period + '\u0001' + r.costCenter + '\u0001' + r.costLine;
    const x = merged.get(k);
    if (x) x.ore += r.ore;
    else merged.set(k, { ...r });
  }
  const fresh: CellValue[][] = [...merged.values()]
    .sort((a, b) => (a.period + a.costCenter + a.costLine < b.period + b.costCenter + b.costLine ? -1 : 1))
    .map((r) => [r.period, r.costCenter, r.costLine, oreToKronor(r.ore), run.importId]);
  run.staging.set(
    BUDGET_TABLE,
    existing.filter((row) => !keys.has(cellText(row[0]) + '\u0001' + cellText(row[1]))).concat(fresh),
  );
}

registerImportKind(followupKind);
