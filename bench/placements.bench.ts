/**
 * Placement benchmarks (`npm run bench -- placements`):
 * 1. the projection of 5,000 placements for a year (cost, care days and counts per month by form / unit /
 *    target group, committed to year end, expected new placements from a 12-month history window, accrual against
 *    a booked ledger, alerts) — target: median < 50 ms — against a plain loop over the same placements summing
 *    active days × price for the year;
 * 2. reading the same register from its workbook table (validation of every row) and projecting it.
 */
import type { BenchCase } from './harness';
import { DEFAULT_PRICE_LIST } from '../src/core/prices';
import { addDays, fromDayNumber, toDayNumber } from '../src/core/dates';
import {
  DEFAULT_FORMS,
  DEFAULT_LEGAL_BASES,
  REGISTER_TABLE,
  bookedKey,
  placementRow,
  projectPlacements,
  readRegister,
  type BookedLedger,
  type Placement,
  type ProjectionInput,
} from '../src/core/placements';
import type { TableData } from '../src/core/port';

const COUNT = 5_000;
const YEAR = 2026;
const AS_OF = '2026-10-31';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FORMS: [string, string, string, 'day' | 'month'][] = [
  ['HVB', '46311', 'Barn och unga', 'day'],
  ['SiS ungdomshem', '46312', 'Barn och unga', 'day'],
  ['Konsulentstött familjehem', '46321', 'Barn och unga', 'day'],
  ['Eget familjehem', '45331', 'Barn och unga', 'month'],
  ['Jourhem', '46341', 'Barn och unga', 'month'],
  ['Stödboende', '46351', 'Barn och unga', 'day'],
  ['HVB', '46331', 'Vuxna', 'day'],
  ['Skyddat boende', '46352', 'Vuxna', 'day'],
];

function register(): Placement[] {
  const r = rng(6);
  const out: Placement[] = [];
  const first = toDayNumber('2023-01-01');
  const last = toDayNumber('2026-12-15');
  for (let i = 0; i < COUNT; i++) {
    const [form, account, targetGroup, kind] = FORMS[Math.floor(r() * FORMS.length)];
    const start = first + Math.floor(r() * (last - first));
    const length = 30 + Math.floor(r() * 900);
    const open = r() < 0.4;
    const startDate = fromDayNumber(start);
    const uplift = r() < 0.6;
    out.push({
      caseKey: `BU-${startDate.slice(0, 4)}-${String(i).padStart(4, '0')}`,
      costCenter: String(52100 + (i % 40) * 10),
      account,
      targetGroup,
      form,
      legalBasis: 'SoL',
      provider: 'Anordnare AB',
      startDate,
      endDate: open ? null : fromDayNumber(start + length),
      pricePerDayOre: kind === 'day' ? (1000 + Math.floor(r() * 7000)) * 100 : null,
      pricePerMonthOre: kind === 'month' ? (11_000 + Math.floor(r() * 7000)) * 100 : null,
      expensesPerMonthOre: kind === 'month' ? (4400 + Math.floor(r() * 2500)) * 100 : null,
      extraPerMonthOre: r() < 0.15 ? (2000 + Math.floor(r() * 20_000)) * 100 : null,
      upliftBasisPoints: uplift ? 250 : 0,
      upliftDate: uplift ? `${+startDate.slice(0, 4) + 1}-01-01` : null,
      nextReview: open ? addDays(startDate, 182 * (1 + Math.floor(r() * 6))) : null,
      decisionDate: null,
      note: '',
    });
  }
  return out;
}

const PLACEMENTS = register();

/** A booked ledger: every unit × account × closed month booked, some months missing (late invoices). */
function ledger(): BookedLedger {
  const r = rng(7);
  const byKey = new Map<string, Map<string, number>>();
  const periods = new Set<string>();
  for (const p of PLACEMENTS) {
    const k = bookedKey(p.costCenter, p.account);
    if (byKey.has(k)) continue;
    const m = new Map<string, number>();
    for (let month = 1; month <= 10; month++) {
      const per = `${YEAR}-${String(month).padStart(2, '0')}`;
      periods.add(per);
      if (r() < 0.95) m.set(per, Math.floor(r() * 1e8));
    }
    byKey.set(k, m);
  }
  return { byKey, periods };
}

const INPUT: ProjectionInput = {
  placements: PLACEMENTS,
  forms: DEFAULT_FORMS,
  prices: DEFAULT_PRICE_LIST,
  booked: ledger(),
  costLineOf: (a) => (a.startsWith('4631') || a === '46351' ? 'Köpt vård institution barn och unga' : a.startsWith('4633') || a === '46352' ? 'Köpt vård vuxna' : 'Familjehemsvård'),
};

const TABLE: TableData = {
  name: REGISTER_TABLE.name,
  sheet: REGISTER_TABLE.sheet,
  headers: REGISTER_TABLE.columns.map((c) => c.header),
  rows: PLACEMENTS.map(placementRow),
};

let sink = 0;

/** The baseline: active days in the year × price per day (monthly prices as 12/365 per day), one plain loop. */
function plainLoop(): void {
  const y0 = toDayNumber(`${YEAR}-01-01`);
  const y1 = toDayNumber(`${YEAR}-12-31`);
  let total = 0;
  for (const p of PLACEMENTS) {
    const a = Math.max(y0, toDayNumber(p.startDate));
    const b = Math.min(y1, p.endDate ? toDayNumber(p.endDate) : y1);
    if (b < a) continue;
    const days = b - a + 1;
    const perDay = p.pricePerDayOre ?? Math.round((((p.pricePerMonthOre ?? 0) + (p.expensesPerMonthOre ?? 0)) * 12) / 365);
    total += days * perDay;
  }
  sink += total;
}

export const cases: BenchCase[] = [
  {
    name: `Placeringar: prognos för ${COUNT.toLocaleString('sv-SE')} placeringar, ett år`,
    runs: 15,
    baseline: { name: 'enkel loop: dygn × pris', run: plainLoop },
    subject: () => {
      const p = projectPlacements(INPUT, { year: YEAR, asOf: AS_OF });
      sink += p.costOre;
      return {
        'kostnad helår (kr)': Math.round(p.costOre / 100),
        vårddygn: p.careDays,
        signaler: p.alerts.length,
        'grupper (ansvar × kostnadsslag)': p.groups.length,
      };
    },
    maxMs: 50,
  },
  {
    name: `Placeringar: läs registret (${COUNT.toLocaleString('sv-SE')} rader, validering) och räkna`,
    runs: 10,
    baseline: { name: 'enkel loop: dygn × pris', run: plainLoop },
    subject: () => {
      const rows = readRegister(TABLE, { forms: DEFAULT_FORMS, legalBases: DEFAULT_LEGAL_BASES, prices: DEFAULT_PRICE_LIST, today: AS_OF });
      const p = projectPlacements({ ...INPUT, placements: rows.map((x) => x.placement) }, { year: YEAR, asOf: AS_OF });
      sink += p.costOre;
      return { rader: rows.length };
    },
  },
];

export function sinkValue(): number {
  return sink;
}
