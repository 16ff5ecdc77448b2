import { isFormula, type CellInput, type SheetSpec } from '../port';
import { parseRange } from '../a1';
import { DEFAULT_PRICE_LIST } from '../prices';
import { DEFAULT_FORMS } from './lists';
import type { Placement } from './register';
import { projectPlacements, bookedKey, type BookedLedger } from './projection';
import { buildPlacementsSheet, PLACEMENTS_SHEET } from './sheet';

const kr = (n: number) => Math.round(n * 100);

function placement(over: Partial<Placement>): Placement {
  return {
    caseKey: 'BU-2024-001', costCenter: '52110', account: '46311', targetGroup: 'Barn och unga', form: 'HVB', legalBasis: 'SoL',
    provider: 'Solgläntans HVB AB', startDate: '2024-01-01', endDate: null, pricePerDayOre: kr(1000), pricePerMonthOre: null,
    expensesPerMonthOre: null, extraPerMonthOre: null, upliftBasisPoints: 0, upliftDate: null, nextReview: '2024-07-10', decisionDate: null, note: '',
    ...over,
  };
}

/** The sheet's cells as a map 'A1' → value (blocks laid out). */
function cells(spec: SheetSpec): Map<string, CellInput> {
  const out = new Map<string, CellInput>();
  for (const b of spec.blocks) {
    const { top, left } = parseRange(b.at);
    b.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && v !== undefined) out.set(`${i + top}:${j + left}`, v);
      }),
    );
  }
  return out;
}

function findRow(map: Map<string, CellInput>, label: string): number {
  for (const [k, v] of map) if (v === label && k.endsWith(':0')) return +k.split(':')[0];
  throw new Error(`no row ${label}`);
}

describe('the sheet Placeringar', () => {
  const C = placement({ nextReview: '2024-04-20' });
  const D = placement({ caseKey: 'BU-2024-004', costCenter: '52120', account: '45331', form: 'Eget familjehem', pricePerDayOre: null, pricePerMonthOre: kr(12_000), startDate: '2024-03-01', endDate: '2024-08-31', nextReview: '2024-06-01' });
  const booked: BookedLedger = {
    byKey: new Map([[bookedKey('52110', '46311'), new Map([['2024-01', kr(31_000)], ['2024-02', kr(29_000)]])]]),
    periods: new Set(['2024-01', '2024-02', '2024-03']),
  };
  const p = projectPlacements(
    { placements: [C, D], forms: DEFAULT_FORMS, prices: DEFAULT_PRICE_LIST, booked, costLineOf: () => 'Köpt vård' },
    { year: 2024, asOf: '2024-03-31' },
  );
  const spec = buildPlacementsSheet(p);
  const map = cells(spec);

  it('is named Placeringar, printed A4 landscape one page wide, with two charts over its own rows', () => {
    expect(spec.name).toBe(PLACEMENTS_SHEET);
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToPagesWide: 1 });
    expect(spec.charts?.map((c) => [c.type, c.categories, c.series[0].values])).toEqual([
      ['columnClustered', 'B6:M6', 'B7:M7'],
      ['line', 'B6:M6', 'B8:M8'],
    ]);
  });

  it('shows core\'s monthly figures, with formulas carrying them as results', () => {
    const costRow = findRow(map, 'Kostnad (kr)');
    expect([1, 2, 3].map((c) => map.get(`${costRow}:${c}`))).toEqual([31_000, 29_000, 31_000 + 12_000]);
    const year = map.get(`${costRow}:13`);
    expect(isFormula(year!) && year).toEqual({ formula: `=SUM(B${costRow + 1}:M${costRow + 1})`, result: p.costOre / 100 });
    const unbilledRow = findRow(map, 'Ej fakturerat (kr)');
    // March: nothing booked; 31 000 (C) + 12 000 (D, own family home: no booking at all on 52120/45331).
    expect(map.get(`${unbilledRow}:3`)).toEqual({ formula: `=D${costRow + 1}-D${unbilledRow}`, result: 43_000 });
  });

  it('lists accrual per unit and account and the alerts, with pseudonyms only', () => {
    const acc = findRow(map, '52120');
    expect(map.get(`${acc}:0`)).toBe('52120');
    const texts = [...map.values()].filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Omprövning inom 30 dagar');
    expect(texts).toContain('Inga bokningar på ansvar och konto');
    expect(texts.filter((x) => /^BU-\d{4}-\d{3}$/.test(x)).sort()).toEqual(['BU-2024-001', 'BU-2024-001', 'BU-2024-004']);
    expect(texts.some((x) => /\d{6}[-+]?\d{4}/.test(x))).toBe(false);
  });

  it('compares the average cost per care day with the reference level of the price list', () => {
    // The second "HVB" row is the per-form table: care days, cost, average (formula), reference 3 283 kr.
    const rows = [...map.entries()].filter(([k, v]) => v === 'HVB' && k.endsWith(':0')).map(([k]) => +k.split(':')[0]);
    const pf = rows[1];
    expect(map.get(`${pf}:1`)).toBe(366);
    expect(map.get(`${pf}:4`)).toBe(3283);
    expect(map.get(`${pf}:6`)).toBe('hvb_barn_dygn');
    expect(map.get(`${pf}:3`)).toEqual({ formula: `=IF(B${pf + 1}>0,C${pf + 1}/B${pf + 1},"")`, result: 1000 });
  });
});
