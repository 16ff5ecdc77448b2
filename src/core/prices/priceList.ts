/**
 * The shared price list: default price levels for placement forms (from ../shared/DOMAIN.md, each with its source
 * and year) and the editable workbook table `IFO_Prislista` (sheet "Prislista") that replaces them.
 * Used by the resource board's cost model (src/core/alternatives) and by the placement register.
 *
 * Every price must be editable: the defaults are starting points, not the municipality's own prices.
 */
import type { CellValue, DataColumn, DataTableDef, TableData } from '../port';
import { UserError, issue, type InputIssue } from '../errors';
import { kronorToOre, oreToKronor, type Ore } from '../money';
import { tableRecords, cellText, isBlankRow } from '../model/tables';
import { t, hasText, type StringKey } from '../strings';
import { RESERVED_EXPRESSION_NAMES } from './expressionNames';

export { RESERVED_EXPRESSION_NAMES };

/** Placement forms (placementForm) the price list and the placement register know. */
export const PLACEMENT_FORMS = [
  'hvb',
  'sis',
  'konsulentstott_familjehem',
  'familjehem',
  'jourhem',
  'stodboende',
  'oppenvard',
  'ovrigt',
] as const;
export type PlacementForm = (typeof PLACEMENT_FORMS)[number];

/** Units a price-list entry is quoted in. */
export const PRICE_UNITS = ['dygn', 'månad', 'timme'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export interface PriceEntry {
  /** Name usable in cost expressions: lower-case a–z, digits and _, starting with a letter. */
  name: string;
  form: PlacementForm;
  /** What the price is, in Swedish. */
  label: string;
  unit: PriceUnit;
  priceOre: Ore;
  /** Where the level comes from. */
  source: string;
  /** Year of the level; null for an assumption the municipality sets itself. */
  year: number | null;
  note: string;
}

/** Swedish display name of a placement form. */
export function placementFormLabel(form: PlacementForm): string {
  const key = `alternatives.form.${form}`;
  return hasText(key) ? t(key as StringKey) : form;
}

export const PRICE_NAME_RE = /^[a-z][a-z0-9_]{0,39}$/;

/** Why a price name cannot be used, or null. */
export function priceNameProblem(name: string): 'pattern' | 'reserved' | null {
  if (!PRICE_NAME_RE.test(name)) return 'pattern';
  if (RESERVED_EXPRESSION_NAMES.has(name.toLowerCase())) return 'reserved';
  return null;
}

const kr = (kronor: number): Ore => kronor * 100;

/**
 * The default price list. Levels and sources as recorded in DOMAIN.md; where the source gives a range the
 * chosen level and the range are both stated. Municipalities replace these with their own prices in "Prislista".
 */
export const DEFAULT_PRICE_LIST: readonly PriceEntry[] = Object.freeze([
  {
    name: 'hvb_barn_dygn',
    form: 'hvb',
    label: 'HVB barn och unga, per dygn',
    unit: 'dygn',
    priceOre: kr(3283),
    source: 'Helsingborg, ungdomsinstitution, genomsnitt 2 658–3 283 kr/dygn 2014–16; Socialstyrelsen: 1 100–8 400 kr/dygn',
    year: 2016,
    note: 'Övre genomsnittet i Helsingborg; spannet mellan kommuner är stort.',
  },
  {
    name: 'sis_dygn',
    form: 'sis',
    label: 'SiS ungdomshem / LVM-hem, kommunens avgift per dygn',
    unit: 'dygn',
    priceOre: kr(9504),
    source: 'Riksrevisionen RiR 2024:7: kommunal avgift 2020 (subventionerad −28 %) 3 528–9 504 kr/dygn',
    year: 2020,
    note: 'Övre avgiftsnivån; välj nivå efter avdelningstyp.',
  },
  {
    name: 'sis_fullkostnad_dygn',
    form: 'sis',
    label: 'SiS, full kostnad per dygn (statens kostnad)',
    unit: 'dygn',
    priceOre: kr(13000),
    source: 'Riksrevisionen RiR 2024:7: full kostnad över 13 000 kr/dygn',
    year: 2023,
    note: 'Jämförelsetal; kommunen betalar avgiften (sis_dygn).',
  },
  {
    name: 'konsulentstott_fh_dygn',
    form: 'konsulentstott_familjehem',
    label: 'Konsulentstött familjehem, per dygn',
    unit: 'dygn',
    priceOre: kr(1900),
    source: 'Örnsköldsvik: cirka 1 900–4 200 kr/dygn',
    year: 2016,
    note: 'Nedre nivån; cirka fyra gånger ett eget familjehem.',
  },
  {
    name: 'fh_arvode_manad',
    form: 'familjehem',
    label: 'Familjehem (eget), arvode per månad',
    unit: 'månad',
    priceOre: kr(11237),
    source: 'SKR:s riktlinjer för familjehemsersättning, en åldersgrupp',
    year: 2023,
    note: '',
  },
  {
    name: 'fh_omkostnad_manad',
    form: 'familjehem',
    label: 'Familjehem (eget), omkostnadsersättning per månad',
    unit: 'månad',
    priceOre: kr(4400),
    source: 'SKR-nivå 2021: cirka 4 400–6 900 kr/månad beroende på ålder',
    year: 2021,
    note: 'Nedre nivån; högre för äldre barn.',
  },
  {
    name: 'jourhem_arvode_manad',
    form: 'jourhem',
    label: 'Kontrakterat jourhem, arvode per månad för en plats',
    unit: 'månad',
    priceOre: kr(17531),
    source: 'SKR: kontrakterat jourhem, arvode för en plats',
    year: 2024,
    note: 'Tillkommer omkostnadsersättning.',
  },
  {
    name: 'stodboende_dygn',
    form: 'stodboende',
    label: 'Stödboende 16–20 år, per dygn',
    unit: 'dygn',
    priceOre: kr(1000),
    source: 'Statlig schablonersättning för stödboende',
    year: 2016,
    note: '',
  },
  {
    name: 'oppenvard_timme',
    form: 'oppenvard',
    label: 'Öppenvård / familjebehandling, egen personal, per timme',
    unit: 'timme',
    priceOre: kr(650),
    source: 'ANTAGANDE – sätts av kommunen: personalkostnad inklusive PO och overhead per arbetad timme',
    year: null,
    note: 'Ingen källa: ersätt med kommunens egen timkostnad.',
  },
] satisfies PriceEntry[]);

/** The editable price-list table. It replaces the defaults when it exists in the workbook. */
export const PRICE_LIST_TABLE: DataTableDef = {
  name: 'IFO_Prislista',
  sheet: 'Prislista',
  visibility: 'visible',
  columns: (
    [
      ['Namn', 'text', 26],
      ['Placeringsform', 'text', 24],
      ['Benämning', 'text', 44],
      ['Enhet', 'text', 8],
      ['Pris', 'kronor', 12],
      ['Källa', 'text', 60],
      ['År', 'integer', 6],
      ['Anmärkning', 'text', 40],
    ] as [string, DataColumn['kind'], number][]
  ).map(([header, kind, width]) => ({ header, kind, width })),
};

/** Rows for the price-list table, in schema column order (price in kronor). */
export function priceListRows(entries: readonly PriceEntry[]): CellValue[][] {
  return entries.map((e) => [
    e.name,
    placementFormLabel(e.form),
    e.label,
    e.unit,
    oreToKronor(e.priceOre),
    e.source,
    e.year,
    e.note,
  ]);
}

function parseForm(text: string): PlacementForm | null {
  const s = text.trim().toLowerCase();
  if (s === '') return 'ovrigt';
  for (const f of PLACEMENT_FORMS) {
    if (s === f || s === placementFormLabel(f).toLowerCase()) return f;
  }
  return null;
}

function parseUnit(text: string): PriceUnit | null {
  const s = text.trim().toLowerCase();
  if (s === 'manad' || s === 'mån' || s === 'månad') return 'månad';
  if (s === 'dygn' || s === 'dag') return 'dygn';
  if (s === 'timme' || s === 'tim' || s === 'h') return 'timme';
  return null;
}

/**
 * Reads the price list from the workbook's table: null table → the defaults; otherwise the table's rows are
 * the price list (what the user sees in "Prislista" is what is used). Every problem is reported with row and column.
 */
export function readPriceList(data: TableData | null): PriceEntry[] {
  if (!data) return DEFAULT_PRICE_LIST.map((e) => ({ ...e }));
  const def = PRICE_LIST_TABLE;
  const records = tableRecords(def, data);
  // Row numbers as the user sees them: header in row 1, data from row 2 (blank rows are skipped by tableRecords).
  const rowNumbers: number[] = [];
  data.rows.forEach((r, i) => {
    if (!isBlankRow(r)) rowNumbers.push(i + 2);
  });
  const issues: InputIssue[] = [];
  const out: PriceEntry[] = [];
  const seen = new Set<string>();
  records.forEach((rec, i) => {
    const loc = { sheet: def.sheet, row: rowNumbers[i] };
    const name = cellText(rec['Namn']);
    const nameProblem = priceNameProblem(name);
    if (nameProblem) {
      issues.push(issue({ ...loc, column: 'Namn', value: name }, `alternatives.priceList.name.${nameProblem}`));
      return;
    }
    if (seen.has(name)) {
      issues.push(issue({ ...loc, column: 'Namn', value: name }, 'alternatives.priceList.name.duplicate'));
      return;
    }
    seen.add(name);
    const form = parseForm(cellText(rec['Placeringsform']));
    if (!form) {
      issues.push(issue({ ...loc, column: 'Placeringsform', value: cellText(rec['Placeringsform']) }, 'alternatives.priceList.form'));
      return;
    }
    const unit = parseUnit(cellText(rec['Enhet']));
    if (!unit) {
      issues.push(issue({ ...loc, column: 'Enhet', value: cellText(rec['Enhet']) }, 'alternatives.priceList.unit'));
      return;
    }
    const price = rec['Pris'];
    if (typeof price !== 'number' || !Number.isFinite(price) || price < 0 || price > 10_000_000) {
      issues.push(issue({ ...loc, column: 'Pris', value: cellText(price) }, 'alternatives.priceList.price'));
      return;
    }
    const yearCell = rec['År'];
    let year: number | null = null;
    if (yearCell !== null && yearCell !== '') {
      const y = typeof yearCell === 'number' ? yearCell : Number(cellText(yearCell));
      if (!Number.isInteger(y) || y < 1900 || y > 2100) {
        issues.push(issue({ ...loc, column: 'År', value: cellText(yearCell) }, 'alternatives.priceList.year'));
        return;
      }
      year = y;
    }
    out.push({
      name,
      form,
      label: cellText(rec['Benämning']),
      unit,
      priceOre: kronorToOre(price),
      source: cellText(rec['Källa']),
      year,
      note: cellText(rec['Anmärkning']),
    });
  });
  if (issues.length > 0) throw new UserError('alternatives.priceList.invalid', { count: issues.length }, issues);
  return out;
}

/** Price list as a map by name. */
export function priceMap(entries: readonly PriceEntry[]): Map<string, PriceEntry> {
  return new Map(entries.map((e) => [e.name, e]));
}
