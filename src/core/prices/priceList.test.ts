import { UserError } from '../errors';
import type { TableData } from '../port';
import {
  DEFAULT_PRICE_LIST,
  PRICE_LIST_TABLE,
  priceListRows,
  priceNameProblem,
  readPriceList,
  placementFormLabel,
} from './priceList';

function table(rows: TableData['rows']): TableData {
  return { name: PRICE_LIST_TABLE.name, sheet: PRICE_LIST_TABLE.sheet, headers: PRICE_LIST_TABLE.columns.map((c) => c.header), rows };
}

describe('default price list', () => {
  it('has the names the cost expressions use, valid and unique', () => {
    const names = DEFAULT_PRICE_LIST.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of ['hvb_barn_dygn', 'sis_dygn', 'konsulentstott_fh_dygn', 'fh_arvode_manad', 'fh_omkostnad_manad', 'jourhem_arvode_manad', 'stodboende_dygn', 'oppenvard_timme']) {
      expect(names).toContain(n);
    }
    for (const e of DEFAULT_PRICE_LIST) {
      expect(priceNameProblem(e.name)).toBeNull();
      expect(Number.isSafeInteger(e.priceOre)).toBe(true);
      expect(e.source.length).toBeGreaterThan(10);
    }
  });

  it('carries the levels of DOMAIN.md with source and year', () => {
    const by = new Map(DEFAULT_PRICE_LIST.map((e) => [e.name, e]));
    expect(by.get('fh_arvode_manad')).toMatchObject({ priceOre: 1_123_700, year: 2023, unit: 'månad' });
    expect(by.get('jourhem_arvode_manad')).toMatchObject({ priceOre: 1_753_100, year: 2024 });
    expect(by.get('stodboende_dygn')).toMatchObject({ priceOre: 100_000, year: 2016, unit: 'dygn' });
    expect(by.get('sis_dygn')?.source).toMatch(/RiR 2024:7/);
  });

  it('marks the internal hourly cost as an assumption the municipality sets', () => {
    const e = DEFAULT_PRICE_LIST.find((x) => x.name === 'oppenvard_timme');
    expect(e?.year).toBeNull();
    expect(e?.source).toMatch(/ANTAGANDE – sätts av kommunen/);
  });
});

describe('the workbook table', () => {
  it('is the defaults when the workbook has none', () => {
    expect(readPriceList(null)).toEqual(DEFAULT_PRICE_LIST);
  });

  it('round-trips through its rows', () => {
    expect(readPriceList(table(priceListRows(DEFAULT_PRICE_LIST)))).toEqual(DEFAULT_PRICE_LIST);
  });

  it('replaces the defaults: edited prices are used, removed rows are gone', () => {
    const rows = priceListRows(DEFAULT_PRICE_LIST).slice(0, 2);
    rows[0][4] = 3500.5;
    const list = readPriceList(table(rows));
    expect(list).toHaveLength(2);
    expect(list[0].priceOre).toBe(350_050);
  });

  it('accepts the form by code or by label and tolerates moved columns', () => {
    const headers = [...PRICE_LIST_TABLE.columns.map((c) => c.header)].reverse();
    const row = ['', 2020, 'egen', 1200, 'Dygn', 'Eget stödboende', 'stodboende', 'eget_stod_dygn'];
    const list = readPriceList({ name: 'IFO_Prislista', sheet: 'Prislista', headers, rows: [row] });
    expect(list[0]).toMatchObject({ name: 'eget_stod_dygn', form: 'stodboende', unit: 'dygn', priceOre: 120_000, year: 2020 });
    expect(placementFormLabel('stodboende')).toBe('Stödboende');
  });

  it('refuses bad rows naming row and column', () => {
    const rows = priceListRows(DEFAULT_PRICE_LIST).slice(0, 4);
    rows[0][0] = 'HVB dygn';
    rows[1][3] = 'kvartal';
    rows[2][4] = 'dyrt';
    rows[3][0] = 'days';
    try {
      readPriceList(table(rows));
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      const msgs = (e as UserError).issues.map((i) => i.message);
      expect(msgs[0]).toMatch(/^rad 2, kolumn Namn, värde "HVB dygn": Namnet måste börja/);
      expect(msgs[1]).toMatch(/^rad 3, kolumn Enhet/);
      expect(msgs[2]).toMatch(/^rad 4, kolumn Pris/);
      expect(msgs[3]).toMatch(/reserverat/);
    }
  });
});
