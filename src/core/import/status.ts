/** What a workbook holds after imports: the import log and totals over the stored actuals and budget. */
import type { WorkbookPort } from '../port';
import { ACTUALS_TABLE, BUDGET_TABLE, IMPORT_LOG_TABLE, cellOre, cellText, tableRecords } from '../model/tables';
import { kronorToOre, type Ore } from '../money';
import { sortRecord } from './ledger';
import { DEFAULT_ACCOUNT_MAP, costLineResolver, isCostCenterMapped, readAccountMap, readOrganisation } from './structure';

export interface ImportLogEntry {
  importId: string;
  time: string;
  file: string;
  kind: string;
  hash: string;
  periods: string[];
  rowsRead: number;
  rowsImported: number;
  rowsRejected: number;
  totalOre: Ore;
  user: string;
}

export interface ImportStatus {
  imports: ImportLogEntry[];
  /** Over IFO_Utfall. */
  actualRows: number;
  totalOre: Ore;
  totalsByPeriodOre: Record<string, Ore>;
  totalsByCostCenterOre: Record<string, Ore>;
  /** Over IFO_Budget. */
  budgetTotalOre: Ore;
  budgetByPeriodOre: Record<string, Ore>;
  /**
   * Gaps in the structure: accounts of the actuals without a cost line in IFO_Kontoplan (the default map when the
   * table is missing), and cost centres of the actuals or the budget without an area in IFO_Organisation.
   */
  unmappedAccounts: string[];
  unmappedCostCenters: string[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(cellText(v as never)) || 0);

export async function readImportStatus(port: WorkbookPort): Promise<ImportStatus> {
  const [log, actuals, budget, accountMap, organisation] = await Promise.all([
    port.readTable(IMPORT_LOG_TABLE.name),
    port.readTable(ACTUALS_TABLE.name),
    port.readTable(BUDGET_TABLE.name),
    readAccountMap(port),
    readOrganisation(port),
  ]);
  const costLine = costLineResolver(accountMap ?? DEFAULT_ACCOUNT_MAP);
  const org = new Map((organisation ?? []).map((o) => [o.costCenter, o]));
  const unmappedAccounts = new Set<string>();
  const unmappedCostCenters = new Set<string>();
  const checkCostCenter = (cc: string) => {
    if (cc && !isCostCenterMapped(org.get(cc))) unmappedCostCenters.add(cc);
  };
  const imports: ImportLogEntry[] = log
    ? tableRecords(IMPORT_LOG_TABLE, log).map((r) => ({
        importId: cellText(r['Import-id']),
        time: cellText(r['Tid']),
        file: cellText(r['Fil']),
        kind: cellText(r['Typ']),
        hash: cellText(r['Hash (SHA-256)']),
        periods: cellText(r['Perioder'])
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        rowsRead: num(r['Rader lästa']),
        rowsImported: num(r['Rader importerade']),
        rowsRejected: num(r['Rader avvisade']),
        totalOre: typeof r['Summa'] === 'number' ? kronorToOre(r['Summa']) : 0,
        user: cellText(r['Användare']),
      }))
    : [];
  const byPeriod: Record<string, Ore> = {};
  const byCC: Record<string, Ore> = {};
  let total = 0;
  let actualRows = 0;
  if (actuals) {
    for (const r of tableRecords(ACTUALS_TABLE, actuals)) {
      const ore = cellOre(r['Belopp']);
      const p = cellText(r['Period']);
      const cc = cellText(r['Ansvar']);
      const account = cellText(r['Konto']);
      if (account && costLine(account) === null) unmappedAccounts.add(account);
      checkCostCenter(cc);
      byPeriod[p] = (byPeriod[p] ?? 0) + ore;
      byCC[cc] = (byCC[cc] ?? 0) + ore;
      total += ore;
      actualRows++;
    }
  }
  const budgetByPeriod: Record<string, Ore> = {};
  let budgetTotal = 0;
  if (budget) {
    for (const r of tableRecords(BUDGET_TABLE, budget)) {
      const ore = cellOre(r['Belopp']);
      const p = cellText(r['Period']);
      checkCostCenter(cellText(r['Ansvar']));
      budgetByPeriod[p] = (budgetByPeriod[p] ?? 0) + ore;
      budgetTotal += ore;
    }
  }
  return {
    imports,
    actualRows,
    totalOre: total,
    totalsByPeriodOre: sortRecord(byPeriod),
    totalsByCostCenterOre: sortRecord(byCC),
    budgetTotalOre: budgetTotal,
    budgetByPeriodOre: sortRecord(budgetByPeriod),
    unmappedAccounts: [...unmappedAccounts].sort(),
    unmappedCostCenters: [...unmappedCostCenters].sort(),
  };
}
