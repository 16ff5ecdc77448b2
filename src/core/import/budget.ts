/**
 * The budget kind: a plain budget table, ansvar × cost line (or account) × year, either with a column per
 * month or with an annual amount and a phasing profile ("jämn", or twelve weights "8;8;9;…"). Written to
 * IFO_Budget per month; phasing with `allocate`, so the months always sum to the annual figure exactly.
 */
import { allocate, type Ore } from '../money';
import { makePeriod } from '../dates';
import { UserError } from '../errors';
import { t } from '../strings';
import { normalizeHeader, presenceOf } from './columns';
import { BUDGET_FIELDS } from './fields';
import { planBudgetRows, type PlanRow } from './followup';
import { amountReader, columnsOf, dataRows, finishCounts, readAllRows, rejectCollector, skipCounter } from './kindRows';
import { registerImportKind, type KindHandler } from './kinds';
import { sortRecord } from './ledger';
import { maskPersonalNumbers } from './mask';
import { costLineResolver } from './structure';
import { firstText, isTotalLabel } from './table';
import { emptyReconciliation } from './types';
import { cellString, columnHoldsCodeNames, isEmptyCell, monthOfName, splitCodeName } from './values';

/** Month (and year when written) of a month column header: "jan", "Januari", "2026-01", "202601", "jan 2026". */
export function monthHeader(header: string): { month: number; year: number | null } | null {
  const n = normalizeHeader(header);
  if (!n) return null;
  let m = /^(\d{4}) ?(\d{2})$/.exec(n);
  if (m && +m[2] >= 1 && +m[2] <= 12 && +m[1] >= 1900) return { month: +m[2], year: +m[1] };
  m = /^([a-z]+)(?: (\d{4}))?$/.exec(n);
  if (m) {
    const mo = monthOfName(m[1]);
    if (mo) return { month: mo, year: m[2] ? +m[2] : null };
  }
  m = /^(\d{4}) ([a-z]+)$/.exec(n);
  if (m) {
    const mo = monthOfName(m[2]);
    if (mo) return { month: mo, year: +m[1] };
  }
  return null;
}

/** Weights of a phasing profile: '' / "jämn" / "even" → 12 equal; twelve numbers → those weights; else null. */
export function profileWeights(text: string): number[] | null {
  const s = text.trim();
  const n = normalizeHeader(s);
  if (n === '' || n === 'jamn' || n === 'jamnt' || n === 'even' || n === 'linjar' || n === 'lika') return new Array(12).fill(1);
  const parts = s.split(/[;|/\s]+/).filter(Boolean);
  if (parts.length !== 12) return null;
  const w = parts.map((p) => Number(p.replace(',', '.').replace(/%$/, '')));
  if (w.some((x) => !Number.isFinite(x) || x < 0) || w.every((x) => x === 0)) return null;
  return w;
}

const presentField = presenceOf(BUDGET_FIELDS);

export interface BudgetPayload {
  rows: PlanRow[];
}

export const budgetKind: KindHandler<BudgetPayload> = {
  kind: 'budget',
  fields: BUDGET_FIELDS,
  headerExtra: (s) => monthHeader(s) !== null,
  detect(headers) {
    if (!presentField(headers, 'costCenter')) return 0;
    if (!presentField(headers, 'costLine') && !presentField(headers, 'account')) return 0;
    const months = new Set(headers.map(monthHeader).filter((x) => x).map((x) => x!.month));
    if (months.size >= 2) return 2.5;
    if (presentField(headers, 'annual') && (presentField(headers, 'profile') || presentField(headers, 'year'))) return 2.5;
    return 0;
  },
  required() {
    return ['costCenter'];
  },
  async process(ctx) {
    const { table, mapping, options, info } = ctx;
    const headers = table.headers;
    const col = columnsOf(mapping);
    const iCC = col('costCenter');
    const iLine = col('costLine');
    const iAccount = col('account');
    const iYear = col('year');
    const iAnnual = col('annual');
    const iProfile = col('profile');
    if (iLine < 0 && iAccount < 0) throw new UserError('import.budget.costLineMissing', { file: info.file });
    const mapped = new Set(mapping.matches.map((m) => m.column));
    const monthCols: { col: number; month: number; year: number | null }[] = [];
    headers.forEach((h, c) => {
      if (mapped.has(c)) return;
      const mh = monthHeader(h);
      if (mh) monthCols.push({ col: c, ...mh });
    });
    const seenMonths = new Set(monthCols.map((m) => m.month));
    if (monthCols.length && (seenMonths.size !== 12 || monthCols.length !== 12)) {
      throw new UserError('import.budget.monthColumns', { file: info.file, count: seenMonths.size });
    }
    if (!monthCols.length && iAnnual < 0) throw new UserError('import.budget.noAmounts', { file: info.file });
    const headerYear = monthCols.find((m) => m.year !== null)?.year ?? null;
    const titleYear = (() => {
      for (const r of table.titleRows) for (const c of r) {
        const m = /\b(19|20)\d\d\b/.exec(c);
        if (m) return +m[0];
      }
      return null;
    })();
    const defaultYear = headerYear ?? titleYear ?? (options.period ? +options.period.slice(0, 4) : null);
    if (iYear < 0 && defaultYear === null) throw new UserError('import.budget.yearMissing', { file: info.file });

    const { rows, lines } = await readAllRows(ctx);
    const amountCols = [...monthCols.map((m) => m.col), ...(iAnnual >= 0 ? [iAnnual] : [])];
    const splitCC = columnHoldsCodeNames(rows.map((r) => cellString(r[iCC])));
    const resolve = costLineResolver(ctx.structure.accountMap);
    const recon = emptyReconciliation(info.file, 'budget');
    const { skipped, skip } = skipCounter();
    const { rejects, add: reject } = rejectCollector(headers);
    let rejected = 0;
    let imported = 0;
    const out: PlanRow[] = [];
    const costCenters = new Map<string, string | null>();
    const names = new Map<string, string>();
    let total = 0;
    const amount = amountReader(rows, headers, amountCols, reject);

    for (const { row, line } of dataRows(rows, lines, headers, recon, skip)) {
      const ccText = maskPersonalNumbers(cellString(row[iCC])).text;
      const lineText = iLine >= 0 ? cellString(row[iLine]) : '';
      const accText = iAccount >= 0 ? cellString(row[iAccount]) : '';
      const first = firstText(row);
      if ((first && isTotalLabel(first)) || isTotalLabel(ccText) || isTotalLabel(lineText)) {
        skip('totalRow');
        continue;
      }
      const hasAmounts = amountCols.some((c) => !isEmptyCell(row[c]));
      if (!ccText && !lineText && !accText) {
        skip(hasAmounts ? 'amountWithoutDimensions' : 'textOnly');
        continue;
      }
      let bad = false;
      if (!ccText) {
        bad = true;
        reject(line, iCC, row[iCC], 'import.reject.costCenterMissing');
      }
      let costLine = lineText;
      if (!costLine) {
        const acc = accText ? splitCodeName(accText).code : '';
        const cl = acc ? resolve(acc) : null;
        if (cl) costLine = cl;
        else {
          bad = true;
          if (acc) reject(line, iAccount, row[iAccount], 'import.reject.accountUnmapped');
          else reject(line, iLine >= 0 ? iLine : iAccount, row[iLine >= 0 ? iLine : iAccount], 'import.reject.costLineMissing');
        }
      }
      let year = defaultYear;
      if (iYear >= 0 && !isEmptyCell(row[iYear])) {
        const y = Number(cellString(row[iYear]));
        if (!Number.isInteger(y) || y < 1900 || y > 2999) {
          bad = true;
          reject(line, iYear, row[iYear], 'import.reject.yearImpossible');
        } else year = y;
      }
      if (year === null) {
        bad = true;
        reject(line, iYear, row[iYear], 'import.reject.yearMissing');
      }
      let months: Ore[] | null = null;
      if (monthCols.length) {
        months = new Array(12).fill(0);
        for (const mc of monthCols) {
          const a = amount(row, mc.col, line);
          if (a === 'bad') bad = true;
          else if (a !== null) months[mc.month - 1] = a;
        }
        if (iAnnual >= 0 && !bad) {
          const annual = amount(row, iAnnual, line);
          if (annual === 'bad') bad = true;
          else if (annual !== null && annual !== months.reduce((s, x) => s + x, 0)) {
            bad = true;
            reject(line, iAnnual, row[iAnnual], 'import.reject.monthsDontSum');
          }
        }
      } else {
        const annual = amount(row, iAnnual, line);
        if (annual === 'bad') bad = true;
        else if (annual === null) {
          bad = true;
          reject(line, iAnnual, row[iAnnual], 'import.reject.amountMissing');
        } else {
          const w = profileWeights(iProfile >= 0 ? cellString(row[iProfile]) : '');
          if (!w) {
            bad = true;
            reject(line, iProfile, row[iProfile], 'import.reject.profileUnknown');
          } else months = allocate(annual, w);
        }
      }
      if (bad || !months) {
        rejected++;
        continue;
      }
      imported++;
      const cn = splitCodeName(ccText, splitCC);
      if (!costCenters.has(cn.code)) costCenters.set(cn.code, cn.name);
      if (cn.name && !names.has(cn.code)) names.set(cn.code, cn.name);
      months.forEach((ore, i) => out.push({ period: makePeriod(year!, i + 1), costCenter: cn.code, costLine, ore }));
      total += months.reduce((s, x) => s + x, 0);
    }
    const byPeriod: Record<string, number> = {};
    const byCC: Record<string, number> = {};
    for (const r of out) {
      byPeriod[r.period] = (byPeriod[r.period] ?? 0) + r.ore;
      byCC[r.costCenter] = (byCC[r.costCenter] ?? 0) + r.ore;
    }
    finishCounts(recon, skipped, rejects, imported, rejected);
    recon.periods = Object.keys(byPeriod).sort();
    recon.totalOre = total;
    recon.totalsByPeriodOre = sortRecord(byPeriod);
    recon.totalsByCostCenterOre = sortRecord(byCC);
    const known = new Set(ctx.structure.costLines.map((c) => c.name.toLowerCase()));
    const unknown = [...new Set(out.map((r) => r.costLine))].filter((l) => !known.has(l.toLowerCase()));
    if (unknown.length) recon.warnings = [t('import.followup.unknownCostLines', { lines: unknown.join(', ') })];
    return { recon, payload: { rows: out }, costCenters, codeNames: names.size ? new Map([['Ansvar', names]]) : undefined };
  },
  async plan(run, results) {
    await planBudgetRows(
      run,
      results.flatMap((r) => r.payload.rows),
    );
  },
};

registerImportKind(budgetKind);
