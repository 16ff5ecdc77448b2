/**
 * Exempelkommun's general ledger (huvudbok): postings for a whole year, written as a Windows-1252 CSV extract.
 *
 * Placement invoices are computed with src/core/placements/cost.ts from the register: one invoice per invoiced
 * placement per month of care, booked in that month on the placement's account (own family homes and contracted
 * jourhem are paid, not invoiced: an arvode and an omkostnad posting). A few invoices are wrong and credited
 * (the credit note names the invoice) and then invoiced again correctly, so each month still nets to the
 * register's cost; the late batch (invoices for the last closed month that arrive after closing) is left out
 * by the caller.
 */
import { MONTH_NAMES_SV, makePeriod, type Period } from '../dates';
import { allocate, mulDivRound, type Ore } from '../money';
import { placementYearCost, type PlacementMonthCost } from '../placements/cost';
import { COST_CENTERS, accountLabel, costCenter, type ExampleCostCenter } from './organisation';
import { hashLabel, Random } from './random';
import { placementTerms, type ExamplePlacement, type ExamplePlacementForm } from './register';
import { cp1252, csvText, ledgerAmount, syntheticPersonnummer } from './text';

export const LEDGER_HEADERS = [
  'Period', 'Ansvar', 'Konto', 'Verksamhet', 'Aktivitet', 'Motpart', 'Leverantör', 'Fakturanummer', 'Text', 'Belopp',
] as const;

export type PostingKind =
  | 'placement'
  | 'placementCorrection'
  | 'salary'
  | 'premises'
  | 'other'
  | 'credit'
  | 'revenue'
  | 'aid';

export interface LedgerPosting {
  period: Period;
  costCenter: string;
  account: string;
  subActivity: string;
  counterparty: string;
  supplier: string;
  invoiceNumber: string;
  text: string;
  amountOre: Ore;
  /** The generator's own tag (not written to the file). */
  kind: PostingKind;
  /** The placement an invoice belongs to (not written). */
  caseKey?: string;
}

/** An invoice that was not booked: it arrives after the books were closed. */
export interface LateInvoice {
  period: Period;
  caseKey: string;
  costCenter: string;
  account: string;
  supplier: string;
  invoiceNumber: string;
  careDays: number;
  amountOre: Ore;
}

/** A wrong placement invoice, its credit note and the correct invoice. */
export interface PlacementCorrection {
  period: Period;
  caseKey: string;
  costCenter: string;
  account: string;
  creditedInvoice: string;
  creditNote: string;
  correctInvoice: string;
  creditedOre: Ore;
}

const MOTPART_PRIVATE = '91';
const MOTPART_STATE = '84';
const MOTPART_HOUSEHOLD = '96';
const MOTPART_INTERNAL = '10';
const MOTPART_MUNICIPAL_COMPANY = '12';

const SUB_ACTIVITY: Record<string, string> = {
  '46311': 'HVB',
  '46312': 'SIS',
  '46321': 'KFH',
  '45331': 'EFH',
  '46341': 'JOUR',
  '46351': 'STOD',
  '46331': 'HVBV',
  '46332': 'LVM',
  '46352': 'SKB',
};

const INVOICE_PREFIX: Partial<Record<ExamplePlacementForm, string>> = {
  HVB: 'Vårdavgift HVB',
  'SiS ungdomshem': 'Vårdavgift SiS',
  'Konsulentstött familjehem': 'Familjehemsvård konsulentstöd',
  Stödboende: 'Stödboende',
  'LVM-hem': 'Vårdavgift LVM',
  'Skyddat boende': 'Skyddat boende',
};

function monthName(period: Period): string {
  return `${MONTH_NAMES_SV[+period.slice(5, 7) - 1]} ${period.slice(0, 4)}`;
}

/** Invoice numbers per supplier, each in its own style, increasing over time. Deterministic for a seed. */
export class InvoiceNumbers {
  private readonly counters = new Map<string, number>();

  constructor(private readonly seed: number) {}

  next(supplier: string, year: number): string {
    const h = (hashLabel(supplier) ^ this.seed) >>> 0;
    const rng = new Random(this.seed, 'inv/' + supplier + '/' + (this.counters.get(supplier) ?? 0));
    const style = h % 3;
    let n = this.counters.get(supplier);
    if (n === undefined) n = style === 0 ? 1_000_000 + (h % 7_000_000) : 100 + (h % 9_000);
    n += rng.int(1, 29);
    this.counters.set(supplier, n);
    if (style === 0) return String(n);
    if (style === 1) {
      const initials = supplier
        .split(/[\s;]+/)
        .filter((w) => /^[A-ZÅÄÖ]/.test(w))
        .map((w) => w[0])
        .join('')
        .replace(/[ÅÄ]/g, 'A')
        .replace(/Ö/g, 'O')
        .slice(0, 3);
      return `${initials || 'F'}-${String(n).padStart(5, '0')}`;
    }
    return `${year}-${String(n).padStart(5, '0')}`;
  }
}

export interface YearLedgerInput {
  year: number;
  /** Index of the year: 0 for the previous year, 1 for the current (price and volume growth). */
  yearIndex: number;
  register: readonly ExamplePlacement[];
  rng: Random;
  invoices: InvoiceNumbers;
  /** Cases whose invoice for `latePeriod` arrives late (left out of the ledger). */
  lateCases?: ReadonlySet<string>;
  latePeriod?: Period;
  /** Months that may carry the deliberate personnummer texts (1..12). */
  personnummerMonths: number;
}

export interface YearLedger {
  postings: LedgerPosting[];
  late: LateInvoice[];
  corrections: PlacementCorrection[];
  /** Placement cost per month from the register for this year (all 12 months). */
  placementMonths: { placement: ExamplePlacement; months: PlacementMonthCost[] }[];
}

/** Grows an amount by `perMille` per year index (e.g. 34 = 3.4 %), exact to the öre. */
function grow(ore: Ore, perMille: number, yearIndex: number): Ore {
  let v = ore;
  for (let i = 0; i < yearIndex; i++) v = mulDivRound(v, 1000 + perMille, 1000);
  return v;
}

const kr = (k: number): Ore => Math.round(k) * 100;

// ---------------------------------------------------------------------------------------------------------

function placementPostings(input: YearLedgerInput, out: YearLedger): void {
  const { year, register, invoices } = input;
  const rng = input.rng.fork('placements');
  const cand: { p: ExamplePlacement; m: PlacementMonthCost }[] = [];
  for (const p of register) {
    const months = placementYearCost(placementTerms(p), year);
    out.placementMonths.push({ placement: p, months });
    for (const m of months) {
      if (m.careDays > 0 && p.invoiced && !(m.period === input.latePeriod && input.lateCases?.has(p.caseKey))) cand.push({ p, m });
    }
  }
  // Three placement-months a year get a wrong invoice that is credited and invoiced again.
  const corrected = new Set<string>();
  for (const c of rng.shuffle(cand).slice(0, 3)) corrected.add(c.p.caseKey + '|' + c.m.period);

  for (const { placement: p, months } of out.placementMonths) {
    const base = {
      costCenter: p.costCenter,
      account: p.account,
      subActivity: SUB_ACTIVITY[p.account] ?? '',
      caseKey: p.caseKey,
    };
    for (const m of months) {
      if (m.careDays === 0 || m.totalOre === 0) continue;
      const when = monthName(m.period);
      if (!p.invoiced) {
        const who = p.form === 'Jourhem' ? 'jourhem' : 'familjehem';
        out.postings.push({
          ...base, period: m.period, counterparty: MOTPART_HOUSEHOLD, supplier: '', invoiceNumber: '',
          text: `Arvode ${who} ${p.caseKey} ${when}`, amountOre: m.monthCostOre, kind: 'placement',
        });
        const expenses = m.expensesOre + m.extraOre;
        if (expenses !== 0) {
          out.postings.push({
            ...base, period: m.period, counterparty: MOTPART_HOUSEHOLD, supplier: '', invoiceNumber: '',
            text: `Omkostnadsersättning ${who} ${p.caseKey} ${when}${m.extraOre ? ' inkl. extra kostnad' : ''}`,
            amountOre: expenses, kind: 'placement',
          });
        }
        continue;
      }
      const motpart = p.invoicer === 'Statens institutionsstyrelse' ? MOTPART_STATE : MOTPART_PRIVATE;
      const textOf = (days: number) =>
        `${INVOICE_PREFIX[p.form] ?? 'Vårdavgift'} ${p.caseKey} ${when}, ${days} dygn` +
        (m.extraOre ? ' inkl. tillägg "förstärkt stöd"' : '');
      if (m.period === input.latePeriod && input.lateCases?.has(p.caseKey)) {
        out.late.push({
          period: m.period, caseKey: p.caseKey, costCenter: p.costCenter, account: p.account, supplier: p.invoicer,
          invoiceNumber: invoices.next(p.invoicer, year), careDays: m.careDays, amountOre: m.totalOre,
        });
        continue;
      }
      const row = (invoiceNumber: string, text: string, amountOre: number, kind: PostingKind): LedgerPosting => ({
        ...base, period: m.period, counterparty: motpart, supplier: p.invoicer, invoiceNumber, text, amountOre, kind,
      });
      if (corrected.has(p.caseKey + '|' + m.period)) {
        const wrongDays = Math.min(m.careDays + rng.int(1, 3), 31);
        const duplicate = wrongDays === m.careDays || rng.chance(1, 3);
        const wrongOre = duplicate ? m.totalOre : m.totalOre + (m.prices?.pricePerDayOre ?? 0) * (wrongDays - m.careDays);
        const first = invoices.next(p.invoicer, year);
        out.postings.push(row(first, textOf(duplicate ? m.careDays : wrongDays), wrongOre, 'placementCorrection'));
        const credit = invoices.next(p.invoicer, year);
        const reason = duplicate ? 'dubbeldebitering' : 'felaktigt antal dygn';
        out.postings.push(row(credit, `Kredit av faktura ${first} – ${reason}, ${p.caseKey}`, -wrongOre, 'placementCorrection'));
        const correct = duplicate ? first : invoices.next(p.invoicer, year);
        out.postings.push(row(correct, textOf(m.careDays), m.totalOre, 'placementCorrection'));
        out.corrections.push({
          period: m.period, caseKey: p.caseKey, costCenter: p.costCenter, account: p.account, creditedInvoice: first,
          creditNote: credit, correctInvoice: correct, creditedOre: wrongOre,
        });
      } else {
        out.postings.push(row(invoices.next(p.invoicer, year), textOf(m.careDays), m.totalOre, 'placement'));
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Per mille of the monthly salary base: change of the holiday pay liability (July dip, December peak). */
const HOLIDAY_LIABILITY = [40, 40, 40, 40, 40, 40, -380, -120, 40, 40, 40, 300];
/** Per mille of the monthly salary base: hourly-paid substitutes (summer). */
const SUBSTITUTES = [25, 25, 25, 25, 30, 90, 260, 120, 30, 25, 25, 40];
const SOCIAL_FEES_BP = 3142; // arbetsgivaravgifter 31,42 %
const AGREEMENT_FEES_BP = 960; // avtalsförsäkringar och pension 9,6 %

function salaryPostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('salaries');
  for (const cc of COST_CENTERS) {
    if (cc.staff === 0) continue;
    // A vacancy spell of 2–5 months in about half the units.
    const vacancyFrom = rng.chance(55) ? rng.int(1, 10) : 99;
    const vacancyTo = vacancyFrom + rng.int(1, 4);
    for (let month = 1; month <= 12; month++) {
      const period = makePeriod(input.year, month);
      const filled = cc.staff - (month >= vacancyFrom && month <= vacancyTo ? 1 : 0);
      // Salary revision from April each year (3,4 %).
      const level = input.yearIndex + (month >= 4 ? 1 : 0);
      const baseOre = grow(kr(filled * cc.salaryKr), 34, level);
      const salary = rng.vary(baseOre, 6);
      const substitutes = rng.vary(mulDivRound(kr(cc.staff * cc.salaryKr), SUBSTITUTES[month - 1], 1000), 150);
      const liability = rng.vary(mulDivRound(baseOre, HOLIDAY_LIABILITY[month - 1], 1000), 60);
      const gross = salary + substitutes + liability;
      const when = monthName(period);
      const row = (account: string, text: string, amountOre: Ore): LedgerPosting => ({
        period, costCenter: cc.code, account, subActivity: '', counterparty: '', supplier: '', invoiceNumber: '',
        text, amountOre, kind: 'salary',
      });
      out.push(row('51110', `Lön ${when}`, salary));
      out.push(row('51310', `Timlön vikarier ${when}`, substitutes));
      out.push(row('52910', `Förändring semesterlöneskuld ${when}`, liability));
      out.push(row('57110', `Arbetsgivaravgifter ${when}`, mulDivRound(gross, SOCIAL_FEES_BP, 10_000)));
      out.push(row('57210', `Avtalsförsäkringar och pension ${when}`, mulDivRound(gross, AGREEMENT_FEES_BP, 10_000)));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Per mille of the rent: electricity and heating by month (winter high). */
const HEATING = [150, 140, 110, 85, 60, 40, 35, 45, 70, 100, 125, 145];

function premisesPostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('premises');
  for (const cc of COST_CENTERS) {
    if (cc.rentKr === 0) continue;
    const rent = grow(kr(cc.rentKr), 25, input.yearIndex);
    for (let month = 1; month <= 12; month++) {
      const period = makePeriod(input.year, month);
      const when = monthName(period);
      out.push({
        period, costCenter: cc.code, account: '61110', subActivity: '', counterparty: MOTPART_INTERNAL,
        supplier: 'Exempelkommun lokalförsörjning', invoiceNumber: `IF-${period}-${cc.code}`,
        text: `Internhyra ${when}`, amountOre: rent, kind: 'premises',
      });
      out.push({
        period, costCenter: cc.code, account: '61410', subActivity: '', counterparty: MOTPART_MUNICIPAL_COMPANY,
        supplier: 'Exempelkommun Energi AB', invoiceNumber: input.invoices.next('Exempelkommun Energi AB', input.year),
        text: `El och fjärrvärme ${when}`, amountOre: rng.vary(mulDivRound(rent, HEATING[month - 1], 1000), 80),
        kind: 'premises',
      });
      out.push({
        period, costCenter: cc.code, account: '62120', subActivity: '', counterparty: MOTPART_PRIVATE,
        supplier: 'Städbolaget Glans AB', invoiceNumber: input.invoices.next('Städbolaget Glans AB', input.year),
        text: `Lokalvård ${when}`, amountOre: rng.vary(mulDivRound(rent, 70, 1000), 30), kind: 'premises',
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

const COURSE_TEXTS = [
  'Kurs "Signs of Safety"; 3 deltagare',
  'Konferensavgift 450 € – Nordiskt forum för socialt arbete',
  'Utbildning i MI – motiverande samtal…',
  'Handledning; extern handledare',
  'Föreläsning ’Barnets bästa’ – deltagaravgift',
  'Barnrättsdagarna – deltagaravgift',
];
const TRAVEL_TEXTS = ['Tjänsteresor', 'Tåg till behandlingshem – uppföljningsbesök', 'Hotell; uppföljning placering', 'Resa till SiS-hem – övervägande'];
const CREDIT_REASONS = ['felaktigt pris', 'returnerade varor', 'dubbeldebitering', 'avbokad kurs'];

function otherPostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('other');
  const { year, invoices } = input;
  const start = out.length;
  const inv = (
    cc: ExampleCostCenter, period: Period, account: string, supplier: string, text: string, amountOre: Ore,
  ): void => {
    out.push({
      period, costCenter: cc.code, account, subActivity: '', counterparty: supplier ? MOTPART_PRIVATE : MOTPART_HOUSEHOLD,
      supplier, invoiceNumber: supplier ? invoices.next(supplier, year) : '', text, amountOre, kind: 'other',
    });
  };
  for (const cc of COST_CENTERS) {
    if (cc.staff === 0) continue;
    for (let month = 1; month <= 12; month++) {
      const period = makePeriod(year, month);
      const when = monthName(period);
      const g = (x: number) => grow(kr(x), 20, input.yearIndex);
      if (rng.chance(70)) inv(cc, period, '64110', 'Kontorsvaruhuset Norden AB', 'Kontorsmaterial', rng.vary(g(cc.staff * 260), 450));
      inv(cc, period, '64610', 'Nordtele AB', `Mobiltelefoni ${when}`, rng.vary(g(cc.staff * 420), 40));
      inv(cc, period, '65410', 'Socialdata Norden AB', `Licens verksamhetssystem ${when}`, g(cc.staff * 950));
      if (rng.chance(25)) inv(cc, period, '65810', 'Kompetensforum Sverige AB', rng.pick(COURSE_TEXTS), kr(rng.int(30, 250) * 100));
      if (rng.chance(35)) inv(cc, period, '71310', 'Resebyrån Polstjärnan AB', rng.pick(TRAVEL_TEXTS), kr(rng.int(5, 60) * 100) + rng.int(0, 99));
      if (rng.chance(20)) inv(cc, period, '44210', 'Kontorsvaruhuset Norden AB', 'Förbrukningsmaterial', kr(rng.int(500, 4000)) + rng.int(0, 99));
      if (cc.code === '52100' || cc.code === '53100' || cc.code === '54100') {
        const n = rng.int(2, 4);
        for (let i = 0; i < n; i++) inv(cc, period, '69110', 'Tolkförmedlingen Väst AB', `Tolktjänst ${when}`, kr(rng.int(1500, 9000)));
      }
      if (cc.code === '52130') inv(cc, period, '45410', '', `Arvode kontaktpersoner ${when}`, g(rng.int(38_000, 52_000)));
      if (cc.code === '53120') {
        const n = rng.int(1, 2);
        for (let i = 0; i < n; i++) inv(cc, period, '46410', 'Behandlingsbolaget Vända AB', 'Köp öppenvård missbruk', g(rng.int(20_000, 60_000)));
      }
      // Hired social workers: autumn of the previous year and spring of the current year.
      if (cc.code === '52100' && (input.yearIndex === 0 ? month >= 9 : month <= 6)) {
        inv(cc, period, '46950', 'Socialbemanning Norr AB', `Inhyrd socialsekreterare ${when}`, kr(rng.int(140_000, 190_000)));
      }
    }
  }
  // A few credit notes on ordinary invoices, each naming the invoice it credits.
  const credited = rng.shuffle(out.slice(start).filter((p) => p.supplier && p.invoiceNumber && p.amountOre > 50_000)).slice(0, 4);
  for (const p of credited) {
    const share = rng.pick([100, 100, 50, 25]);
    out.push({
      ...p,
      invoiceNumber: invoices.next(p.supplier, year),
      text: `Kreditering av faktura ${p.invoiceNumber} – ${rng.pick(CREDIT_REASONS)}`,
      amountOre: -mulDivRound(p.amountOre, share, 100),
      kind: 'credit',
    });
  }
}

// ---------------------------------------------------------------------------------------------------------

function revenuePostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('revenue');
  const { year } = input;
  const rev = (code: string, period: Period, account: string, supplier: string, motpart: string, text: string, amountOre: Ore) =>
    out.push({
      period, costCenter: code, account, subActivity: '', counterparty: motpart, supplier, invoiceNumber: '', text,
      amountOre: -Math.abs(amountOre), kind: 'revenue',
    });
  for (let month = 1; month <= 12; month++) {
    const period = makePeriod(year, month);
    const when = monthName(period);
    rev('52110', period, '33410', '', MOTPART_HOUSEHOLD, `Föräldraavgift placerade barn ${when}`, kr(rng.int(6_000, 14_000)));
    rev('53110', period, '33410', '', MOTPART_HOUSEHOLD, `Egenavgift HVB vuxna ${when}`, kr(rng.int(8_000, 20_000)));
    const n = rng.int(2, 4);
    for (let i = 0; i < n; i++) rev('54110', period, '38210', '', MOTPART_HOUSEHOLD, 'Återbetalt ekonomiskt bistånd', kr(rng.int(6_000, 20_000)));
    if (month === 4 || month === 10) rev('52100', period, '36110', 'Socialstyrelsen', MOTPART_STATE, 'Statsbidrag stärkt social barn- och ungdomsvård', kr(650_000));
    if (month === 3) rev('54120', period, '36110', 'Länsstyrelsen', MOTPART_STATE, 'Statsbidrag budget- och skuldrådgivning', kr(180_000));
    if (month === 5) rev('53200', period, '36110', 'Socialstyrelsen', MOTPART_STATE, 'Statsbidrag kvinnofrid – våld i nära relationer', kr(120_000));
    if (month % 3 === 0) rev('55100', period, '34910', '', '', 'Familjerättsutredning åt annan kommun', kr(rng.int(12_000, 18_000)));
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Per mille of the base: financial aid by month (December peak: January's aid is paid before New Year). */
const AID_SEASON = [1000, 960, 1000, 980, 990, 1010, 1040, 1020, 980, 1000, 1010, 1230];
const AID_OTHER_TEXTS = ['Nödbistånd matkort', 'Bistånd tandvård', 'Bistånd glasögon', 'Bistånd hemutrustning', 'Nödbistånd resa', 'Bistånd läkarvård och medicin'];
/** Payment runs: the main monthly run on the 25th and smaller runs in between. */
const PAYMENT_DAYS = [4, 11, 18, 25];
const PAYMENT_WEIGHTS = [10, 10, 10, 70];

function aidPostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('aid');
  const { year } = input;
  const base = grow(kr(2_650_000), 60, input.yearIndex);
  for (let month = 1; month <= 12; month++) {
    const period = makePeriod(year, month);
    const total = rng.vary(mulDivRound(base, AID_SEASON[month - 1], 1000), 25);
    const [livelihood, housing, other] = allocate(total, [70, 22, 8]);
    const push = (account: string, text: string, amountOre: Ore) =>
      out.push({
        period, costCenter: '54110', account, subActivity: '', counterparty: MOTPART_HOUSEHOLD, supplier: '', invoiceNumber: '',
        text, amountOre, kind: 'aid',
      });
    const w = PAYMENT_WEIGHTS.map((x) => x * rng.int(90, 110));
    allocate(livelihood, w).forEach((a, i) => push('45201', `Utbetalning försörjningsstöd, körning ${period}-${String(PAYMENT_DAYS[i]).padStart(2, '0')}`, a));
    allocate(housing, w).forEach((a, i) => push('45202', `Utbetalning bistånd boende, körning ${period}-${String(PAYMENT_DAYS[i]).padStart(2, '0')}`, a));
    const n = rng.int(6, 10);
    allocate(other, Array.from({ length: n }, () => rng.int(1, 9))).forEach((a) => push('45203', rng.pick(AID_OTHER_TEXTS), a));
  }
}

/** Three postings a year whose text carries the synthetic personnummer (one per written form). */
function personnummerPostings(input: YearLedgerInput, out: LedgerPosting[]): void {
  const rng = input.rng.fork('pnr');
  const pn = syntheticPersonnummer();
  const m = () => makePeriod(input.year, rng.int(1, input.personnummerMonths));
  out.push({
    period: m(), costCenter: '54110', account: '45203', subActivity: '', counterparty: MOTPART_HOUSEHOLD, supplier: '',
    invoiceNumber: '', text: `Nödbistånd ${pn.long} matkort`, amountOre: kr(1_200), kind: 'aid',
  });
  out.push({
    period: m(), costCenter: '54110', account: '38210', subActivity: '', counterparty: MOTPART_HOUSEHOLD, supplier: '',
    invoiceNumber: '', text: `Återbetalning bistånd avser ${pn.short}`, amountOre: -kr(2_500), kind: 'revenue',
  });
  out.push({
    period: m(), costCenter: '54100', account: '69110', subActivity: '', counterparty: MOTPART_PRIVATE,
    supplier: 'Tolkförmedlingen Väst AB', invoiceNumber: input.invoices.next('Tolkförmedlingen Väst AB', input.year),
    text: `Tolk vid hembesök ${pn.bare}`, amountOre: kr(1_850), kind: 'other',
  });
}

/** Every posting of a whole year (12 months), sorted by period, cost centre and account. */
export function generateYearLedger(input: YearLedgerInput): YearLedger {
  const y: YearLedger = { postings: [], late: [], corrections: [], placementMonths: [] };
  placementPostings(input, y);
  salaryPostings(input, y.postings);
  premisesPostings(input, y.postings);
  otherPostings(input, y.postings);
  revenuePostings(input, y.postings);
  aidPostings(input, y.postings);
  personnummerPostings(input, y.postings);
  const indexed = y.postings.map((p, i) => ({ p, i }));
  indexed.sort((a, b) =>
    a.p.period !== b.p.period
      ? a.p.period < b.p.period ? -1 : 1
      : a.p.costCenter !== b.p.costCenter
        ? a.p.costCenter < b.p.costCenter ? -1 : 1
        : a.p.account !== b.p.account
          ? a.p.account < b.p.account ? -1 : 1
          : a.i - b.i,
  );
  y.postings = indexed.map((x) => x.p);
  return y;
}

/** The ledger row as text cells in LEDGER_HEADERS order. */
export function ledgerRow(p: LedgerPosting): string[] {
  return [
    p.period.replace('-', ''),
    p.costCenter,
    accountLabel(p.account),
    costCenter(p.costCenter).activity,
    p.subActivity,
    p.counterparty,
    p.supplier,
    p.invoiceNumber,
    p.text,
    ledgerAmount(p.amountOre),
  ];
}

/** The extract: Windows-1252, semicolon, decimal comma, space as thousands separator, CRLF. */
export function ledgerCsv(postings: readonly LedgerPosting[]): Uint8Array {
  return cp1252(csvText(LEDGER_HEADERS, postings.map(ledgerRow)));
}
