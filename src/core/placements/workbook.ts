/**
 * The placement register's use of the workbook, through the port only (Office.js and .xlsx files alike):
 * reading the register with its lists, the price list, the account map and the ledger's actuals; editing the
 * register one placement at a time (every edit written at once); writing the sheet "Placeringar".
 * Everything is validated before the first write: refused input leaves the workbook untouched.
 */
import type { SettingValue, WorkbookPort } from '../port';
import { UserError } from '../errors';
import { isPeriod, lastDayOf, type IsoDate, type Period } from '../dates';
import { ACTUALS_TABLE, cellOre, cellText, columnIndexes, isBlankRow } from '../model/tables';
import { DEFAULT_PRICE_LIST, PRICE_LIST_TABLE, priceListRows, readPriceList, type PriceEntry } from '../prices';
import { DEFAULT_ACCOUNT_MAP, costLineResolver, readAccountMap } from '../import/structure';
import {
  FORMS_TABLE,
  LEGAL_BASES_TABLE,
  formsRows,
  legalBasesRows,
  readForms,
  readLegalBases,
  type LegalBasisDef,
  type PlacementFormDef,
} from './lists';
import {
  REGISTER_TABLE,
  placementKey,
  placementRow,
  readRegister,
  type Placement,
  type RegisterContext,
  type RegisterRow,
} from './register';
import {
  bookedKey,
  makePlacementsOf,
  projectPlacements,
  type BookedLedger,
  type InflowSetting,
  type PlacementProjection,
  type ProjectionInput,
} from './projection';
import { buildPlacementsSheet, PLACEMENTS_SHEET } from './sheet';

/** Workbook setting: the inflow of new placements set by the user (`{ perMonthMilli }`); absent = from history. */
export const INFLOW_SETTING = 'placements.inflow';

export interface PlacementsData {
  prices: PriceEntry[];
  forms: PlacementFormDef[];
  legalBases: LegalBasisDef[];
  /** The register's rows; null when the workbook has no register table. */
  register: RegisterRow[] | null;
  booked: BookedLedger | null;
  /** Periods the actuals table holds, sorted. */
  actualPeriods: Period[];
  costLineOf: (account: string) => string | null;
  inflow: InflowSetting;
  /** Which configuration tables exist in the workbook. */
  has: { prices: boolean; forms: boolean; legalBases: boolean };
}

/** The inflow setting as stored (a malformed value counts as "from history"). */
export function inflowFromSetting(v: SettingValue | undefined): InflowSetting {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const m = (v as Record<string, SettingValue>).perMonthMilli;
    if (typeof m === 'number' && Number.isInteger(m) && m >= 0 && m <= 1_000_000) return { mode: 'set', perMonthMilli: m };
  }
  return { mode: 'history' };
}

/** Reads the ledger's actuals (IFO_Utfall) on the given units × accounts. */
export async function readBooked(port: WorkbookPort, pairs: ReadonlySet<string>): Promise<{ booked: BookedLedger | null; periods: Period[] }> {
  const data = await port.readTable(ACTUALS_TABLE.name);
  if (!data) return { booked: null, periods: [] };
  const idx = columnIndexes(ACTUALS_TABLE, data.headers, ACTUALS_TABLE.columns.map((c) => c.header).filter((h) => !['Period', 'Ansvar', 'Konto', 'Belopp'].includes(h)));
  const [iPeriod, iCC, iAccount] = idx;
  const iAmount = idx[ACTUALS_TABLE.columns.findIndex((c) => c.header === 'Belopp')];
  const byKey = new Map<string, Map<Period, number>>();
  const periods = new Set<Period>();
  for (const r of data.rows) {
    if (isBlankRow(r)) continue;
    const period = cellText(r[iPeriod]);
    if (!isPeriod(period)) continue;
    periods.add(period);
    const k = bookedKey(cellText(r[iCC]), cellText(r[iAccount]));
    if (!pairs.has(k)) continue;
    let m = byKey.get(k);
    if (!m) byKey.set(k, (m = new Map()));
    m.set(period, (m.get(period) ?? 0) + cellOre(r[iAmount]));
  }
  return { booked: { byKey, periods }, periods: [...periods].sort() };
}

/**
 * Reads everything the placements area needs. `today` is the date defaults are computed against (the next
 * review of a row that has none). Refuses (UserError) an invalid register, price list or list table.
 */
export async function loadPlacements(port: WorkbookPort, today: IsoDate): Promise<PlacementsData> {
  const [priceData, formData, legalData, registerData, accountMap, settings] = await Promise.all([
    port.readTable(PRICE_LIST_TABLE.name),
    port.readTable(FORMS_TABLE.name),
    port.readTable(LEGAL_BASES_TABLE.name),
    port.readTable(REGISTER_TABLE.name),
    readAccountMap(port),
    port.getSettings(),
  ]);
  const prices = readPriceList(priceData);
  const forms = readForms(formData, prices);
  const legalBases = readLegalBases(legalData);
  const ctx: RegisterContext = { forms, legalBases, prices, today };
  const register = registerData ? readRegister(registerData, ctx) : null;
  const pairs = new Set((register ?? []).map((r) => bookedKey(r.placement.costCenter, r.placement.account)));
  const { booked, periods } = await readBooked(port, pairs);
  return {
    prices,
    forms,
    legalBases,
    register,
    booked,
    actualPeriods: periods,
    costLineOf: costLineResolver(accountMap ?? DEFAULT_ACCOUNT_MAP),
    inflow: inflowFromSetting(settings[INFLOW_SETTING]),
    has: { prices: priceData !== null, forms: formData !== null, legalBases: legalData !== null },
  };
}

/** The register's context for validating a row against the workbook's lists. */
export function registerContext(data: PlacementsData, today: IsoDate): RegisterContext {
  return { forms: data.forms, legalBases: data.legalBases, prices: data.prices, today };
}

export function projectionInput(data: PlacementsData): ProjectionInput {
  return {
    placements: (data.register ?? []).map((r) => r.placement),
    forms: data.forms,
    prices: data.prices,
    booked: data.booked,
    costLineOf: data.costLineOf,
    inflow: data.inflow,
  };
}

/** The default as-of date: the last day of the latest imported month of the year; 31 Dec the year before when none. */
export function defaultAsOf(year: number, actualPeriods: readonly Period[]): IsoDate {
  const inYear = actualPeriods.filter((p) => p.startsWith(`${year}-`));
  return inYear.length ? lastDayOf(inYear[inYear.length - 1]) : `${year - 1}-12-31`;
}

/** The projection of the workbook's register (refuses a workbook without one). */
export function projectWorkbook(data: PlacementsData, year: number, asOf?: IsoDate): PlacementProjection {
  if (data.register === null) throw new UserError('placements.register.missing');
  return projectPlacements(projectionInput(data), { year, asOf: asOf ?? defaultAsOf(year, data.actualPeriods) });
}

/**
 * For the forecast (`env.placementsOf`, the CLI's `makeForecastCommand({ placementsFor })`): the register's
 * outlook per unit × purchased-care line as of a closed month, or undefined when the workbook has no register.
 */
export async function placementsFor(port: WorkbookPort, asOf: string) {
  const today = isPeriod(asOf) ? lastDayOf(asOf) : asOf;
  const data = await loadPlacements(port, today);
  if (data.register === null) return undefined;
  return makePlacementsOf(projectionInput(data));
}

/** Writes the default price list, forms and legal bases when the workbook lacks them. Returns the sheets written. */
export async function ensurePlacementLists(port: WorkbookPort, data: PlacementsData): Promise<string[]> {
  const written: string[] = [];
  if (!data.has.prices) {
    await port.replaceTable(PRICE_LIST_TABLE, priceListRows(DEFAULT_PRICE_LIST));
    written.push(PRICE_LIST_TABLE.sheet);
  }
  if (!data.has.forms) {
    await port.replaceTable(FORMS_TABLE, formsRows(data.forms));
    written.push(FORMS_TABLE.sheet);
  }
  if (!data.has.legalBases) {
    await port.replaceTable(LEGAL_BASES_TABLE, legalBasesRows(data.legalBases));
    written.push(LEGAL_BASES_TABLE.sheet);
  }
  return written;
}

/** Writes the sheet "Placeringar" (and the default lists when missing). */
export async function writePlacementsSheet(port: WorkbookPort, data: PlacementsData, projection: PlacementProjection, options: { activate?: boolean } = {}): Promise<string> {
  const spec = buildPlacementsSheet(projection, { register: (data.register ?? []).map((r) => r.placement) });
  await port.writeSheets([spec], options.activate ? { activate: spec.name } : undefined);
  await ensurePlacementLists(port, data);
  return PLACEMENTS_SHEET;
}

// ---------------------------------------------------------------------------------------------------------
// Editing the register

/** Reads the register table fresh (the user may have edited it in Excel since the pane read it). */
async function freshRegister(port: WorkbookPort, ctx: RegisterContext): Promise<RegisterRow[] | null> {
  const data = await port.readTable(REGISTER_TABLE.name);
  return data ? readRegister(data, ctx) : null;
}

function duplicateOf(rows: readonly RegisterRow[], p: Placement, except?: string): RegisterRow | undefined {
  const k = placementKey(p);
  return rows.find((r) => placementKey(r.placement) === k && placementKey(r.placement) !== except);
}

/** Adds a validated placement as a new row of the register (creates the table when missing). */
export async function addPlacement(port: WorkbookPort, ctx: RegisterContext, p: Placement): Promise<void> {
  const rows = (await freshRegister(port, ctx)) ?? [];
  const dup = duplicateOf(rows, p);
  if (dup) throw new UserError('placements.field.duplicate', { row: dup.index + 2, start: p.startDate });
  await port.appendTableRows(REGISTER_TABLE, [placementRow(p)]);
}

/** Replaces the placement identified by `key` (its case key and start date before the edit) in place. */
export async function updatePlacement(port: WorkbookPort, ctx: RegisterContext, key: Pick<Placement, 'caseKey' | 'startDate'>, p: Placement): Promise<void> {
  const rows = (await freshRegister(port, ctx)) ?? [];
  const k = placementKey(key);
  const row = rows.find((r) => placementKey(r.placement) === k);
  if (!row) throw new UserError('placements.register.notFound', { caseKey: key.caseKey, start: key.startDate });
  const dup = duplicateOf(rows, p, k);
  if (dup) throw new UserError('placements.field.duplicate', { row: dup.index + 2, start: p.startDate });
  await port.updateTableRows(REGISTER_TABLE, [{ index: row.index, values: placementRow(p) }]);
}

/** The placement ended on `endDate`: the end date set and no further review. */
export function endedPlacement(p: Placement, endDate: IsoDate): Placement {
  if (endDate < p.startDate) throw new UserError('placements.register.endBeforeStart', { end: endDate, start: p.startDate });
  return { ...p, endDate, nextReview: null };
}

/** Ends the placement identified by `key` on `endDate` (written at once). Returns the ended placement. */
export async function endPlacement(port: WorkbookPort, ctx: RegisterContext, key: Pick<Placement, 'caseKey' | 'startDate'>, endDate: IsoDate): Promise<Placement> {
  const rows = (await freshRegister(port, ctx)) ?? [];
  const k = placementKey(key);
  const row = rows.find((r) => placementKey(r.placement) === k);
  if (!row) throw new UserError('placements.register.notFound', { caseKey: key.caseKey, start: key.startDate });
  const ended = endedPlacement(row.placement, endDate);
  await port.updateTableRows(REGISTER_TABLE, [{ index: row.index, values: placementRow(ended) }]);
  return ended;
}
