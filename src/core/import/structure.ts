/**
 * Structure mapping kept as editable tables in the workbook:
 * - IFO_Kostnadsslag: the cost lines shown in reports (name, Intäkt/Kostnad, bought care, order);
 * - IFO_Kontoplan: account ranges → cost line, on prefixes; the first matching row wins (narrow rows first);
 * - IFO_Organisation: cost centre → name, unit, area, activity.
 * Defaults for IFO are created when the tables are missing.
 */
import type { CellValue, WorkbookPort } from '../port';
import { ACCOUNT_MAP_TABLE, COST_LINES_TABLE, ORGANISATION_TABLE, cellText, tableRecords } from '../model/tables';

export interface CostLineDef {
  name: string;
  type: 'Intäkt' | 'Kostnad';
  /** Bought care (köpt vård): placements. */
  boughtCare: boolean;
  order: number;
}

export const COST_LINE_NAMES = {
  revenue: 'Intäkter',
  personnel: 'Personal',
  institutionChildren: 'Köpt vård institution barn och unga',
  familyHome: 'Familjehemsvård',
  boughtCareAdults: 'Köpt vård vuxna',
  financialAid: 'Ekonomiskt bistånd',
  premises: 'Lokaler',
  other: 'Övriga kostnader',
} as const;

export const DEFAULT_COST_LINES: readonly CostLineDef[] = [
  { name: COST_LINE_NAMES.revenue, type: 'Intäkt', boughtCare: false, order: 1 },
  { name: COST_LINE_NAMES.personnel, type: 'Kostnad', boughtCare: false, order: 2 },
  { name: COST_LINE_NAMES.institutionChildren, type: 'Kostnad', boughtCare: true, order: 3 },
  { name: COST_LINE_NAMES.familyHome, type: 'Kostnad', boughtCare: true, order: 4 },
  { name: COST_LINE_NAMES.boughtCareAdults, type: 'Kostnad', boughtCare: true, order: 5 },
  { name: COST_LINE_NAMES.financialAid, type: 'Kostnad', boughtCare: false, order: 6 },
  { name: COST_LINE_NAMES.premises, type: 'Kostnad', boughtCare: false, order: 7 },
  { name: COST_LINE_NAMES.other, type: 'Kostnad', boughtCare: false, order: 8 },
];

export interface AccountMapRow {
  from: string;
  to: string;
  costLine: string;
  note: string;
}

/** Default account map for IFO (Kommun-Bas), narrow rows first. */
export const DEFAULT_ACCOUNT_MAP: readonly AccountMapRow[] = [
  { from: '4631', to: '4631', costLine: COST_LINE_NAMES.institutionChildren, note: 'HVB barn/unga, SiS ungdomshem' },
  { from: '4632', to: '4632', costLine: COST_LINE_NAMES.familyHome, note: 'Konsulentstödda familjehem' },
  { from: '4533', to: '4533', costLine: COST_LINE_NAMES.familyHome, note: 'Egna familjehem: arvode och omkostnadsersättning' },
  { from: '4634', to: '4634', costLine: COST_LINE_NAMES.familyHome, note: 'Jourhem' },
  { from: '4633', to: '4633', costLine: COST_LINE_NAMES.boughtCareAdults, note: 'HVB vuxna, LVM-hem' },
  { from: '46351', to: '46351', costLine: COST_LINE_NAMES.institutionChildren, note: 'Stödboende 16–20 år (barn och unga)' },
  { from: '4635', to: '4635', costLine: COST_LINE_NAMES.boughtCareAdults, note: 'Skyddat boende och övrigt stödboende vuxna' },
  { from: '452', to: '452', costLine: COST_LINE_NAMES.financialAid, note: 'Ekonomiskt bistånd' },
  { from: '61', to: '62', costLine: COST_LINE_NAMES.premises, note: 'Lokalhyror, lokalkostnader' },
  { from: '3', to: '3', costLine: COST_LINE_NAMES.revenue, note: 'Kontoklass 3: intäkter' },
  { from: '5', to: '5', costLine: COST_LINE_NAMES.personnel, note: 'Kontoklass 5: personal' },
  { from: '4', to: '4', costLine: COST_LINE_NAMES.other, note: 'Övriga köp och bidrag i klass 4' },
  { from: '6', to: '9', costLine: COST_LINE_NAMES.other, note: 'Kontoklass 6–9' },
];

/**
 * True when the account falls in the row's range. Ranges work on prefixes: with from and to of the same
 * length L, the account's first L characters must lie between them (string order). When the lengths differ,
 * from is padded with '0' and to with '9' to the longer length.
 */
export function accountInRange(account: string, from: string, to: string): boolean {
  if (!from && !to) return false;
  const L = Math.max(from.length, to.length);
  const f = from.padEnd(L, '0');
  const tt = (to || from).padEnd(L, '9');
  if (account.length < L) return false;
  const p = account.slice(0, L);
  return p >= f && p <= tt;
}

/** The cost line of an account: the first matching row of the map, or null (unmapped). */
export function costLineOf(account: string, map: readonly AccountMapRow[]): string | null {
  for (const r of map) if (accountInRange(account, r.from, r.to)) return r.costLine;
  return null;
}

/** A cached resolver over a map (accounts repeat). */
export function costLineResolver(map: readonly AccountMapRow[]): (account: string) => string | null {
  const cache = new Map<string, string | null>();
  return (account) => {
    let v = cache.get(account);
    if (v === undefined) {
      v = costLineOf(account, map);
      cache.set(account, v);
    }
    return v;
  };
}

export interface OrganisationRow {
  costCenter: string;
  name: string;
  unit: string;
  area: string;
  activity: string;
}

export function costLinesRows(lines: readonly CostLineDef[] = DEFAULT_COST_LINES): CellValue[][] {
  return lines.map((l) => [l.name, l.type, l.boughtCare ? 'Ja' : 'Nej', l.order]);
}

export function accountMapRows(map: readonly AccountMapRow[] = DEFAULT_ACCOUNT_MAP): CellValue[][] {
  return map.map((r) => [r.from, r.to, r.costLine, r.note]);
}

export function organisationRows(rows: readonly OrganisationRow[]): CellValue[][] {
  return rows.map((r) => [r.costCenter, r.name, r.unit, r.area, r.activity]);
}

/** Reads IFO_Kontoplan; null when the table does not exist. */
export async function readAccountMap(port: WorkbookPort): Promise<AccountMapRow[] | null> {
  const data = await port.readTable(ACCOUNT_MAP_TABLE.name);
  if (!data) return null;
  return tableRecords(ACCOUNT_MAP_TABLE, data)
    .map((r) => ({
      from: cellText(r['Konto från']),
      to: cellText(r['Konto till']),
      costLine: cellText(r['Kostnadsslag']),
      note: cellText(r['Anmärkning']),
    }))
    .filter((r) => r.from || r.to);
}

/** Reads IFO_Kostnadsslag; null when the table does not exist. */
export async function readCostLines(port: WorkbookPort): Promise<CostLineDef[] | null> {
  const data = await port.readTable(COST_LINES_TABLE.name);
  if (!data) return null;
  return tableRecords(COST_LINES_TABLE, data)
    .map((r, i) => ({
      name: cellText(r['Kostnadsslag']),
      type: (cellText(r['Typ']).toLowerCase().startsWith('i') ? 'Intäkt' : 'Kostnad') as CostLineDef['type'],
      boughtCare: cellText(r['Köpt vård']).toLowerCase().startsWith('j'),
      order: typeof r['Ordning'] === 'number' ? r['Ordning'] : i + 1,
    }))
    .filter((r) => r.name);
}

/** Reads IFO_Organisation; null when the table does not exist. */
export async function readOrganisation(port: WorkbookPort): Promise<OrganisationRow[] | null> {
  const data = await port.readTable(ORGANISATION_TABLE.name);
  if (!data) return null;
  return tableRecords(ORGANISATION_TABLE, data)
    .map((r) => ({
      costCenter: cellText(r['Ansvar']),
      name: cellText(r['Benämning']),
      unit: cellText(r['Enhet']),
      area: cellText(r['Område']),
      activity: cellText(r['Verksamhet']),
    }))
    .filter((r) => r.costCenter);
}

/** A cost centre counts as mapped when the organisation table gives it an area. */
export function isCostCenterMapped(row: OrganisationRow | undefined): boolean {
  return !!row && row.area.trim() !== '';
}
