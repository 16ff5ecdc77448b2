import { UserError } from '../errors';
import { DEFAULT_PRICE_LIST } from '../prices';
import type { TableData } from '../port';
import { DEFAULT_FORMS, DEFAULT_LEGAL_BASES, FORMS_TABLE, LEGAL_BASES_TABLE, findLegalBasis, formReference, readForms, readLegalBases, targetGroupOf } from './lists';
import {
  PLACEMENT_HEADERS,
  REGISTER_TABLE,
  cellUplift,
  defaultNextReview,
  parsePlacement,
  placementCostTerms,
  placementRow,
  readRegister,
  readRegisterRows,
  type RawPlacement,
  type RegisterContext,
} from './register';

const ctx: RegisterContext = { forms: DEFAULT_FORMS, legalBases: DEFAULT_LEGAL_BASES, prices: DEFAULT_PRICE_LIST, today: '2026-10-31' };
const SRC = { file: 'placeringsregister.csv', row: 7 };

/** A valid row as the example municipality writes it (text cells). */
function row(over: RawPlacement = {}): RawPlacement {
  return {
    caseKey: 'BU-2025-014',
    costCenter: '52110',
    account: '46311',
    targetGroup: 'Barn och unga',
    form: 'HVB',
    legalBasis: 'LVU 3 §',
    provider: 'Solgläntans HVB AB',
    startDate: '2025-03-14',
    endDate: '',
    pricePerDay: '3 450,00',
    pricePerMonth: '',
    expensesPerMonth: '',
    extraPerMonth: '',
    uplift: '2,5 %',
    upliftDate: '2026-01-01',
    nextReview: '2026-03-14',
    ...over,
  };
}

function refused(over: RawPlacement) {
  const r = parsePlacement(row(over), ctx, SRC);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('register rows', () => {
  it('reads a row of the example register', () => {
    const r = parsePlacement(row(), ctx, SRC);
    expect(r).toEqual({
      ok: true,
      maskedPersonalNumbers: 0,
      placement: {
        caseKey: 'BU-2025-014',
        costCenter: '52110',
        account: '46311',
        targetGroup: 'Barn och unga',
        form: 'HVB',
        legalBasis: 'LVU 3 §',
        provider: 'Solgläntans HVB AB',
        startDate: '2025-03-14',
        endDate: null,
        pricePerDayOre: 345_000,
        pricePerMonthOre: null,
        expensesPerMonthOre: null,
        extraPerMonthOre: null,
        upliftBasisPoints: 250,
        upliftDate: '2026-01-01',
        nextReview: '2026-03-14',
        decisionDate: null,
        note: '',
      },
    });
  });

  it('reads Excel cells too: serial dates, numbers in kronor, a numeric uplift, "code name" accounts', () => {
    const r = parsePlacement(
      row({ startDate: 45730, account: '46311 Köp HVB barn och unga', costCenter: 52110, pricePerDay: 3450, uplift: 0.025, legalBasis: 'lvu 3§', targetGroup: 'barn' }),
      ctx,
      SRC,
    );
    expect(r.ok && r.placement).toMatchObject({ startDate: '2025-03-14', account: '46311', costCenter: '52110', pricePerDayOre: 345_000, upliftBasisPoints: 250, legalBasis: 'LVU 3 §' });
    expect(cellUplift(3)).toBe(300);
    expect(cellUplift('2,75 %')).toBe(275);
  });

  it('round-trips through a table row', () => {
    const r = parsePlacement(row({ endDate: '2026-12-31', extraPerMonth: '8 000,00', note: 'Förstärkt tillsyn' }), ctx, SRC);
    if (!r.ok) throw new Error('refused');
    const data: TableData = { name: REGISTER_TABLE.name, sheet: REGISTER_TABLE.sheet, headers: REGISTER_TABLE.columns.map((c) => c.header), rows: [placementRow(r.placement)] };
    expect(readRegister(data, ctx)).toEqual([{ index: 0, placement: r.placement }]);
  });

  it('proposes the next review: start + 6 months, rolling to the first on or after today', () => {
    const r = parsePlacement(row({ startDate: '2026-01-15', nextReview: '' }), ctx, SRC);
    expect(r.ok && r.placement.nextReview).toBe('2027-01-15');
    expect(defaultNextReview('2026-08-31', 6, '2026-09-01')).toBe('2027-02-28');
    // An ended placement gets none.
    const ended = parsePlacement(row({ startDate: '2025-01-15', endDate: '2025-12-31', nextReview: '' }), ctx, SRC);
    expect(ended.ok && ended.placement.nextReview).toBeNull();
  });

  it('keeps an empty review empty when the register table is read (an ended placement\'s review is cleared)', () => {
    const r = parsePlacement(row({ endDate: '2026-12-15', nextReview: '' }), { ...ctx, defaultReview: false }, SRC);
    expect(r.ok && r.placement.nextReview).toBeNull();
    if (!r.ok) throw new Error('refused');
    const data: TableData = { name: REGISTER_TABLE.name, sheet: REGISTER_TABLE.sheet, headers: REGISTER_TABLE.columns.map((c) => c.header), rows: [placementRow(r.placement)] };
    expect(readRegister(data, ctx)[0].placement.nextReview).toBeNull();
  });

  it('takes 1 January after the start as the uplift date when none is given', () => {
    const r = parsePlacement(row({ startDate: '2025-06-01', upliftDate: '' }), ctx, SRC);
    expect(r.ok && r.placement.upliftDate).toBe('2026-01-01');
  });

  it('masks a personnummer in the provider and counts it', () => {
    const r = parsePlacement(row({ provider: 'Familjehem 850101-1236' }), ctx, SRC);
    expect(r.ok && r.placement.provider).toBe('Familjehem ÅÅMMDD-****');
    expect(r.ok && r.maskedPersonalNumbers).toBe(1);
  });
});

describe('register validation refuses case keys that are not pseudonyms', () => {
  it.each([
    ['personnummer, 10 digits with a dash', '121212-1212', 'ser ut som ett personnummer'],
    ['personnummer, 12 digits with a dash', '19121212-1212', 'ser ut som ett personnummer'],
    ['personnummer, 10 digits bare', '1212121212', 'ser ut som ett personnummer'],
    ['personnummer, 12 digits bare', '191212121212', 'ser ut som ett personnummer'],
    ['personnummer with + (over 100)', '121212+1212', 'ser ut som ett personnummer'],
    ['personnummer with a space', '121212 1212', 'ser ut som ett personnummer'],
    ['personnummer with a typo in the check digit', '121212-1213', 'ser ut som ett personnummer'],
    ['personnummer inside a key', 'BU-121212-1212', 'ser ut som ett personnummer'],
    ['samordningsnummer (day + 60)', '701063-2391', 'ser ut som ett samordningsnummer'],
    ['samordningsnummer, 12 digits', '19701063-2391', 'ser ut som ett samordningsnummer'],
    ['a first and last name', 'Anna Svensson', 'ser ut som ett namn'],
    ['last name, first name', 'Svensson, Anna', 'ser ut som ett namn'],
    ['a name joined by dashes', 'Anna-Svensson-1', 'ser ut som ett namn'],
    ['a name joined by underscore', 'Anna_Svensson', 'ser ut som ett namn'],
    ['a name written together', 'AnnaSvensson7', 'ser ut som ett namn'],
    ['a name in lower case without a number', 'anna.svensson', 'måste innehålla ett löpnummer'],
    ['a single first name', 'Kalle', 'måste innehålla ett löpnummer'],
    ['an empty key', '', 'Ärendenyckel saknas'],
  ])('refuses %s: %s', (_what, key, text) => {
    const issues = refused({ caseKey: key });
    expect(issues).toHaveLength(1);
    expect(issues[0].column).toBe('Ärende');
    expect(issues[0].message).toContain(text);
    // The message never repeats the digits of a personal number.
    expect(issues[0].message).not.toMatch(/\d{6}[-+ ]?\d{4}/);
  });

  it('names file, row, column and value in Swedish', () => {
    const [i] = refused({ caseKey: 'BU/2026/14' });
    expect(i.message).toBe(
      'fil placeringsregister.csv, rad 7, kolumn Ärende, värde "BU/2026/14": Ärendenyckeln får bara innehålla bokstäver, siffror, - _ och . (inga mellanslag).',
    );
  });

  it('accepts pseudonyms', () => {
    for (const k of ['BU-2026-014', 'VU-2025-003', 'AR.2026.3', 'Ä-12']) expect(parsePlacement(row({ caseKey: k }), ctx, SRC).ok).toBe(true);
  });
});

describe('register validation of the other columns', () => {
  it.each<[string, RawPlacement, string, string]>([
    ['an impossible date', { startDate: '2026-02-30' }, 'Startdatum', 'Datumet ska skrivas ÅÅÅÅ-MM-DD'],
    ['a date in another format', { endDate: '31/12/2026' }, 'Slutdatum', 'Datumet ska skrivas ÅÅÅÅ-MM-DD'],
    ['a missing start', { startDate: '' }, 'Startdatum', 'Värde saknas'],
    ['an end before the start', { endDate: '2025-01-01' }, 'Slutdatum', 'före startdatum (2025-03-14)'],
    ['an amount that is not a number', { pricePerDay: 'tre tusen' }, 'Pris per dygn', 'inte ett tal i kronor'],
    ['a negative price', { pricePerDay: '-3 450,00' }, 'Pris per dygn', 'inte vara negativt'],
    ['both a day and a month price', { pricePerMonth: '12 000,00' }, 'Pris per månad', 'antingen pris per dygn eller pris per månad'],
    ['no price for a form without reference price', { form: 'Skyddat boende', pricePerDay: '' }, 'Pris per dygn', 'Skyddat boende har inget referenspris'],
    ['an uplift above 100 %', { uplift: '120 %' }, 'Uppräkning', 'procentsats mellan 0 och 100'],
    ['an unknown form', { form: 'Internat' }, 'Placeringsform', 'Okänd placeringsform'],
    ['an unknown legal basis', { legalBasis: 'LVU 99 §' }, 'Lagrum', 'Okänt lagrum'],
    ['an unknown target group', { targetGroup: 'Äldre' }, 'Målgrupp', 'Okänd målgrupp'],
    ['an account that is not a number', { account: 'HVB' }, 'Konto', 'kontonummer'],
  ])('refuses %s', (_what, over, column, text) => {
    const issues = refused(over);
    expect(issues.map((i) => i.column)).toEqual([column]);
    expect(issues[0].message).toContain(text);
  });

  it('reports every problem of a row, not only the first', () => {
    expect(refused({ caseKey: '121212-1212', startDate: 'igår', pricePerDay: 'x' }).map((i) => i.column)).toEqual(['Ärende', 'Startdatum', 'Pris per dygn']);
  });

  it('uses the price list when a placement has no price (every price can be overridden per placement)', () => {
    const r = parsePlacement(row({ pricePerDay: '' }), ctx, SRC);
    if (!r.ok) throw new Error('refused');
    expect(r.placement.pricePerDayOre).toBeNull();
    expect(placementCostTerms(r.placement, DEFAULT_FORMS, DEFAULT_PRICE_LIST).pricePerDayOre).toBe(328_300);
    const fh = parsePlacement(row({ form: 'Eget familjehem', pricePerDay: '' }), ctx, SRC);
    if (!fh.ok) throw new Error('refused');
    expect(placementCostTerms(fh.placement, DEFAULT_FORMS, DEFAULT_PRICE_LIST)).toMatchObject({ pricePerMonthOre: 1_123_700, expensesPerMonthOre: 440_000 });
  });

  it('reads the register table and names the sheet in every message, duplicates included', () => {
    const good = parsePlacement(row(), ctx, SRC);
    if (!good.ok) throw new Error('refused');
    const rows = [placementRow(good.placement), placementRow(good.placement), placementRow({ ...good.placement, caseKey: '19121212-1212', startDate: '2026-01-01' })];
    const data: TableData = { name: REGISTER_TABLE.name, sheet: REGISTER_TABLE.sheet, headers: REGISTER_TABLE.columns.map((c) => c.header), rows };
    const r = readRegisterRows(data, ctx);
    expect(r.rows.map((x) => x.index)).toEqual([0, 1]);
    expect(r.issues.map((i) => i.message)).toEqual([
      'blad Placeringsregister, rad 4, kolumn Ärende, värde "ÅÅÅÅMMDD-****": Ärendenyckeln ser ut som ett personnummer. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
      'blad Placeringsregister, rad 3, kolumn Ärende, värde "BU-2025-014": Ärendet har redan en placering med startdatum 2025-03-14 (rad 2).',
    ]);
    expect(() => readRegister(data, ctx)).toThrow(UserError);
  });

  it('has a Swedish header for every column', () => {
    expect(REGISTER_TABLE.columns.map((c) => c.header)).toEqual(Object.values(PLACEMENT_HEADERS));
  });
});

describe('configurable lists', () => {
  it('finds forms, legal bases and target groups tolerantly', () => {
    expect(findLegalBasis(DEFAULT_LEGAL_BASES, 'lvu 2§')?.name).toBe('LVU 2 §');
    expect(targetGroupOf('BoU')).toBe('Barn och unga');
    expect(targetGroupOf('vuxen')).toBe('Vuxna');
  });

  it('reads edited tables and refuses unknown price names and bad review intervals', () => {
    const forms: TableData = {
      name: FORMS_TABLE.name,
      sheet: FORMS_TABLE.sheet,
      headers: FORMS_TABLE.columns.map((c) => c.header),
      rows: [
        ['HVB', 'hvb_barn_dygn', null, null, null],
        ['Internat', 'internat_dygn', null, null, null],
      ],
    };
    expect(() => readForms(forms, DEFAULT_PRICE_LIST)).toThrow(/Placeringsformer kan inte användas: 1 fel/);
    forms.rows.pop();
    expect(readForms(forms, DEFAULT_PRICE_LIST).map((f) => f.name)).toEqual(['HVB']);
    const legal: TableData = {
      name: LEGAL_BASES_TABLE.name,
      sheet: LEGAL_BASES_TABLE.sheet,
      headers: LEGAL_BASES_TABLE.columns.map((c) => c.header),
      rows: [
        ['SoL 4 kap. 1 §', 'Ny socialtjänstlag', 6],
        ['LVU 2 §', '', 'ett halvår'],
      ],
    };
    try {
      readLegalBases(legal);
      throw new Error('not refused');
    } catch (e) {
      expect((e as UserError).issues[0].message).toBe('blad Lagrum, rad 3, kolumn Omprövning (månader), värde "ett halvår": Omprövning ska vara ett helt antal månader (1–60) eller tomt.');
    }
    legal.rows.pop();
    const list = readLegalBases(legal);
    // A legal basis added by the municipality (new paragraph numbers) is accepted in the register.
    const r = parsePlacement(row({ legalBasis: 'SoL 4 kap. 1 §' }), { ...ctx, legalBases: list }, SRC);
    expect(r.ok && r.placement.legalBasis).toBe('SoL 4 kap. 1 §');
  });

  it('gives reference levels per care day (monthly prices × 12 / 365)', () => {
    const fh = DEFAULT_FORMS.find((f) => f.name === 'Eget familjehem')!;
    // (11 237 + 4 400) × 12 / 365 = 514,09…
    expect(formReference(fh, DEFAULT_PRICE_LIST).perCareDayOre).toBe(51_409);
    expect(formReference(DEFAULT_FORMS[0], DEFAULT_PRICE_LIST).perCareDayOre).toBe(328_300);
    expect(formReference(DEFAULT_FORMS.find((f) => f.name === 'Skyddat boende')!, DEFAULT_PRICE_LIST).perCareDayOre).toBeNull();
  });
});
