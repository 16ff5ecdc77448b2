/**
 * The placement register: one row per ongoing, ended or planned placement, pseudonymised (a case key, never a
 * name or personnummer). It lives in the workbook as the editable table `IFO_Placeringsregister` on the visible
 * sheet "Placeringsregister", with the columns of the example municipality's `placeringsregister.csv` plus
 * the decision date and a note.
 *
 * One parser reads a row from every source — the workbook table, an imported CSV/xlsx file and the pane's form —
 * so the same rules and the same Swedish messages (naming file or sheet, row, column and value) apply everywhere:
 * - Ärende: a pseudonym; personnummer, samordningsnummer and personal-name shapes are refused (import/mask.ts).
 * - Ansvar, Konto: codes ("46311 Köp HVB" is read as 46311); Målgrupp: barn och unga / vuxna.
 * - Placeringsform, Lagrum: from the configurable lists (lists.ts).
 * - Dates `YYYY-MM-DD` (or Excel dates); Slutdatum empty = open-ended, never before Startdatum.
 * - Amounts in the Swedish format (`3 450,00`) or numbers; never negative. Pris per dygn and Pris per månad are
 *   not both given; with neither, the form's reference prices in the price list apply (every price can be
 *   overridden per placement).
 * - Uppräkning `2,5 %`; Uppräkningsdatum defaults to 1 January after the start.
 * - Nästa omprövning defaults to start + the legal basis' review interval (6 months), rolling: the first such
 *   date on or after the day the row is entered (import date, the pane's today); in the table an empty review
 *   means none (ending a placement clears it).
 * - Anordnare: personnummer are masked (own family homes are sometimes written with the family's details).
 */
import type { CellValue, DataColumn, DataTableDef, TableData } from '../port';
import { UserError, issue, shortValue, type InputIssue } from '../errors';
import { addMonthsToDate, dateToExcelSerial, excelSerialToDate, isIsoDate, type IsoDate } from '../dates';
import { kronorToOre, oreToKronor, parseAmount, type Ore } from '../money';
import { cellText, columnIndexes, isBlankRow } from '../model/tables';
import type { PriceEntry } from '../prices';
import { t, type StringKey, type TextParams } from '../strings';
import { CASE_DATA_POLICY, caseKeyProblem, maskPersonalNumbers, personalNumberKind } from '../import/mask';
import { formatUpliftPercent, parseUpliftPercent, type PlacementCostTerms } from './cost';
import {
  findForm,
  findLegalBasis,
  formReference,
  targetGroupOf,
  TARGET_GROUPS,
  type LegalBasisDef,
  type PlacementFormDef,
} from './lists';

/** One placement as validated. Amounts in öre; null = empty cell. */
export interface Placement {
  caseKey: string;
  costCenter: string;
  account: string;
  targetGroup: string;
  form: string;
  /** '' when not given. */
  legalBasis: string;
  provider: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  pricePerDayOre: Ore | null;
  pricePerMonthOre: Ore | null;
  expensesPerMonthOre: Ore | null;
  extraPerMonthOre: Ore | null;
  /** 250 = 2,5 %; 0 = none. */
  upliftBasisPoints: number;
  /** First uplift date (recurring yearly); null when there is no uplift. */
  upliftDate: IsoDate | null;
  nextReview: IsoDate | null;
  decisionDate: IsoDate | null;
  note: string;
}

/** Field ids of a register row, in table column order. */
export const PLACEMENT_FIELDS = [
  'caseKey',
  'costCenter',
  'account',
  'targetGroup',
  'form',
  'legalBasis',
  'provider',
  'startDate',
  'endDate',
  'pricePerDay',
  'pricePerMonth',
  'expensesPerMonth',
  'extraPerMonth',
  'uplift',
  'upliftDate',
  'nextReview',
  'decisionDate',
  'note',
] as const;
export type PlacementField = (typeof PLACEMENT_FIELDS)[number];

/** Swedish header of each field (the table's and the CSV's). */
export const PLACEMENT_HEADERS: Record<PlacementField, string> = {
  caseKey: 'Ärende',
  costCenter: 'Ansvar',
  account: 'Konto',
  targetGroup: 'Målgrupp',
  form: 'Placeringsform',
  legalBasis: 'Lagrum',
  provider: 'Anordnare',
  startDate: 'Startdatum',
  endDate: 'Slutdatum',
  pricePerDay: 'Pris per dygn',
  pricePerMonth: 'Pris per månad',
  expensesPerMonth: 'Omkostnad per månad',
  extraPerMonth: 'Extra kostnad per månad',
  uplift: 'Uppräkning',
  upliftDate: 'Uppräkningsdatum',
  nextReview: 'Nästa omprövning',
  decisionDate: 'Beslutsdatum',
  note: 'Anmärkning',
};

const KIND: Record<PlacementField, [DataColumn['kind'], number]> = {
  caseKey: ['text', 16],
  costCenter: ['text', 9],
  account: ['text', 9],
  targetGroup: ['text', 14],
  form: ['text', 24],
  legalBasis: ['text', 9],
  provider: ['text', 30],
  startDate: ['date', 11],
  endDate: ['date', 11],
  pricePerDay: ['kronor', 12],
  pricePerMonth: ['kronor', 13],
  expensesPerMonth: ['kronor', 13],
  extraPerMonth: ['kronor', 13],
  uplift: ['text', 11],
  upliftDate: ['date', 13],
  nextReview: ['date', 13],
  decisionDate: ['date', 12],
  note: ['text', 40],
};

export const REGISTER_TABLE: DataTableDef = {
  name: 'IFO_Placeringsregister',
  sheet: 'Placeringsregister',
  visibility: 'visible',
  columns: PLACEMENT_FIELDS.map((f) => ({ header: PLACEMENT_HEADERS[f], kind: KIND[f][0], width: KIND[f][1] })),
};

/** Columns a register table may lack (added after the first version; filled as empty). */
const OPTIONAL_HEADERS = [PLACEMENT_HEADERS.decisionDate, PLACEMENT_HEADERS.note];

/** A row as found in a source, by field: cells as read (text, Excel numbers, null). */
export type RawPlacement = Partial<Record<PlacementField, CellValue>>;

/** What the parser needs besides the row. */
export interface RegisterContext {
  forms: readonly PlacementFormDef[];
  legalBases: readonly LegalBasisDef[];
  prices: readonly PriceEntry[];
  /** Default next review: the first start + k × interval on or after this date (import date / today). */
  today: IsoDate;
  /**
   * Accept forms and legal bases not in the lists as written (the import checks a file before it knows the
   * workbook's lists; the lists are checked when the writes are planned).
   */
  openLists?: boolean;
  /**
   * Propose the next review when the row has none (default true): on entry — an imported file, a new placement in
   * the pane. Reading the register table does not: there an empty review means none (an ended placement's review
   * is cleared).
   */
  defaultReview?: boolean;
}

/** Where a row comes from, for messages: a file (import) or a sheet (the register table), and its row. */
export interface RowSource {
  file?: string;
  sheet?: string;
  row: number;
}

export type ParsedRow = { ok: true; placement: Placement; maskedPersonalNumbers: number } | { ok: false; issues: InputIssue[] };

/** One issue located in a file or on a sheet (the sheet is named in the message). */
export function rowIssue(src: RowSource, field: PlacementField | null, value: string, reason: StringKey, params?: TextParams): InputIssue {
  const column = field ? PLACEMENT_HEADERS[field] : undefined;
  const i = issue({ file: src.file, row: src.row, column, value: field ? maskPersonalNumbers(value, CASE_DATA_POLICY).text : undefined }, reason, params);
  if (src.sheet && !src.file) return { ...i, sheet: src.sheet, message: `${t('placements.location.sheet', { sheet: src.sheet })}, ${i.message}` };
  return i;
}

/** A cell as a date: Excel serial numbers and `YYYY-MM-DD` (a time part `T00:00:00` / ` 00:00` is dropped). */
export function cellDate(v: CellValue | undefined): IsoDate | null | 'bad' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v >= 2958466) return 'bad';
    try {
      return excelSerialToDate(v);
    } catch {
      return 'bad';
    }
  }
  const s = cellText(v);
  if (s === '') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  return m && isIsoDate(m[1]) ? m[1] : 'bad';
}

/** A cell as öre: numbers are kronor; text in the Swedish format. Empty → null. */
export function cellAmount(v: CellValue | undefined): Ore | null | 'bad' | 'negative' {
  if (v === null || v === undefined) return null;
  let ore: Ore;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Math.abs(v) >= 1e12) return 'bad';
    ore = kronorToOre(v);
  } else if (typeof v === 'boolean') return 'bad';
  else {
    const s = v.trim();
    if (s === '') return null;
    const a = parseAmount(s);
    if (!a.ok) return a.reason === 'empty' ? null : 'bad';
    ore = a.ore;
  }
  return ore < 0 ? 'negative' : ore;
}

/** A cell as uplift basis points: "2,5 %", "3", a number as a percentage (3 → 3 %) or a fraction (0.025). */
export function cellUplift(v: CellValue | undefined): number | 'bad' {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0 || v > 100) return 'bad';
    const bp = v < 1 ? v * 10_000 : v * 100;
    const r = Math.round(bp);
    return Math.abs(r - bp) < 1e-6 ? r : 'bad';
  }
  const p = parseUpliftPercent(cellText(v));
  return p === null ? 'bad' : p;
}

/** Code of a code cell: "46311 Köp HVB barn och unga" → "46311"; numbers without ".0". */
function codeOf(v: CellValue | undefined): string {
  const s = cellText(v);
  const m = /^([0-9A-Za-zÅÄÖåäö][0-9A-Za-zÅÄÖåäö._-]*)(?:\s+\S.*)?$/.exec(s);
  return m ? m[1] : s;
}

/** The first review date start + k × months (k ≥ 1) on or after `onOrAfter`. */
export function defaultNextReview(start: IsoDate, months: number, onOrAfter: IsoDate): IsoDate {
  let k = 1;
  let d = addMonthsToDate(start, months);
  while (d < onOrAfter) {
    k++;
    d = addMonthsToDate(start, months * k);
  }
  return d;
}

/** The review after `current`: current + the interval (reviews roll on from the last one). */
export function rollReview(current: IsoDate, months: number): IsoDate {
  return addMonthsToDate(current, months);
}

const CASE_KEY_REASON: Record<string, StringKey> = {
  empty: 'placements.caseKey.empty',
  tooLong: 'placements.caseKey.tooLong',
  chars: 'placements.caseKey.chars',
  noDigit: 'placements.caseKey.noDigit',
  name: 'placements.caseKey.name',
};

/** Why a case key is refused (a Swedish reason key), or null. */
export function caseKeyReason(key: string): StringKey | null {
  const p = caseKeyProblem(key);
  if (p === null) return null;
  if (p === 'personalNumber') {
    return personalNumberKind(key) === 'samordningsnummer' ? 'placements.caseKey.coordinationNumber' : 'placements.caseKey.personalNumber';
  }
  // "Anna Svensson", "Svensson, Anna": refused for the space, but the message should say what it is.
  if (p === 'chars' && /^\p{Lu}\p{Ll}+(?:[\s,.]+\p{Lu}\p{Ll}*)+\d*$/u.test(key.trim())) return 'placements.caseKey.name';
  return CASE_KEY_REASON[p];
}

/**
 * Validates one row. Every problem of the row is reported (not only the first), each naming the column and
 * the value (personnummer in values are masked in the message too).
 */
export function parsePlacement(raw: RawPlacement, ctx: RegisterContext, src: RowSource): ParsedRow {
  const issues: InputIssue[] = [];
  const text = (f: PlacementField) => cellText(raw[f] ?? null);
  const bad = (f: PlacementField, reason: StringKey, params?: TextParams, value = text(f)) => issues.push(rowIssue(src, f, value, reason, params));

  const caseKey = text('caseKey');
  const keyReason = caseKeyReason(caseKey);
  if (keyReason) bad('caseKey', keyReason, { max: 20 });

  const costCenter = codeOf(raw.costCenter);
  if (!costCenter) bad('costCenter', 'placements.field.required');
  else if (!/^[0-9A-Za-zÅÄÖåäö._-]{1,20}$/.test(costCenter)) bad('costCenter', 'placements.field.code');
  const account = codeOf(raw.account);
  if (!account) bad('account', 'placements.field.required');
  else if (!/^[0-9]{2,10}$/.test(account)) bad('account', 'placements.field.account');

  const tg = targetGroupOf(text('targetGroup'));
  if (!tg) bad('targetGroup', text('targetGroup') ? 'placements.field.targetGroup' : 'placements.field.required', { groups: TARGET_GROUPS.join(', ') });

  const form: PlacementFormDef | null =
    findForm(ctx.forms, text('form')) ??
    (ctx.openLists && text('form') ? { name: text('form'), perDayPrice: '', perMonthPrice: '', expensesPrice: '', note: '' } : null);
  const formKnown = form !== null && findForm(ctx.forms, form.name) !== null;
  if (!form) bad('form', text('form') ? 'placements.field.form' : 'placements.field.required', { forms: ctx.forms.map((f) => f.name).join(', ') });

  let legalBasis = '';
  let reviewMonths: number | null = 6;
  if (text('legalBasis')) {
    const lb = findLegalBasis(ctx.legalBases, text('legalBasis')) ?? (ctx.openLists ? { name: text('legalBasis'), description: '', reviewMonths: 6 } : null);
    if (!lb) bad('legalBasis', 'placements.field.legalBasis', { list: ctx.legalBases.map((l) => l.name).join(', ') });
    else {
      legalBasis = lb.name;
      reviewMonths = lb.reviewMonths;
    }
  }

  const masked = maskPersonalNumbers(text('provider'), CASE_DATA_POLICY);
  const provider = masked.text;

  const date = (f: PlacementField): IsoDate | null => {
    const d = cellDate(raw[f]);
    if (d === 'bad') {
      bad(f, 'placements.field.date', undefined, typeof raw[f] === 'number' ? String(raw[f]) : text(f));
      return null;
    }
    return d;
  };
  const startDate = date('startDate');
  if (!startDate && cellDate(raw.startDate) === null) bad('startDate', 'placements.field.required');
  const endDate = date('endDate');
  if (startDate && endDate && endDate < startDate) bad('endDate', 'placements.field.endBeforeStart', { start: startDate });

  const amount = (f: PlacementField): Ore | null => {
    const a = cellAmount(raw[f]);
    if (a === 'bad') {
      bad(f, 'placements.field.amount');
      return null;
    }
    if (a === 'negative') {
      bad(f, 'placements.field.negative');
      return null;
    }
    return a;
  };
  const pricePerDay = amount('pricePerDay');
  const pricePerMonth = amount('pricePerMonth');
  const expensesPerMonth = amount('expensesPerMonth');
  const extraPerMonth = amount('extraPerMonth');
  if (pricePerDay !== null && pricePerMonth !== null) bad('pricePerMonth', 'placements.field.bothPrices');
  if (form && formKnown && pricePerDay === null && pricePerMonth === null && expensesPerMonth === null && extraPerMonth === null) {
    const ref = formReference(form, ctx.prices);
    if (ref.pricePerDayOre === 0 && ref.pricePerMonthOre === 0 && ref.expensesPerMonthOre === 0) {
      bad('pricePerDay', 'placements.field.noPrice', { form: form.name }, '');
    }
  }

  const uplift = cellUplift(raw.uplift);
  if (uplift === 'bad') bad('uplift', 'placements.field.uplift');
  let upliftDate = date('upliftDate');
  const upliftBp = uplift === 'bad' ? 0 : uplift;
  if (upliftBp > 0 && !upliftDate && startDate && cellDate(raw.upliftDate) === null) {
    upliftDate = `${+startDate.slice(0, 4) + 1}-01-01`;
  }
  if (upliftBp === 0) upliftDate = null;

  let nextReview = date('nextReview');
  const decisionDate = date('decisionDate');
  if (ctx.defaultReview !== false && !nextReview && cellDate(raw.nextReview) === null && startDate && reviewMonths !== null) {
    const ended = endDate !== null && endDate < ctx.today;
    if (!ended) nextReview = defaultNextReview(startDate, reviewMonths, ctx.today);
  }

  const noteMasked = maskPersonalNumbers(text('note'), CASE_DATA_POLICY);
  const note = noteMasked.text;
  if (note.length > 500) bad('note', 'placements.field.tooLong', { max: 500 }, shortValue(note));
  if (provider.length > 200) bad('provider', 'placements.field.tooLong', { max: 200 }, shortValue(provider));

  if (issues.length || !startDate || !form || !tg) return { ok: false, issues };
  return {
    ok: true,
    maskedPersonalNumbers: masked.count + noteMasked.count,
    placement: {
      caseKey,
      costCenter,
      account,
      targetGroup: tg,
      form: form.name,
      legalBasis,
      provider,
      startDate,
      endDate,
      pricePerDayOre: pricePerDay,
      pricePerMonthOre: pricePerMonth,
      expensesPerMonthOre: expensesPerMonth,
      extraPerMonthOre: extraPerMonth,
      upliftBasisPoints: upliftBp,
      upliftDate,
      nextReview,
      decisionDate,
      note,
    },
  };
}

/** The identity of a placement in the register: case key and start date (a case may have several placements). */
export function placementKey(p: Pick<Placement, 'caseKey' | 'startDate'>): string {
  return `${p.caseKey.toLowerCase()}|${p.startDate}`;
}

/** Refuses a second row with the same case key and start date. */
export function duplicateIssues(rows: readonly { placement: Placement; src: RowSource }[]): InputIssue[] {
  const seen = new Map<string, number>();
  const out: InputIssue[] = [];
  for (const r of rows) {
    const k = placementKey(r.placement);
    const first = seen.get(k);
    if (first !== undefined) out.push(rowIssue(r.src, 'caseKey', r.placement.caseKey, 'placements.field.duplicate', { row: first, start: r.placement.startDate }));
    else seen.set(k, r.src.row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The workbook table

/** A placement with its 0-based data row in the register table (for in-place updates). */
export interface RegisterRow {
  index: number;
  placement: Placement;
}

/** The register as read: valid rows, and every problem of the invalid ones. */
export interface RegisterRead {
  rows: RegisterRow[];
  issues: InputIssue[];
  /** Personnummer masked in Anordnare/Anmärkning while reading (the table should be corrected). */
  maskedPersonalNumbers: number;
}

/** Reads the register table's rows; invalid rows are reported in `issues` (the caller decides to refuse). */
export function readRegisterRows(data: TableData, context: RegisterContext): RegisterRead {
  const ctx: RegisterContext = { ...context, defaultReview: false };
  const idx = columnIndexes(REGISTER_TABLE, data.headers, OPTIONAL_HEADERS);
  const rows: RegisterRow[] = [];
  const issues: InputIssue[] = [];
  let masked = 0;
  const seen: { placement: Placement; src: RowSource }[] = [];
  data.rows.forEach((r, i) => {
    if (isBlankRow(r)) return;
    const raw: RawPlacement = {};
    PLACEMENT_FIELDS.forEach((f, k) => {
      raw[f] = idx[k] >= 0 ? (r[idx[k]] ?? null) : null;
    });
    const src: RowSource = { sheet: REGISTER_TABLE.sheet, row: i + 2 };
    const p = parsePlacement(raw, ctx, src);
    if (!p.ok) issues.push(...p.issues);
    else {
      masked += p.maskedPersonalNumbers;
      rows.push({ index: i, placement: p.placement });
      seen.push({ placement: p.placement, src });
    }
  });
  issues.push(...duplicateIssues(seen));
  return { rows, issues, maskedPersonalNumbers: masked };
}

/** Reads the register and refuses it (UserError, every problem listed) when any row is invalid. */
export function readRegister(data: TableData, ctx: RegisterContext): RegisterRow[] {
  const r = readRegisterRows(data, ctx);
  if (r.issues.length) throw new UserError('placements.register.invalid', { count: r.issues.length, sheet: REGISTER_TABLE.sheet }, r.issues);
  return r.rows;
}

const dateCell = (d: IsoDate | null): CellValue => (d ? dateToExcelSerial(d) : null);
const kronorCell = (ore: Ore | null): CellValue => (ore === null ? null : oreToKronor(ore));

/** A placement as a table row (schema column order): dates as Excel dates, amounts in kronor, uplift as text. */
export function placementRow(p: Placement): CellValue[] {
  return [
    p.caseKey,
    p.costCenter,
    p.account,
    p.targetGroup,
    p.form,
    p.legalBasis,
    p.provider,
    dateCell(p.startDate),
    dateCell(p.endDate),
    kronorCell(p.pricePerDayOre),
    kronorCell(p.pricePerMonthOre),
    kronorCell(p.expensesPerMonthOre),
    kronorCell(p.extraPerMonthOre),
    p.upliftBasisPoints ? formatUpliftPercent(p.upliftBasisPoints) : null,
    dateCell(p.upliftDate),
    dateCell(p.nextReview),
    dateCell(p.decisionDate),
    p.note || null,
  ];
}

/** Sorted the way the register is kept: cost centre, start date, case key. */
export function sortPlacements<T extends Placement>(list: readonly T[]): T[] {
  return [...list].sort((a, b) =>
    a.costCenter !== b.costCenter
      ? a.costCenter < b.costCenter ? -1 : 1
      : a.startDate !== b.startDate
        ? a.startDate < b.startDate ? -1 : 1
        : a.caseKey < b.caseKey ? -1 : a.caseKey > b.caseKey ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Cost terms

/**
 * The cost terms of a placement for cost.ts: its own prices, or — when it has none — the form's reference
 * prices from the price list.
 */
export function placementCostTerms(p: Placement, forms: readonly PlacementFormDef[], prices: readonly PriceEntry[]): PlacementCostTerms {
  const own = p.pricePerDayOre !== null || p.pricePerMonthOre !== null || p.expensesPerMonthOre !== null;
  let perDay = p.pricePerDayOre ?? 0;
  let perMonth = p.pricePerMonthOre ?? 0;
  let expenses = p.expensesPerMonthOre ?? 0;
  if (!own) {
    const form = findForm(forms, p.form);
    if (form) {
      const ref = formReference(form, prices);
      perDay = ref.pricePerDayOre;
      perMonth = ref.pricePerMonthOre;
      expenses = ref.expensesPerMonthOre;
    }
  }
  return {
    startDate: p.startDate,
    endDate: p.endDate,
    pricePerDayOre: perDay,
    pricePerMonthOre: perMonth,
    expensesPerMonthOre: expenses,
    extraPerMonthOre: p.extraPerMonthOre ?? 0,
    uplift: p.upliftDate && p.upliftBasisPoints ? { basisPoints: p.upliftBasisPoints, firstDate: p.upliftDate } : null,
  };
}

/** True when the placement uses the price list (it has no price of its own). */
export function usesReferencePrice(p: Placement): boolean {
  return p.pricePerDayOre === null && p.pricePerMonthOre === null && p.expensesPerMonthOre === null;
}
