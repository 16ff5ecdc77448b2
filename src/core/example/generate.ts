/**
 * Exempelkommun: a deterministic, seeded generator of realistic and mutually consistent input files for a year
 * in progress and the year before — general ledger (one CSV per year), budget, a Stratsys-style follow-up report,
 * the placement register, the organisation — and a facts file with the generator's own totals for reconciliation.
 *
 * Same options → byte-identical files. Core stays pure: CSV and JSON files are returned as bytes, the follow-up
 * report as sheet data that src/file/exampleFiles.ts writes as .xlsx.
 */
import { UserError } from '../errors';
import { addDays, daysInMonth, makeDate, makePeriod, periodLabelSv, periodsOfYear, type IsoDate, type Period } from '../dates';
import { formatOre, type Ore } from '../money';
import { isPlacementActiveOn } from '../placements/cost';
import { t } from '../strings';
import { budgetCsv, budgetKey, generateBudget, type BudgetLine } from './budget';
import {
  generateYearLedger, InvoiceNumbers, ledgerCsv, type LateInvoice, type LedgerPosting, type PlacementCorrection,
} from './ledger';
import { COST_CENTERS, COST_LINES, EXAMPLE_ACCOUNT_MAP, costLineOfAccount } from './organisation';
import { Random } from './random';
import { generateRegister, registerCsv, type ExamplePlacement } from './register';
import { stratsysLines, stratsysWorkbook, type ExampleWorkbookData, type StratsysFigures } from './stratsys';
import { csvText, encodeUtf8, syntheticPersonnummer, utf8WithBom } from './text';

export interface ExampleOptions {
  /** The current year (in progress). Default 2026; the previous year is year − 1. */
  year?: number;
  /** The last closed month of the current year, 1–12. Default 10 (October). */
  throughMonth?: number;
  /** Seed of the pseudo-random generator, 0–4294967295. Default 20261. */
  seed?: number;
}

export const EXAMPLE_DEFAULTS = { year: 2026, throughMonth: 10, seed: 20261 } as const;

export interface ResolvedExampleOptions {
  year: number;
  previousYear: number;
  throughMonth: number;
  seed: number;
  /** The last closed period, 'YYYY-MM'. */
  throughPeriod: Period;
  /** Last day of the last closed month. */
  asOf: IsoDate;
}

export type ExampleFileKind = 'ledger' | 'budget' | 'stratsys' | 'placements' | 'organisation' | 'facts';

/** What every generated file carries besides its content. */
export interface ExampleFileBase {
  name: string;
  kind: ExampleFileKind;
  /** What the file is, in the current locale. */
  description: string;
  mediaType: string;
  /** Data rows (header and title rows not counted). */
  rows: number;
  /** The file's total in öre where one makes sense (ledger: sum of Belopp; budget: sum of Helår; …). */
  totalOre: Ore | null;
}

export interface ExampleBytesFile extends ExampleFileBase {
  format: 'csv' | 'json';
  bytes: Uint8Array;
}

export interface ExampleXlsxFile extends ExampleFileBase {
  format: 'xlsx';
  /** The workbook as plain data; src/file/exampleFiles.ts writes it. */
  xlsx: ExampleWorkbookData;
}

export type ExampleFile = ExampleBytesFile | ExampleXlsxFile;

export interface LedgerFacts {
  file: string;
  year: number;
  periods: Period[];
  rows: number;
  totalOre: Ore;
  perPeriod: Record<Period, Ore>;
  perCostCenter: Record<string, Ore>;
  perCostLine: Record<string, Ore>;
  /** Sum on the placement accounts (the register's accounts). */
  placementOre: Ore;
  /** Rows whose text carries the synthetic personnummer (the import must mask them). */
  personnummerRows: number;
  /** Rows with a negative amount on a cost account that credit an invoice (text names the invoice). */
  creditNoteRows: number;
}

export interface PlacementMonthFacts {
  /** Cost from the register (cost.ts), all placements. */
  costOre: Ore;
  careDays: number;
  activeAtMonthEnd: number;
  /** What the ledger booked on the placement accounts; null for months after the last closed month. */
  bookedOre: Ore | null;
}

export interface ExampleFacts {
  generator: 'Exempelkommun';
  formatVersion: 1;
  seed: number;
  previousYear: number;
  year: number;
  throughMonth: number;
  throughPeriod: Period;
  asOf: IsoDate;
  files: { name: string; kind: ExampleFileKind; format: string; rows: number; totalOre: Ore | null }[];
  ledgers: LedgerFacts[];
  budget: { file: string; rows: number; perYear: Record<string, Ore>; perYearCostLine: Record<string, Record<string, Ore>> };
  register: {
    file: string;
    rows: number;
    activeAtAsOf: number;
    openEnded: number;
    endedByAsOf: number;
    startingAfterAsOf: number;
    byForm: Record<string, number>;
    /** The register's cost by cost.ts: the previous year, the current year (all 12 months) and the closed periods. */
    costPreviousYearOre: Ore;
    costCurrentYearOre: Ore;
    costClosedPeriodsOre: Ore;
  };
  placements: {
    accounts: string[];
    perMonth: Record<Period, PlacementMonthFacts>;
    /** Per ansvar and month: register cost and ledger booking (null after the last closed month). */
    perCostCenter: Record<string, Record<Period, { costOre: Ore; bookedOre: Ore | null }>>;
  };
  lateBatch: { period: Period; count: number; totalOre: Ore; invoices: LateInvoice[] };
  placementCorrections: PlacementCorrection[];
  stratsys: { file: string; rows: number; totals: StratsysFigures };
  /** The only personnummer in the files: the fictitious test person, in three written forms. */
  syntheticPersonnummer: string[];
  costLines: readonly string[];
  accountMap: typeof EXAMPLE_ACCOUNT_MAP;
}

export interface ExampleResult {
  options: ResolvedExampleOptions;
  files: ExampleFile[];
  facts: ExampleFacts;
}

/** Checks and completes the options; refuses bad values with a Swedish message (exit code 2 in the CLI). */
export function resolveExampleOptions(options: ExampleOptions = {}): ResolvedExampleOptions {
  const year = options.year ?? EXAMPLE_DEFAULTS.year;
  const throughMonth = options.throughMonth ?? EXAMPLE_DEFAULTS.throughMonth;
  const seed = options.seed ?? EXAMPLE_DEFAULTS.seed;
  if (!Number.isInteger(year) || year < 2001 || year > 2099) throw new UserError('example.option.year', { value: String(year) });
  if (!Number.isInteger(throughMonth) || throughMonth < 1 || throughMonth > 12) {
    throw new UserError('example.option.throughMonth', { value: String(throughMonth) });
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new UserError('example.option.seed', { value: String(seed) });
  return {
    year,
    previousYear: year - 1,
    throughMonth,
    seed,
    throughPeriod: makePeriod(year, throughMonth),
    asOf: makeDate(year, throughMonth, daysInMonth(year, throughMonth)),
  };
}

/** File names for the options. */
export function exampleFileNames(o: ResolvedExampleOptions) {
  return {
    previousLedger: `huvudbok_${o.previousYear}.csv`,
    currentLedger: o.throughMonth === 12 ? `huvudbok_${o.year}.csv` : `huvudbok_${o.year}-01_${o.throughPeriod}.csv`,
    budget: `budget_${o.previousYear}_${o.year}.csv`,
    stratsys: `stratsys_uppfoljning_${o.throughPeriod}.xlsx`,
    register: 'placeringsregister.csv',
    organisation: 'organisation.csv',
    facts: 'exempelkommun.json',
  };
}

export const ORGANISATION_HEADERS = ['Ansvar', 'Benämning', 'Enhet', 'Område', 'Verksamhet'] as const;

function organisationCsv(): Uint8Array {
  return utf8WithBom(csvText(ORGANISATION_HEADERS, COST_CENTERS.map((c) => [c.code, c.name, c.unit, c.area, c.activity])));
}

function sumBy<K extends string>(postings: readonly LedgerPosting[], key: (p: LedgerPosting) => K, keys?: readonly K[]): Record<K, Ore> {
  const out = {} as Record<K, Ore>;
  for (const k of keys ?? []) out[k] = 0;
  for (const p of postings) {
    const k = key(p);
    out[k] = (out[k] ?? 0) + p.amountOre;
  }
  return out;
}

function sortedRecord<V>(rec: Record<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(rec).sort()) out[k] = rec[k];
  return out;
}

const PLACEMENT_ACCOUNTS = ['45331', '46311', '46312', '46321', '46331', '46332', '46341', '46351', '46352'];

function ledgerFacts(file: string, year: number, periods: Period[], postings: readonly LedgerPosting[]): LedgerFacts {
  const pn = syntheticPersonnummer();
  return {
    file,
    year,
    periods,
    rows: postings.length,
    totalOre: postings.reduce((s, p) => s + p.amountOre, 0),
    perPeriod: sumBy(postings, (p) => p.period, periods),
    perCostCenter: sortedRecord(sumBy(postings, (p) => p.costCenter)),
    perCostLine: sumBy(postings, (p) => costLineOfAccount(p.account) as string, COST_LINES),
    placementOre: postings.filter((p) => PLACEMENT_ACCOUNTS.includes(p.account)).reduce((s, p) => s + p.amountOre, 0),
    personnummerRows: postings.filter((p) => p.text.includes(pn.long) || p.text.includes(pn.short) || p.text.includes(pn.bare)).length,
    creditNoteRows: postings.filter((p) => p.amountOre < 0 && /^Kredit(ering)? av faktura /.test(p.text)).length,
  };
}

/** Generates every file of Exempelkommun. Pure and deterministic. */
export function generateExample(options: ExampleOptions = {}): ExampleResult {
  const o = resolveExampleOptions(options);
  const names = exampleFileNames(o);
  const root = new Random(o.seed, 'exempelkommun');
  const register = generateRegister(root.fork('register'), { previousYear: o.previousYear, year: o.year, asOf: o.asOf });

  const invoices = new InvoiceNumbers(o.seed);
  const lateCases = chooseLateBatch(root.fork('late'), register, o);
  const prev = generateYearLedger({
    year: o.previousYear, yearIndex: 0, register, rng: root.fork('ledger/' + o.previousYear), invoices, personnummerMonths: 12,
  });
  const cur = generateYearLedger({
    year: o.year, yearIndex: 1, register, rng: root.fork('ledger/' + o.year), invoices,
    lateCases, latePeriod: o.throughPeriod, personnummerMonths: o.throughMonth,
  });
  const curBooked = cur.postings.filter((p) => p.period <= o.throughPeriod);

  // Budget from each year's full-year outcome (the current year as it will turn out, late invoices included).
  const outcome = (postings: readonly LedgerPosting[], late: readonly LateInvoice[]) => {
    const m = new Map<string, Ore>();
    for (const p of postings) {
      const k = budgetKey(p.costCenter, costLineOfAccount(p.account));
      m.set(k, (m.get(k) ?? 0) + p.amountOre);
    }
    for (const l of late) {
      const k = budgetKey(l.costCenter, costLineOfAccount(l.account));
      m.set(k, (m.get(k) ?? 0) + l.amountOre);
    }
    return m;
  };
  const budget = generateBudget(root.fork('budget'), [
    { year: o.previousYear, byKey: outcome(prev.postings, []) },
    { year: o.year, byKey: outcome(cur.postings, cur.late) },
  ]);

  const printDate = addDays(o.asOf, 9);
  const stratsysInput = {
    year: o.year, throughMonth: o.throughMonth, asOf: o.asOf, printDate, postings: curBooked, budget, register,
  };
  const sLines = stratsysLines(stratsysInput);
  const workbook = stratsysWorkbook(stratsysInput, sLines);
  const sTotal = sLines[sLines.length - 1];

  const prevPeriods = periodsOfYear(o.previousYear);
  const curPeriods = periodsOfYear(o.year).slice(0, o.throughMonth);
  const ledgerFactsList = [
    ledgerFacts(names.previousLedger, o.previousYear, prevPeriods, prev.postings),
    ledgerFacts(names.currentLedger, o.year, curPeriods, curBooked),
  ];
  const budgetFacts = budgetSummary(names.budget, budget);
  const lateTotal = cur.late.reduce((s, l) => s + l.amountOre, 0);

  const files: ExampleFile[] = [
    {
      name: names.previousLedger, kind: 'ledger', format: 'csv', mediaType: 'text/csv; charset=windows-1252',
      description: t('example.file.ledger', { from: periodLabelSv(prevPeriods[0]), to: periodLabelSv(prevPeriods[11]) }),
      rows: prev.postings.length, totalOre: ledgerFactsList[0].totalOre, bytes: ledgerCsv(prev.postings),
    },
    {
      name: names.currentLedger, kind: 'ledger', format: 'csv', mediaType: 'text/csv; charset=windows-1252',
      description: t('example.file.ledger', { from: periodLabelSv(curPeriods[0]), to: periodLabelSv(o.throughPeriod) }),
      rows: curBooked.length, totalOre: ledgerFactsList[1].totalOre, bytes: ledgerCsv(curBooked),
    },
    {
      name: names.budget, kind: 'budget', format: 'csv', mediaType: 'text/csv; charset=utf-8',
      description: t('example.file.budget', { from: o.previousYear, to: o.year }),
      rows: budget.length, totalOre: budget.reduce((s, b) => s + b.annualOre, 0), bytes: budgetCsv(budget),
    },
    {
      name: names.stratsys, kind: 'stratsys', format: 'xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      description: t('example.file.stratsys', { period: periodLabelSv(o.throughPeriod) }),
      rows: sLines.length, totalOre: sTotal.actualToDateOre, xlsx: workbook,
    },
    {
      name: names.register, kind: 'placements', format: 'csv', mediaType: 'text/csv; charset=utf-8',
      description: t('example.file.register', { count: register.length }),
      rows: register.length,
      // The register's cost over both years by cost.ts (the current year to December).
      totalOre: sumMonths(prev.placementMonths, () => true) + sumMonths(cur.placementMonths, () => true),
      bytes: registerCsv(register),
    },
    {
      name: names.organisation, kind: 'organisation', format: 'csv', mediaType: 'text/csv; charset=utf-8',
      description: t('example.file.organisation', { count: COST_CENTERS.length }),
      rows: COST_CENTERS.length, totalOre: null, bytes: organisationCsv(),
    },
  ];

  const facts: ExampleFacts = {
    generator: 'Exempelkommun',
    formatVersion: 1,
    seed: o.seed,
    previousYear: o.previousYear,
    year: o.year,
    throughMonth: o.throughMonth,
    throughPeriod: o.throughPeriod,
    asOf: o.asOf,
    files: files.map((f) => ({ name: f.name, kind: f.kind, format: f.format, rows: f.rows, totalOre: f.totalOre })),
    ledgers: ledgerFactsList,
    budget: budgetFacts,
    register: {
      ...registerSummary(names.register, register, o),
      costPreviousYearOre: sumMonths(prev.placementMonths, () => true),
      costCurrentYearOre: sumMonths(cur.placementMonths, () => true),
      costClosedPeriodsOre:
        sumMonths(prev.placementMonths, () => true) + sumMonths(cur.placementMonths, (p) => p <= o.throughPeriod),
    },
    placements: placementFacts(o, [prev, cur], [...prev.postings, ...curBooked]),
    lateBatch: { period: o.throughPeriod, count: cur.late.length, totalOre: lateTotal, invoices: cur.late },
    placementCorrections: [...prev.corrections, ...cur.corrections.filter((c) => c.period <= o.throughPeriod)],
    stratsys: {
      file: names.stratsys,
      rows: sLines.length,
      totals: {
        budgetYearOre: sTotal.budgetYearOre, budgetToDateOre: sTotal.budgetToDateOre, actualPeriodOre: sTotal.actualPeriodOre,
        actualToDateOre: sTotal.actualToDateOre, varianceOre: sTotal.varianceOre, forecastOre: sTotal.forecastOre,
      },
    },
    syntheticPersonnummer: Object.values(syntheticPersonnummer()),
    costLines: COST_LINES,
    accountMap: EXAMPLE_ACCOUNT_MAP,
  };
  files.push({
    name: names.facts, kind: 'facts', format: 'json', mediaType: 'application/json',
    description: t('example.file.facts'), rows: 0, totalOre: null,
    bytes: encodeUtf8(JSON.stringify(facts, null, 2) + '\n'),
  });
  return { options: o, files, facts };
}

/**
 * The late batch: HVB and SiS invoices (children's and adults' HVB, SiS youth homes) for the last closed month
 * that arrive after the books were closed: about half of those placements active in that month, at most five.
 */
function chooseLateBatch(rng: Random, register: readonly ExamplePlacement[], o: ResolvedExampleOptions): Set<string> {
  const first = `${o.throughPeriod}-01`;
  const cand = register.filter(
    (p) =>
      (p.account === '46311' || p.account === '46312' || p.account === '46331') &&
      p.startDate <= o.asOf && (p.endDate === null || p.endDate >= first),
  );
  const count = Math.min(5, Math.max(1, Math.floor(cand.length / 2)));
  return new Set(rng.shuffle(cand).slice(0, count).map((p) => p.caseKey));
}

function sumMonths(
  placementMonths: readonly { months: readonly { period: Period; totalOre: Ore }[] }[],
  include: (period: Period) => boolean,
): Ore {
  let s = 0;
  for (const x of placementMonths) for (const m of x.months) if (include(m.period)) s += m.totalOre;
  return s;
}

function budgetSummary(file: string, budget: readonly BudgetLine[]): ExampleFacts['budget'] {
  const perYear: Record<string, Ore> = {};
  const perYearCostLine: Record<string, Record<string, Ore>> = {};
  for (const b of budget) {
    const y = String(b.year);
    perYear[y] = (perYear[y] ?? 0) + b.annualOre;
    perYearCostLine[y] ??= Object.fromEntries(COST_LINES.map((l) => [l, 0]));
    perYearCostLine[y][b.costLine] += b.annualOre;
  }
  return { file, rows: budget.length, perYear, perYearCostLine };
}

function registerSummary(
  file: string,
  register: readonly ExamplePlacement[],
  o: ResolvedExampleOptions,
): Omit<ExampleFacts['register'], 'costPreviousYearOre' | 'costCurrentYearOre' | 'costClosedPeriodsOre'> {
  const byForm: Record<string, number> = {};
  for (const p of register) {
    const k = `${p.form} (${p.targetGroup.toLowerCase()})`;
    byForm[k] = (byForm[k] ?? 0) + 1;
  }
  return {
    file,
    rows: register.length,
    activeAtAsOf: register.filter((p) => isPlacementActiveOn(p, o.asOf)).length,
    openEnded: register.filter((p) => p.endDate === null).length,
    endedByAsOf: register.filter((p) => p.endDate !== null && p.endDate <= o.asOf).length,
    startingAfterAsOf: register.filter((p) => p.startDate > o.asOf).length,
    byForm: sortedRecord(byForm),
  };
}

function placementFacts(
  o: ResolvedExampleOptions,
  years: { placementMonths: { placement: ExamplePlacement; months: { period: Period; totalOre: Ore; careDays: number; activeAtMonthEnd: boolean }[] }[] }[],
  booked: readonly LedgerPosting[],
): ExampleFacts['placements'] {
  const perMonth: Record<Period, PlacementMonthFacts> = {};
  const perCostCenter: Record<string, Record<Period, { costOre: Ore; bookedOre: Ore | null }>> = {};
  const periods = [...periodsOfYear(o.previousYear), ...periodsOfYear(o.year)];
  const closed = (p: Period) => p <= o.throughPeriod;
  const ccs = [...new Set(years[0].placementMonths.map((x) => x.placement.costCenter))].sort();
  for (const p of periods) perMonth[p] = { costOre: 0, careDays: 0, activeAtMonthEnd: 0, bookedOre: closed(p) ? 0 : null };
  for (const cc of ccs) {
    perCostCenter[cc] = {};
    for (const p of periods) perCostCenter[cc][p] = { costOre: 0, bookedOre: closed(p) ? 0 : null };
  }
  for (const y of years) {
    for (const { placement, months } of y.placementMonths) {
      for (const m of months) {
        const f = perMonth[m.period];
        f.costOre += m.totalOre;
        f.careDays += m.careDays;
        if (m.activeAtMonthEnd) f.activeAtMonthEnd++;
        perCostCenter[placement.costCenter][m.period].costOre += m.totalOre;
      }
    }
  }
  for (const p of booked) {
    if (!PLACEMENT_ACCOUNTS.includes(p.account)) continue;
    const f = perMonth[p.period];
    f.bookedOre = (f.bookedOre ?? 0) + p.amountOre;
    const c = perCostCenter[p.costCenter]?.[p.period];
    if (c) c.bookedOre = (c.bookedOre ?? 0) + p.amountOre;
  }
  return { accounts: PLACEMENT_ACCOUNTS, perMonth, perCostCenter };
}

/** Formats öre for summaries ("12 345 678,90"). */
export function exampleAmount(ore: Ore): string {
  return formatOre(ore);
}
