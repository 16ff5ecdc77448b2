/**
 * Exempelkommun's placement register: about sixty pseudonymised placements over the previous and the current
 * year, with prices at the levels of ../shared/DOMAIN.md, written as `placeringsregister.csv`.
 *
 * Prices in the register are the prices agreed at the start date; the yearly uplift (Uppräkning) applies on
 * every Uppräkningsdatum after the start, recurring yearly (see src/core/placements/cost.ts).
 */
import { addMonthsToDate, daysInclusive, fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import type { Ore } from '../money';
import { formatUpliftPercent, type PlacementCostTerms } from '../placements/cost';
import { PLACEMENT_FIELDS, PLACEMENT_HEADERS, type Placement, type PlacementField } from '../placements/register';
import { Random } from './random';
import { csvText, ledgerAmount, utf8WithBom } from './text';

export type ExamplePlacementForm =
  | 'HVB'
  | 'SiS ungdomshem'
  | 'Konsulentstött familjehem'
  | 'Eget familjehem'
  | 'Jourhem'
  | 'Stödboende'
  | 'LVM-hem'
  | 'Skyddat boende';

export type ExampleTargetGroup = 'Barn och unga' | 'Vuxna';
export type ExampleLegalBasis = 'SoL' | 'LVU 2 §' | 'LVU 3 §' | 'LVM';

/**
 * One row of the register: the register's placement (placements/register.ts) with the example's own lists and
 * without a decision date or note, plus who invoices it. Amounts in öre; null = empty cell.
 */
export interface ExamplePlacement extends Omit<Placement, 'targetGroup' | 'form' | 'legalBasis' | 'decisionDate' | 'note'> {
  targetGroup: ExampleTargetGroup;
  form: ExamplePlacementForm;
  legalBasis: ExampleLegalBasis;
  /** Invoiced by a provider (false: own family homes and contracted jourhem, paid by the municipality). */
  invoiced: boolean;
  /** Who invoices (the ledger's Leverantör); '' when not invoiced. */
  invoicer: string;
}

/** The register's columns the example writes: the register table's (placements/register.ts) but the decision date and the note. */
type RegisterField = Exclude<PlacementField, 'decisionDate' | 'note'>;
const REGISTER_FIELDS = PLACEMENT_FIELDS.filter((f): f is RegisterField => f !== 'decisionDate' && f !== 'note');

/** The header of `placeringsregister.csv`. */
export const REGISTER_HEADERS: readonly string[] = REGISTER_FIELDS.map((f) => PLACEMENT_HEADERS[f]);

/** The cost terms of a register row, for cost.ts. */
export function placementTerms(p: ExamplePlacement): PlacementCostTerms {
  return {
    startDate: p.startDate,
    endDate: p.endDate,
    pricePerDayOre: p.pricePerDayOre ?? 0,
    pricePerMonthOre: p.pricePerMonthOre ?? 0,
    expensesPerMonthOre: p.expensesPerMonthOre ?? 0,
    extraPerMonthOre: p.extraPerMonthOre ?? 0,
    uplift: p.upliftDate && p.upliftBasisPoints ? { basisPoints: p.upliftBasisPoints, firstDate: p.upliftDate } : null,
  };
}

interface FormSpec {
  form: ExamplePlacementForm;
  targetGroup: ExampleTargetGroup;
  costCenter: string;
  account: string;
  count: number;
  legal: [ExampleLegalBasis, number][];
  providers: readonly string[];
  /** Who sends the invoice, when not the provider itself. */
  invoicer?: string;
  invoiced: boolean;
  /** Price ranges in kronor at the previous year's level. */
  perDayKr?: [number, number];
  perMonthKr?: [number, number];
  expensesKr?: [number, number];
  /** Starts lean towards the recent past (the later of two draws): the volume is growing. */
  recent?: boolean;
  /** Duration in days. */
  durationDays: [number, number];
  /** How far before the previous year's 1 January a placement may have started (days). */
  lookbackDays: number;
  /** Percent of placements still running at the as-of date that have no planned end date. */
  openEndedPct: number;
  /** Percent with an extra cost per month, and its range in kronor. */
  extraPct: number;
  extraKr: [number, number];
  /** Uplift: percent of placements with one, the basis points to choose from, and percent on the contract anniversary. */
  upliftPct: number;
  upliftBp: number[];
  anniversaryPct: number;
}

const FORMS: readonly FormSpec[] = [
  {
    form: 'HVB', targetGroup: 'Barn och unga', costCenter: '52110', account: '46311', count: 13, recent: true,
    legal: [['SoL', 45], ['LVU 2 §', 25], ['LVU 3 §', 30]],
    providers: ['Solgläntans HVB AB', 'Björkhagens behandlingshem AB', 'Nordanvinds ungdomshem AB', 'Havsbrisens HVB AB', 'Lärkbackens omsorg AB'],
    invoiced: true, perDayKr: [2600, 5400], durationDays: [180, 900], lookbackDays: 700, openEndedPct: 65,
    extraPct: 15, extraKr: [8000, 24000], upliftPct: 75, upliftBp: [200, 250, 300, 350], anniversaryPct: 40,
  },
  {
    form: 'SiS ungdomshem', targetGroup: 'Barn och unga', costCenter: '52110', account: '46312', count: 6,
    legal: [['LVU 3 §', 75], ['LVU 2 §', 25]],
    providers: ['SiS ungdomshem Granbacken', 'SiS ungdomshem Ljungheden', 'SiS ungdomshem Älvsnäs'],
    invoicer: 'Statens institutionsstyrelse', invoiced: true,
    perDayKr: [5200, 7600], durationDays: [90, 400], lookbackDays: 250, openEndedPct: 70,
    extraPct: 0, extraKr: [0, 0], upliftPct: 100, upliftBp: [300, 350, 400], anniversaryPct: 0,
  },
  {
    form: 'Konsulentstött familjehem', targetGroup: 'Barn och unga', costCenter: '52120', account: '46321', count: 12,
    legal: [['SoL', 50], ['LVU 2 §', 40], ['LVU 3 §', 10]],
    providers: ['Familjevård Norr AB', 'Trygga hem familjehemskonsult AB', 'Ekhagens familjeresurs; konsulentstöd AB', 'Vägledarna familjehemsvård AB'],
    invoiced: true, perDayKr: [1900, 4200], durationDays: [365, 2000], lookbackDays: 1500, openEndedPct: 75,
    extraPct: 20, extraKr: [2000, 6000], upliftPct: 80, upliftBp: [200, 250, 300], anniversaryPct: 25,
  },
  {
    form: 'Eget familjehem', targetGroup: 'Barn och unga', costCenter: '52120', account: '45331', count: 9,
    legal: [['SoL', 60], ['LVU 2 §', 40]],
    providers: ['Eget familjehem'],
    invoiced: false, perMonthKr: [11237, 14200], expensesKr: [4400, 6900], durationDays: [540, 2600], lookbackDays: 2000,
    openEndedPct: 85, extraPct: 20, extraKr: [1000, 3000], upliftPct: 100, upliftBp: [300, 350], anniversaryPct: 0,
  },
  {
    form: 'Jourhem', targetGroup: 'Barn och unga', costCenter: '52120', account: '46341', count: 4,
    legal: [['SoL', 60], ['LVU 2 §', 40]],
    providers: ['Kontrakterat jourhem'],
    invoiced: false, perMonthKr: [17531, 18400], expensesKr: [5500, 7200], durationDays: [30, 180], lookbackDays: 60,
    openEndedPct: 40, extraPct: 0, extraKr: [0, 0], upliftPct: 100, upliftBp: [300], anniversaryPct: 0,
  },
  {
    form: 'Stödboende', targetGroup: 'Barn och unga', costCenter: '52140', account: '46351', count: 5,
    legal: [['SoL', 100]],
    providers: ['Stegets stödboende AB', 'Vägvisarens stödboende AB', 'Trappstegets boende AB'],
    invoiced: true, perDayKr: [950, 1450], durationDays: [180, 720], lookbackDays: 400, openEndedPct: 50,
    extraPct: 0, extraKr: [0, 0], upliftPct: 60, upliftBp: [200, 250], anniversaryPct: 60,
  },
  {
    form: 'HVB', targetGroup: 'Vuxna', costCenter: '53110', account: '46331', count: 6,
    legal: [['SoL', 100]],
    providers: ['Kompassens behandlingshem AB', 'Ankarets HVB vuxna AB', 'Fyrens behandlingscenter AB'],
    invoiced: true, perDayKr: [1900, 3300], durationDays: [60, 300], lookbackDays: 200, openEndedPct: 45,
    extraPct: 0, extraKr: [0, 0], upliftPct: 50, upliftBp: [200, 300], anniversaryPct: 30,
  },
  {
    form: 'LVM-hem', targetGroup: 'Vuxna', costCenter: '53110', account: '46332', count: 3,
    legal: [['LVM', 100]],
    providers: ['SiS LVM-hem Ekudden', 'SiS LVM-hem Hällbacken'],
    invoicer: 'Statens institutionsstyrelse', invoiced: true,
    perDayKr: [4300, 5200], durationDays: [60, 182], lookbackDays: 100, openEndedPct: 0,
    extraPct: 0, extraKr: [0, 0], upliftPct: 100, upliftBp: [300, 350], anniversaryPct: 0,
  },
  {
    form: 'Skyddat boende', targetGroup: 'Vuxna', costCenter: '53200', account: '46352', count: 4,
    legal: [['SoL', 100]],
    providers: ['Fristadens skyddade boende AB', 'Kvinnojouren Lyktan', 'Tryggboendet Nord AB'],
    invoiced: true, perDayKr: [1700, 3000], durationDays: [20, 150], lookbackDays: 40, openEndedPct: 30,
    extraPct: 0, extraKr: [0, 0], upliftPct: 0, upliftBp: [], anniversaryPct: 0,
  },
];

export interface RegisterWindow {
  /** The previous year (complete). */
  previousYear: number;
  /** The current year. */
  year: number;
  /** Last day of the last closed month: the register's as-of date. */
  asOf: IsoDate;
}

/** Rounds kronor to a multiple of `step` kronor and returns öre. */
function roundedKr(kr: number, step: number): Ore {
  return Math.round(kr / step) * step * 100;
}

/** Price in kronor drawn from a range at the previous year's level, deflated ~3 % per year before it. */
function drawPrice(rng: Random, range: [number, number], yearsBefore: number, step: number): Ore {
  const base = rng.int(range[0], range[1]);
  const factor = 100 - 3 * Math.max(0, yearsBefore);
  return roundedKr((base * factor) / 100, step);
}

/** Generates the register. Deterministic for a given Random. */
export function generateRegister(rng: Random, w: RegisterWindow): ExamplePlacement[] {
  const windowStart = toDayNumber(`${w.previousYear}-01-01`);
  const asOfDay = toDayNumber(w.asOf);
  const yearEnd = `${w.year}-12-31`;
  const out: ExamplePlacement[] = [];
  const caseCounters = new Map<string, number>();
  const usedKeys = new Set<string>();

  const nextCaseKey = (prefix: string, startYear: number): string => {
    const k = `${prefix}-${startYear}`;
    for (;;) {
      const n = (caseCounters.get(k) ?? rng.int(1, 9)) + rng.int(1, 23);
      caseCounters.set(k, n);
      const key = `${k}-${String(n).padStart(3, '0')}`;
      if (!usedKeys.has(key)) {
        usedKeys.add(key);
        return key;
      }
    }
  };

  // Planned placements (start after the as-of date) exist only when the year has months left.
  let plannedLeft = asOfDay < toDayNumber(yearEnd) ? 2 : 0;

  for (const spec of FORMS) {
    const frng = rng.fork(spec.form + '/' + spec.targetGroup);
    for (let i = 0; i < spec.count; i++) {
      let startDay: number;
      let endDay: number;
      const planned = plannedLeft > 0 && (spec.form === 'HVB' || spec.form === 'Konsulentstött familjehem') && i === spec.count - 1;
      for (;;) {
        if (planned) {
          startDay = asOfDay + frng.int(5, Math.min(40, toDayNumber(yearEnd) - asOfDay));
        } else {
          startDay = frng.int(windowStart - spec.lookbackDays, asOfDay - 5);
          if (spec.recent) startDay = Math.max(startDay, frng.int(windowStart - spec.lookbackDays, asOfDay - 5));
        }
        endDay = startDay + frng.int(spec.durationDays[0], spec.durationDays[1]) - 1;
        if (endDay >= windowStart) break;
      }
      if (planned) plannedLeft--;
      const startDate = fromDayNumber(startDay);
      const startYear = +startDate.slice(0, 4);
      let endDate: IsoDate | null = fromDayNumber(endDay);
      // Running at the as-of date: often open-ended (no planned end yet).
      if (endDay > asOfDay && frng.chance(spec.openEndedPct)) endDate = null;

      const yearsBefore = w.previousYear - startYear;
      const pricePerDayOre = spec.perDayKr ? drawPrice(frng, spec.perDayKr, yearsBefore, 10) : null;
      const pricePerMonthOre = spec.perMonthKr ? drawPrice(frng, spec.perMonthKr, yearsBefore, 1) : null;
      const expensesPerMonthOre = spec.expensesKr ? drawPrice(frng, spec.expensesKr, yearsBefore, 50) : null;
      const extraPerMonthOre = spec.extraPct > 0 && frng.chance(spec.extraPct) ? roundedKr(frng.int(spec.extraKr[0], spec.extraKr[1]), 100) : null;

      let upliftBasisPoints = 0;
      let upliftDate: IsoDate | null = null;
      if (spec.upliftPct > 0 && frng.chance(spec.upliftPct)) {
        upliftBasisPoints = frng.pick(spec.upliftBp);
        upliftDate = frng.chance(spec.anniversaryPct) ? addMonthsToDate(startDate, 12) : `${startYear + 1}-01-01`;
      }

      const legalBasis = frng.weighted(spec.legal);
      const provider = frng.pick(spec.providers);
      const caseKey = nextCaseKey(spec.targetGroup === 'Barn och unga' ? 'BU' : 'VU', startYear);

      // Review: start + 6 months, rolling; the next one on or after the as-of date. A few are overdue.
      let nextReview: IsoDate | null = null;
      const running = endDate === null || toDayNumber(endDate) > asOfDay;
      if (running) {
        let k = 1;
        while (toDayNumber(addMonthsToDate(startDate, 6 * k)) < asOfDay) k++;
        if (k > 1 && frng.chance(10)) k--; // not reconsidered in time: overdue
        nextReview = addMonthsToDate(startDate, 6 * k);
      }

      out.push({
        caseKey,
        costCenter: spec.costCenter,
        account: spec.account,
        targetGroup: spec.targetGroup,
        form: spec.form,
        legalBasis,
        provider,
        startDate,
        endDate,
        pricePerDayOre,
        pricePerMonthOre,
        expensesPerMonthOre,
        extraPerMonthOre,
        upliftBasisPoints,
        upliftDate,
        nextReview,
        invoiced: spec.invoiced,
        invoicer: spec.invoiced ? (spec.invoicer ?? provider) : '',
      });
    }
  }
  out.sort((a, b) =>
    a.costCenter !== b.costCenter
      ? a.costCenter < b.costCenter ? -1 : 1
      : a.startDate !== b.startDate
        ? a.startDate < b.startDate ? -1 : 1
        : a.caseKey < b.caseKey ? -1 : a.caseKey > b.caseKey ? 1 : 0,
  );
  return out;
}

function amountCell(ore: Ore | null): string {
  return ore === null ? '' : ledgerAmount(ore);
}

/** The register as rows of text cells (without the header), in REGISTER_HEADERS order. */
export function registerRows(register: readonly ExamplePlacement[]): string[][] {
  return register.map((p) => {
    const cells: Record<RegisterField, string> = {
      caseKey: p.caseKey,
      costCenter: p.costCenter,
      account: p.account,
      targetGroup: p.targetGroup,
      form: p.form,
      legalBasis: p.legalBasis,
      provider: p.provider,
      startDate: p.startDate,
      endDate: p.endDate ?? '',
      pricePerDay: amountCell(p.pricePerDayOre),
      pricePerMonth: amountCell(p.pricePerMonthOre),
      expensesPerMonth: amountCell(p.expensesPerMonthOre),
      extraPerMonth: amountCell(p.extraPerMonthOre),
      uplift: p.upliftDate ? formatUpliftPercent(p.upliftBasisPoints) : '',
      upliftDate: p.upliftDate ?? '',
      nextReview: p.nextReview ?? '',
    };
    return REGISTER_FIELDS.map((f) => cells[f]);
  });
}

/** `placeringsregister.csv`: UTF-8 with BOM, semicolon, decimal comma, CRLF. */
export function registerCsv(register: readonly ExamplePlacement[]): Uint8Array {
  return utf8WithBom(csvText(REGISTER_HEADERS, registerRows(register)));
}

/** Days in care of a placement between two dates (both included), for facts and sanity checks. */
export function careDaysBetween(p: ExamplePlacement, from: IsoDate, to: IsoDate): number {
  const a = p.startDate > from ? p.startDate : from;
  const b = p.endDate === null || p.endDate > to ? to : p.endDate;
  return b < a ? 0 : daysInclusive(a, b);
}
