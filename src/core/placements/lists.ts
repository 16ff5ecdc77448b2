/**
 * The placement register's configurable lists, kept as editable tables in the workbook (defaults written when
 * missing):
 * - `IFO_Placeringsformer` (sheet "Placeringsformer"): the placement forms and, per form, the price-list entries
 *   (`IFO_Prislista`, src/core/prices) that are its reference prices — used as the default price of a placement
 *   that has none of its own, and as the reference level per care day in the sheet "Placeringar";
 * - `IFO_Lagrum` (sheet "Lagrum"): the legal bases and, per basis, the review interval in months.
 * No legal paragraph is written into the logic: a new Socialtjänstlag (1 July 2025) changes the paragraph
 * numbers, and the municipality edits the table.
 * Target groups are the two the committee reports on (barn och unga, vuxna); they are values, not settings.
 */
import type { CellValue, DataTableDef, TableData } from '../port';
import { UserError, issue, type InputIssue } from '../errors';
import { cellText, cols, columnIndexes, isBlankRow } from '../model/tables';
import { mulDivRound, type Ore } from '../money';
import type { PriceEntry } from '../prices';
import { t, type StringKey, type TextParams } from '../strings';

// ---------------------------------------------------------------------------------------------------------
// Placement forms

export interface PlacementFormDef {
  /** The form as written in the register, e.g. "HVB". */
  name: string;
  /** Price-list name of the reference price per day (Pris per dygn), or ''. */
  perDayPrice: string;
  /** Price-list name of the reference price per month (arvode), or ''. */
  perMonthPrice: string;
  /** Price-list name of the reference expenses per month (omkostnad), or ''. */
  expensesPrice: string;
  note: string;
}

export const FORMS_TABLE: DataTableDef = {
  name: 'IFO_Placeringsformer',
  sheet: 'Placeringsformer',
  visibility: 'visible',
  columns: cols(
    ['Placeringsform', 'text', 28],
    ['Pris per dygn (prislista)', 'text', 26],
    ['Pris per månad (prislista)', 'text', 26],
    ['Omkostnad per månad (prislista)', 'text', 28],
    ['Anmärkning', 'text', 50],
  ),
};

/** The default forms (issue 6's list) with their reference prices in the default price list. */
export const DEFAULT_FORMS: readonly PlacementFormDef[] = Object.freeze([
  { name: 'HVB', perDayPrice: 'hvb_barn_dygn', perMonthPrice: '', expensesPrice: '', note: 'Hem för vård eller boende; referensen är HVB barn och unga.' },
  { name: 'SiS ungdomshem', perDayPrice: 'sis_dygn', perMonthPrice: '', expensesPrice: '', note: 'Kommunens avgift till SiS.' },
  { name: 'LVM-hem', perDayPrice: 'sis_dygn', perMonthPrice: '', expensesPrice: '', note: 'SiS LVM-hem; kommunens avgift.' },
  { name: 'Konsulentstött familjehem', perDayPrice: 'konsulentstott_fh_dygn', perMonthPrice: '', expensesPrice: '', note: '' },
  { name: 'Eget familjehem', perDayPrice: '', perMonthPrice: 'fh_arvode_manad', expensesPrice: 'fh_omkostnad_manad', note: 'Arvode och omkostnadsersättning per månad.' },
  { name: 'Jourhem', perDayPrice: '', perMonthPrice: 'jourhem_arvode_manad', expensesPrice: 'fh_omkostnad_manad', note: 'Kontrakterat jourhem: arvode för en plats och omkostnad.' },
  { name: 'Stödboende', perDayPrice: 'stodboende_dygn', perMonthPrice: '', expensesPrice: '', note: '' },
  { name: 'Skyddat boende', perDayPrice: '', perMonthPrice: '', expensesPrice: '', note: 'Inget referenspris: ange pris per placering.' },
  { name: 'Öppenvård', perDayPrice: '', perMonthPrice: '', expensesPrice: '', note: 'Insatser på hemmaplan; ange kostnad per månad per placering.' },
]);

export function formsRows(forms: readonly PlacementFormDef[] = DEFAULT_FORMS): CellValue[][] {
  return forms.map((f) => [f.name, f.perDayPrice, f.perMonthPrice, f.expensesPrice, f.note]);
}

// ---------------------------------------------------------------------------------------------------------
// Legal bases

export interface LegalBasisDef {
  /** As written in the register, e.g. "LVU 3 §". */
  name: string;
  description: string;
  /** Months between reviews (omprövning / övervägande); null = no review date is proposed. */
  reviewMonths: number | null;
}

export const LEGAL_BASES_TABLE: DataTableDef = {
  name: 'IFO_Lagrum',
  sheet: 'Lagrum',
  visibility: 'visible',
  columns: cols(['Lagrum', 'text', 14], ['Benämning', 'text', 50], ['Omprövning (månader)', 'integer', 12]),
};

export const DEFAULT_LEGAL_BASES: readonly LegalBasisDef[] = Object.freeze([
  { name: 'SoL', description: 'Socialtjänstlagen, placering med samtycke', reviewMonths: 6 },
  { name: 'LVU 2 §', description: 'LVU, brister i hemmiljön', reviewMonths: 6 },
  { name: 'LVU 3 §', description: 'LVU, den unges eget beteende', reviewMonths: 6 },
  { name: 'LVM', description: 'LVM, tvångsvård av vuxna', reviewMonths: 6 },
]);

export function legalBasesRows(list: readonly LegalBasisDef[] = DEFAULT_LEGAL_BASES): CellValue[][] {
  return list.map((l) => [l.name, l.description, l.reviewMonths]);
}

// ---------------------------------------------------------------------------------------------------------
// Target groups

export const TARGET_GROUPS = ['Barn och unga', 'Vuxna'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Lower case, accents kept, runs of non-letters one space. */
export function listKey(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}§]+/gu, ' ')
    .trim();
}

const TARGET_GROUP_WORDS: Record<string, TargetGroup> = {
  'barn och unga': 'Barn och unga',
  'barn unga': 'Barn och unga',
  barn: 'Barn och unga',
  unga: 'Barn och unga',
  bou: 'Barn och unga',
  'barn och ungdom': 'Barn och unga',
  vuxna: 'Vuxna',
  vuxen: 'Vuxna',
  vux: 'Vuxna',
};

/** The target group named by a text ("barn och unga", "BoU", "Vuxen" …), or null. */
export function targetGroupOf(text: string): TargetGroup | null {
  return TARGET_GROUP_WORDS[listKey(text)] ?? null;
}

/** Finds a form by name (case and spacing tolerant); null when the list does not have it. */
export function findForm(forms: readonly PlacementFormDef[], text: string): PlacementFormDef | null {
  const k = listKey(text);
  return k ? (forms.find((f) => listKey(f.name) === k) ?? null) : null;
}

/** The key legal bases are told apart by: listKey without spaces ("lvu 3§" and "LVU 3 §" are one). */
function legalBasisKey(s: string): string {
  return listKey(s).replace(/ /g, '');
}

/** Finds a legal basis by name ("lvu 3§" finds "LVU 3 §"); null when the list does not have it. */
export function findLegalBasis(list: readonly LegalBasisDef[], text: string): LegalBasisDef | null {
  const k = legalBasisKey(text);
  return k ? (list.find((l) => legalBasisKey(l.name) === k) ?? null) : null;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the tables

function tableIssue(sheet: string, row: number, column: string, value: string, reason: StringKey, params?: TextParams): InputIssue {
  const i = issue({ row, column, value }, reason, params);
  return { ...i, sheet, message: `${t('placements.location.sheet', { sheet })}, ${i.message}` };
}

/** Data rows of a table with their 1-based sheet row numbers (header in row 1), blank rows skipped. */
function numberedRows(def: DataTableDef, data: TableData): { row: number; cells: CellValue[] }[] {
  const idx = columnIndexes(def, data.headers);
  const out: { row: number; cells: CellValue[] }[] = [];
  data.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    out.push({ row: i + 2, cells: idx.map((k) => (k >= 0 ? (r[k] ?? null) : null)) });
  });
  return out;
}

/** Records a problem of the row being read: the column (index in the definition), the value, the reason. */
type RowProblem = (column: number, value: string, reason: StringKey) => void;

/**
 * Reads the rows of a list whose first column is the name, required and unique by `key`; `parse` reads the rest
 * of a row, records its problems and returns null to leave the row out. Refuses with every problem listed (sheet,
 * row, column, value).
 */
function readNamedList<T>(
  def: DataTableDef,
  data: TableData,
  key: (name: string) => string,
  parse: (name: string, cells: CellValue[], problem: RowProblem) => T | null,
): T[] {
  const issues: InputIssue[] = [];
  const out: T[] = [];
  const seen = new Set<string>();
  for (const { row, cells } of numberedRows(def, data)) {
    const problem: RowProblem = (column, value, reason) => issues.push(tableIssue(def.sheet, row, def.columns[column].header, value, reason));
    const name = cellText(cells[0]);
    if (!name) {
      problem(0, '', 'placements.lists.nameMissing');
      continue;
    }
    if (seen.has(key(name))) {
      problem(0, name, 'placements.lists.duplicate');
      continue;
    }
    seen.add(key(name));
    const item = parse(name, cells, problem);
    if (item) out.push(item);
  }
  if (issues.length) throw new UserError('placements.lists.invalid', { table: def.sheet, count: issues.length }, issues);
  return out;
}

/**
 * Reads the forms table (null table → the defaults). Each price-list name must exist in the price list in
 * effect; names are unique.
 */
export function readForms(data: TableData | null, prices: readonly PriceEntry[]): PlacementFormDef[] {
  if (!data) return DEFAULT_FORMS.map((f) => ({ ...f }));
  const known = new Set(prices.map((p) => p.name));
  return readNamedList(FORMS_TABLE, data, listKey, (name, cells, problem) => {
    const refs = [cellText(cells[1]), cellText(cells[2]), cellText(cells[3])];
    let bad = false;
    refs.forEach((ref, k) => {
      if (ref && !known.has(ref)) {
        bad = true;
        problem(k + 1, ref, 'placements.lists.priceUnknown');
      }
    });
    return bad ? null : { name, perDayPrice: refs[0], perMonthPrice: refs[1], expensesPrice: refs[2], note: cellText(cells[4]) };
  });
}

/** Reads the legal-bases table (null table → the defaults). */
export function readLegalBases(data: TableData | null): LegalBasisDef[] {
  if (!data) return DEFAULT_LEGAL_BASES.map((l) => ({ ...l }));
  return readNamedList(LEGAL_BASES_TABLE, data, legalBasisKey, (name, cells, problem) => {
    const m = cells[2];
    let months: number | null = null;
    if (m !== null && cellText(m) !== '') {
      const n = typeof m === 'number' ? m : Number(cellText(m).replace(',', '.'));
      if (!Number.isInteger(n) || n < 1 || n > 60) {
        problem(2, cellText(m), 'placements.lists.reviewMonths');
        return null;
      }
      months = n;
    }
    return { name, description: cellText(cells[1]), reviewMonths: months };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Reference prices

/** The reference prices of a form, from the price list (0 where the form names none). */
export interface FormReference {
  pricePerDayOre: Ore;
  pricePerMonthOre: Ore;
  expensesPerMonthOre: Ore;
  /** The price-list names used, in the order per day, per month, expenses. */
  names: string[];
  /** Reference per care day: the per-day price, or (per month + expenses) × 12 / 365, rounded to öre. */
  perCareDayOre: Ore | null;
}

export function formReference(form: PlacementFormDef, prices: readonly PriceEntry[]): FormReference {
  const byName = new Map(prices.map((p) => [p.name, p]));
  const price = (name: string) => (name ? (byName.get(name)?.priceOre ?? 0) : 0);
  const perDay = price(form.perDayPrice);
  const perMonth = price(form.perMonthPrice);
  const expenses = price(form.expensesPrice);
  const names = [form.perDayPrice, form.perMonthPrice, form.expensesPrice].filter(Boolean);
  let perCareDay: Ore | null = null;
  if (form.perDayPrice) perCareDay = perDay;
  else if (form.perMonthPrice || form.expensesPrice) perCareDay = mulDivRound(perMonth + expenses, 12, 365);
  return { pricePerDayOre: perDay, pricePerMonthOre: perMonth, expensesPerMonthOre: expenses, names, perCareDayOre: perCareDay };
}
