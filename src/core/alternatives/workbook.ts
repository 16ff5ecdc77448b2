/**
 * The resource board's use of the workbook, through the port only (works on Office.js and on .xlsx files):
 * the price list, writing the cost basis sheet with the stored case, listing and reopening stored cases.
 * Everything is validated and computed before the first write, so refused input leaves the workbook untouched.
 */
import type { WorkbookPort } from '../port';
import { PRICE_LIST_TABLE, priceListRows, readPriceList, DEFAULT_PRICE_LIST, type PriceEntry } from '../prices';
import { computeCase, type CaseResult } from './compute';
import { validateCase, type ResourceCase } from './model';
import { buildCostBasisSheet } from './sheet';
import { CASES_TABLE, storedCases, upsertCaseRows, type StoredCase } from './store';

/** The price list in effect: the workbook's "Prislista" table, or the defaults when it has none. */
export async function loadPriceList(port: WorkbookPort): Promise<PriceEntry[]> {
  return readPriceList(await port.readTable(PRICE_LIST_TABLE.name));
}

/** Writes the default price list when the workbook has none; returns true when it wrote. */
export async function ensurePriceList(port: WorkbookPort): Promise<boolean> {
  if (await port.readTable(PRICE_LIST_TABLE.name)) return false;
  await port.replaceTable(PRICE_LIST_TABLE, priceListRows(DEFAULT_PRICE_LIST));
  return true;
}

export interface WriteCostBasisResult {
  sheet: string;
  result: CaseResult;
  priceListWritten: boolean;
}

/**
 * Writes the sheet "Kostnadsunderlag <key>" and stores the case in `IFO_Arenden` (replacing an earlier save of
 * the same key). Writes the default price list too when the workbook has none, so the sheet's prices can be
 * traced. `savedAt` is the time stamp stored with the case (ISO text; the caller's clock).
 */
export async function writeCostBasis(port: WorkbookPort, rc: ResourceCase, savedAt: string): Promise<WriteCostBasisResult> {
  const result = computeCase(rc);
  const spec = buildCostBasisSheet(rc, result);
  const existing = await port.readTable(CASES_TABLE.name);
  const rows = upsertCaseRows(existing, rc.file, savedAt);
  const hasPriceList = (await port.readTable(PRICE_LIST_TABLE.name)) !== null;
  await port.writeSheets([spec], { activate: spec.name });
  await port.replaceTable(CASES_TABLE, rows);
  if (!hasPriceList) await port.replaceTable(PRICE_LIST_TABLE, priceListRows(DEFAULT_PRICE_LIST));
  return { sheet: spec.name, result, priceListWritten: !hasPriceList };
}

/** Cases stored in the workbook, latest first. */
export async function listStoredCases(port: WorkbookPort): Promise<StoredCase[]> {
  return storedCases(await port.readTable(CASES_TABLE.name));
}

/** Reopens a stored case: its JSON validated against the workbook's price list; null when not stored. */
export async function loadStoredCase(port: WorkbookPort, caseKey: string): Promise<ResourceCase | null> {
  const found = (await listStoredCases(port)).find((c) => c.caseKey.toLowerCase() === caseKey.toLowerCase());
  if (!found) return null;
  const prices = await loadPriceList(port);
  return validateCase(JSON.parse(found.json) as unknown, prices);
}
