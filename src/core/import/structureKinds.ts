/**
 * Structure imports: the two editable mapping tables of the workbook, from a file the ekonom keeps.
 *
 * - `organisation`: Ansvar; Benämning; Enhet; Område; Verksamhet → IFO_Organisation. Merged with what the table
 *   holds: a cost centre in the file gets the file's name, unit, area and activity (the rows a ledger import added
 *   and flagged are filled in); cost centres only in the table are kept (and stay flagged while they have no area).
 * - `accountMap`: Konto från; Konto till; Kostnadsslag; Anmärkning → IFO_Kontoplan, replaced as a whole (the file is
 *   the map). Ranges work on prefixes and the first matching row wins (see structure.ts), so the file is checked:
 *   digits only, from ≤ to, cost lines that exist in IFO_Kostnadsslag, and no row that a row above it makes
 *   unreachable or cuts in two with another cost line.
 *
 * All or nothing like every import: any invalid row refuses the file, every such row listed.
 */
import { t } from '../strings';
import { ACCOUNT_MAP_TABLE, ACTUALS_TABLE, BUDGET_TABLE, ORGANISATION_TABLE, cellText } from '../model/tables';
import { fieldPresent, normalizeHeader, presenceOf } from './columns';
import { ACCOUNT_FIELD, ACCOUNT_MAP_FIELDS, COST_CENTER_FIELD, COST_LINE_FIELD, LEDGER_FIELDS, ORGANISATION_FIELDS } from './fields';
import { columnsOf, dataRows, finishCounts, readAllRows, rejectCollector, skipCounter } from './kindRows';
import { registerImportKind, type KindHandler, type RunContext } from './kinds';
import { maskPersonalNumbers } from './mask';
import { accountMapRows, costLineResolver, organisationRows, type AccountMapRow, type OrganisationRow } from './structure';
import { firstText, isTotalLabel } from './table';
import { emptyReconciliation } from './types';
import { cellString, splitCodeName, type RawCell } from './values';

const AMOUNT_FIELD = LEDGER_FIELDS.find((f) => f.id === 'amount')!;

const organisationPresent = presenceOf(ORGANISATION_FIELDS);
const accountMapPresent = presenceOf(ACCOUNT_MAP_FIELDS);

// -------------------------------------------------------------------------------------------------------------
// Organisation

export interface OrganisationPayload {
  rows: OrganisationRow[];
}

export const organisationKind: KindHandler<OrganisationPayload> = {
  kind: 'organisation',
  fields: ORGANISATION_FIELDS,
  detect(headers) {
    // A table with amounts or accounts is an extract, not the organisation.
    if (fieldPresent(headers, AMOUNT_FIELD) || fieldPresent(headers, ACCOUNT_FIELD) || fieldPresent(headers, COST_LINE_FIELD)) return 0;
    if (!organisationPresent(headers, 'costCenter')) return 0;
    const area = organisationPresent(headers, 'area');
    const unit = organisationPresent(headers, 'unit');
    const name = organisationPresent(headers, 'name');
    if (area) return 3.5;
    if (unit && name) return 2.2;
    return 0;
  },
  required() {
    return ['costCenter'];
  },
  async process(ctx) {
    const { table, info } = ctx;
    const headers = table.headers;
    const col = columnsOf(ctx.mapping);
    const iCC = col('costCenter');
    const iName = col('name');
    const iUnit = col('unit');
    const iArea = col('area');
    const iActivity = col('activity');
    const { rows, lines } = await readAllRows(ctx);
    const recon = emptyReconciliation(info.file, 'organisation');
    const { skipped, skip } = skipCounter();
    const { rejects, add } = rejectCollector(headers);
    const out: OrganisationRow[] = [];
    const firstLine = new Map<string, number>();
    let rejected = 0;
    let masked = 0;
    const text = (row: RawCell[], c: number): string => {
      if (c < 0) return '';
      const m = maskPersonalNumbers(cellString(row[c]).trim());
      masked += m.count;
      return m.text;
    };
    for (const { row, line } of dataRows(rows, lines, headers, recon, skip)) {
      const first = firstText(row);
      if (first && isTotalLabel(first)) {
        skip('totalRow');
        continue;
      }
      const ccText = text(row, iCC);
      if (!ccText) {
        rejected++;
        add(line, iCC, row[iCC], 'import.reject.costCenterMissing');
        continue;
      }
      const cn = splitCodeName(ccText);
      const before = firstLine.get(cn.code);
      if (before !== undefined) {
        rejected++;
        add(line, iCC, row[iCC], 'import.reject.costCenterDuplicate', { first: before });
        continue;
      }
      firstLine.set(cn.code, line);
      const activity = iActivity >= 0 ? splitCodeName(text(row, iActivity)).code : '';
      out.push({ costCenter: cn.code, name: text(row, iName) || cn.name || '', unit: text(row, iUnit), area: text(row, iArea), activity });
    }
    finishCounts(recon, skipped, rejects, out.length, rejected);
    recon.maskedPersonalNumbers = masked;
    const costCenters = new Map<string, string | null>(out.map((o) => [o.costCenter, o.name || null]));
    return { recon, payload: { rows: out }, costCenters };
  },
  async plan(run, results) {
    const incoming = results.flatMap((r) => r.payload.rows);
    const merged = mergeOrganisation(run.structure.organisation ?? [], incoming);
    run.staging.set(ORGANISATION_TABLE, organisationRows(merged.rows));
    run.structure.organisation = merged.rows;
    // Every cost centre the workbook knows is checked for an area after the merge (the flags in the reconciliation).
    const known = new Map<string, string | null>(merged.rows.map((o) => [o.costCenter, o.name || null]));
    for (const cc of await costCentersInData(run)) if (!known.has(cc)) known.set(cc, null);
    for (const r of results) {
      r.costCenters = known;
      r.recon.warnings = [
        ...(r.recon.warnings ?? []),
        t('import.organisation.merged', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged }),
      ];
    }
  },
};

/** Cost centres of the actuals and the budget (as planned in this run), for the flags. */
async function costCentersInData(run: RunContext): Promise<Set<string>> {
  const out = new Set<string>();
  for (const def of [ACTUALS_TABLE, BUDGET_TABLE]) {
    if (!(await run.staging.has(def))) continue;
    for (const row of await run.staging.rows(def)) {
      const cc = cellText(row[1]);
      if (cc) out.add(cc);
    }
  }
  return out;
}

/**
 * Merges organisation rows from a file into the table's rows: a cost centre in both gets the file's values (an
 * empty name in the file keeps the table's); new cost centres are appended in file order; the rest is kept.
 */
export function mergeOrganisation(
  existing: readonly OrganisationRow[],
  incoming: readonly OrganisationRow[],
): { rows: OrganisationRow[]; added: number; updated: number; unchanged: number } {
  const rows = existing.map((r) => ({ ...r }));
  const at = new Map(rows.map((r, i) => [r.costCenter, i]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const inc of incoming) {
    const i = at.get(inc.costCenter);
    if (i === undefined) {
      at.set(inc.costCenter, rows.length);
      rows.push({ ...inc });
      added++;
      continue;
    }
    const old = rows[i];
    const next: OrganisationRow = { ...inc, name: inc.name || old.name };
    if (next.name === old.name && next.unit === old.unit && next.area === old.area && next.activity === old.activity) unchanged++;
    else {
      rows[i] = next;
      updated++;
    }
  }
  return { rows, added, updated, unchanged };
}

// -------------------------------------------------------------------------------------------------------------
// Account map

export interface AccountMapPayload {
  rows: AccountMapRow[];
}

/** A range as digits of one length (from padded with 0, to with 9), for comparing two rows. */
function spanAt(from: string, to: string, len: number): [string, string] {
  return [from.padEnd(len, '0'), (to || from).padEnd(len, '9')];
}

/** How a later row relates to an earlier one: it never matches, it cuts across it, or it is fine. */
export function rangeRelation(earlier: { from: string; to: string }, later: { from: string; to: string }):
  | { kind: 'separate' }
  | { kind: 'contains' }
  | { kind: 'shadowed' | 'overlap'; from: string; to: string } {
  const len = Math.max(earlier.from.length, earlier.to.length, later.from.length, later.to.length);
  const [a0, a1] = spanAt(earlier.from, earlier.to, len);
  const [b0, b1] = spanAt(later.from, later.to, len);
  if (b1 < a0 || a1 < b0) return { kind: 'separate' };
  if (a0 <= b0 && b1 <= a1) return { kind: 'shadowed', from: b0, to: b1 };
  if (b0 <= a0 && a1 <= b1) return { kind: 'contains' };
  return { kind: 'overlap', from: a0 > b0 ? a0 : b0, to: a1 < b1 ? a1 : b1 };
}

const rangeText = (from: string, to: string) => (!to || to === from ? from : `${from}–${to}`);

export const accountMapKind: KindHandler<AccountMapPayload> = {
  kind: 'accountMap',
  fields: ACCOUNT_MAP_FIELDS,
  detect(headers) {
    if (fieldPresent(headers, AMOUNT_FIELD) || fieldPresent(headers, COST_CENTER_FIELD)) return 0;
    if (!accountMapPresent(headers, 'from') || !accountMapPresent(headers, 'costLine')) return 0;
    return accountMapPresent(headers, 'to') ? 3.5 : 2.2;
  },
  required() {
    return ['from', 'costLine'];
  },
  async process(ctx) {
    const { table, info, structure } = ctx;
    const headers = table.headers;
    const col = columnsOf(ctx.mapping);
    const iFrom = col('from');
    const iTo = col('to');
    const iLine = col('costLine');
    const iNote = col('note');
    const { rows, lines } = await readAllRows(ctx);
    const recon = emptyReconciliation(info.file, 'accountMap');
    const { skipped, skip } = skipCounter();
    const { rejects, add } = rejectCollector(headers);
    const known = new Map(structure.costLines.map((c) => [normalizeHeader(c.name), c.name]));
    const knownList = structure.costLines.map((c) => c.name).join(', ');
    const accepted: (AccountMapRow & { line: number })[] = [];
    const warnings: string[] = [];
    let rejected = 0;
    let masked = 0;
    for (const { row, line } of dataRows(rows, lines, headers, recon, skip)) {
      const first = firstText(row);
      if (first && isTotalLabel(first)) {
        skip('totalRow');
        continue;
      }
      let bad = false;
      const from = cellString(row[iFrom]).replace(/[\s\u00a0]/g, '');
      const to = iTo >= 0 ? cellString(row[iTo]).replace(/[\s\u00a0]/g, '') : '';
      if (!/^\d{1,12}$/.test(from)) {
        bad = true;
        add(line, iFrom, row[iFrom], from ? 'import.reject.accountRangeBad' : 'import.reject.accountMissing');
      }
      if (to && !/^\d{1,12}$/.test(to)) {
        bad = true;
        add(line, iTo, row[iTo], 'import.reject.accountRangeBad');
      }
      if (!bad && to) {
        const [f, tt] = spanAt(from, to, Math.max(from.length, to.length));
        if (f > tt) {
          bad = true;
          add(line, iTo, row[iTo], 'import.reject.accountRangeReversed', { from, to });
        }
      }
      const lineText = cellString(row[iLine]).trim();
      const costLine = known.get(normalizeHeader(lineText));
      if (!lineText) {
        bad = true;
        add(line, iLine, row[iLine], 'import.reject.costLineMissing');
      } else if (!costLine) {
        bad = true;
        add(line, iLine, row[iLine], 'import.reject.costLineUnknown', { lines: knownList });
      }
      if (bad) {
        rejected++;
        continue;
      }
      // Against every row above: a row that can never match, or that cuts across one with another cost line.
      let conflict = false;
      for (const e of accepted) {
        const rel = rangeRelation(e, { from, to: to || from });
        if (rel.kind === 'separate' || rel.kind === 'contains') continue;
        const params = { row: e.line, range: rangeText(e.from, e.to), line: e.costLine, overlap: rangeText(rel.from, rel.to) };
        if (e.costLine === costLine) {
          if (rel.kind === 'shadowed') warnings.push(t('import.accountMap.redundant', { row: line, range: rangeText(from, to), first: e.line }));
          continue;
        }
        conflict = true;
        add(line, iFrom, rangeText(from, to), rel.kind === 'shadowed' ? 'import.reject.accountRangeShadowed' : 'import.reject.accountRangeOverlap', params);
        break;
      }
      if (conflict) {
        rejected++;
        continue;
      }
      let note = iNote >= 0 ? cellString(row[iNote]).trim() : '';
      if (note) {
        const m = maskPersonalNumbers(note);
        masked += m.count;
        note = m.text;
      }
      accepted.push({ from, to: to || from, costLine: costLine!, note, line });
    }
    finishCounts(recon, skipped, rejects, accepted.length, rejected);
    recon.maskedPersonalNumbers = masked;
    if (warnings.length) recon.warnings = warnings;
    return { recon, payload: { rows: accepted.map(({ from, to, costLine, note }) => ({ from, to, costLine, note })) }, costCenters: new Map() };
  },
  async plan(run, results) {
    // The last file of the run is the map (a map is a whole, never merged).
    const last = results[results.length - 1];
    const map = last.payload.rows;
    const before = costLineResolver(run.structure.accountMap);
    const after = costLineResolver(map);
    const accounts = new Set<string>();
    if (await run.staging.has(ACTUALS_TABLE)) for (const row of await run.staging.rows(ACTUALS_TABLE)) accounts.add(cellText(row[2]));
    const changed = [...accounts].filter((a) => before(a) !== after(a)).sort();
    run.staging.set(ACCOUNT_MAP_TABLE, accountMapRows(map));
    run.structure.accountMap = map;
    run.structure.accountMapExists = true;
    for (const r of results) {
      r.accounts = accounts;
      if (r === last && changed.length) {
        const list = changed.slice(0, 20).map((a) => `${a} (${before(a) ?? '–'} → ${after(a) ?? '–'})`).join(', ');
        r.recon.warnings = [...(r.recon.warnings ?? []), t('import.accountMap.changed', { count: changed.length, list: changed.length > 20 ? list + ', …' : list })];
      }
      if (r !== last) r.recon.warnings = [...(r.recon.warnings ?? []), t('import.accountMap.replacedInRun', { file: last.recon.file })];
    }
  },
};

registerImportKind(organisationKind);
registerImportKind(accountMapKind);
