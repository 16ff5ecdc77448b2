import { DEFAULT_PRICE_LIST } from '../prices';
import { validateCase, type CaseFile } from '../alternatives';
import { alternativeToPlacement } from '../alternatives/toPlacement';
import { DEFAULT_FORMS, DEFAULT_LEGAL_BASES } from './lists';
import { parsePlacement, type RegisterContext, type RegisterRow } from './register';
import { draftFromAlternative, draftFromPlacement, emptyDraft, evaluatePlacementDraft, placementListItems, registerCostCenters } from './draft';

const ctx: RegisterContext = { forms: DEFAULT_FORMS, legalBases: DEFAULT_LEGAL_BASES, prices: DEFAULT_PRICE_LIST, today: '2026-03-20' };

describe('the pane\'s placement form', () => {
  it('validates a draft field by field with the register\'s Swedish messages', () => {
    const d = { ...emptyDraft('2026-03-20'), caseKey: '121212-1212', costCenter: '52110', account: 'HVB', pricePerDay: '3 450', endDate: '2026-01-01' };
    const e = evaluatePlacementDraft(d, ctx);
    expect(e.placement).toBeNull();
    expect(e.byField).toEqual({
      caseKey: 'Ärendenyckeln ser ut som ett personnummer. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
      account: 'Kontot ska vara ett kontonummer (2–10 siffror).',
      endDate: 'Slutdatum ligger före startdatum (2026-03-20).',
    });
    const ok = evaluatePlacementDraft({ ...d, caseKey: 'BU-2026-031', account: '46311', endDate: '' }, ctx);
    expect(ok.placement).toMatchObject({ caseKey: 'BU-2026-031', pricePerDayOre: 345_000, startDate: '2026-03-20', nextReview: '2026-09-20' });
  });

  it('round-trips a placement through a draft', () => {
    const ok = evaluatePlacementDraft({ ...emptyDraft('2026-03-20'), caseKey: 'BU-2026-031', costCenter: '52120', account: '45331', form: 'Eget familjehem', pricePerMonth: '12 345,67', expensesPerMonth: '5 000', uplift: '2,75 %' }, ctx);
    expect(ok.placement).not.toBeNull();
    expect(evaluatePlacementDraft(draftFromPlacement(ok.placement!), ctx).placement).toEqual(ok.placement);
  });

  it('lists placements with their status and price, filtered by unit and activity', () => {
    const rows: RegisterRow[] = [
      ['BU-2026-001', '52110', '46311', 'HVB', '2026-01-10', '', '3 450,00', ''],
      ['BU-2025-002', '52120', '45331', 'Eget familjehem', '2025-01-01', '2025-12-31', '', '12 000'],
      ['BU-2026-003', '52110', '46311', 'HVB', '2026-05-01', '', '', ''],
    ].map(([caseKey, costCenter, account, form, startDate, endDate, pricePerDay, pricePerMonth], index) => {
      const r = parsePlacement({ caseKey, costCenter, account, form, startDate, endDate, pricePerDay, pricePerMonth, targetGroup: 'Barn och unga' }, ctx, { row: index + 2 });
      if (!r.ok) throw new Error(r.issues[0].message);
      return { index, placement: r.placement };
    });
    const items = placementListItems(rows, { asOf: '2026-03-31', forms: DEFAULT_FORMS, prices: DEFAULT_PRICE_LIST });
    expect(items.map((i) => [i.caseKey, i.status, i.period, i.price])).toEqual([
      ['BU-2026-001', 'active', '2026-01-10 – pågår', '3\u00a0450,00 kr/dygn'],
      ['BU-2026-003', 'planned', '2026-05-01 – pågår', '3\u00a0283,00 kr/dygn (prislista)'],
      ['BU-2025-002', 'ended', '2025-01-01 – 2025-12-31', '12\u00a0000,00 kr/mån'],
    ]);
    expect(placementListItems(rows, { asOf: '2026-03-31', activeOnly: true, costCenter: '52110', forms: DEFAULT_FORMS, prices: DEFAULT_PRICE_LIST }).map((i) => i.caseKey)).toEqual(['BU-2026-001', 'BU-2026-003']);
    expect(registerCostCenters(rows)).toEqual(['52110', '52120']);
  });
});

describe('Välj alternativ: a resource-board alternative becomes a placement', () => {
  const CASE: CaseFile = {
    caseKey: 'BU-2026-014',
    date: '2026-03-10',
    targetGroup: 'Barn och unga',
    reason: 'Öppenvårdsinsatser har inte räckt.',
    firstMonth: '2026-04',
    horizonMonths: 12,
    alternatives: [
      { name: 'A HVB', kind: 'extern', components: [{ label: 'HVB-plats', unit: 'dygn', price: 'hvb_barn_dygn', uplift: 0.03 }] },
      { name: 'B Familjehem', kind: 'extern', components: [{ label: 'Konsulentstött familjehem', unit: 'dygn', price: 'konsulentstott_fh_dygn', to: 6 }] },
      {
        name: 'C Hemmaplan',
        kind: 'hemmaplan',
        components: [
          { label: 'Familjebehandling', unit: 'timme', price: 'oppenvard_timme', quantity: '2 * 6 * 52 / 12' },
          { label: 'Uppstart', unit: 'engång', price: 25000 },
        ],
      },
    ],
  };
  const rc = validateCase(CASE, DEFAULT_PRICE_LIST);

  it('takes the price per day and the uplift from 1 January of an external alternative, open-ended over the horizon', () => {
    expect(alternativeToPlacement(rc, 0)).toEqual({
      caseKey: 'BU-2026-014',
      targetGroup: 'Barn och unga',
      alternative: 'A HVB',
      kind: 'extern',
      startDate: '2026-04-01',
      endDate: null,
      pricePerDayOre: 328_300,
      pricePerMonthOre: null,
      extraPerMonthOre: null,
      upliftBasisPoints: 300,
      upliftDate: '2027-01-01',
      priceNames: ['hvb_barn_dygn'],
      notes: [],
    });
  });

  it('plans the end when every component ends inside the horizon', () => {
    expect(alternativeToPlacement(rc, 1)).toMatchObject({ endDate: '2026-09-30', pricePerDayOre: 190_000 });
  });

  it('turns hours per month of a home-based alternative into a monthly cost and names the one-off cost', () => {
    const a = alternativeToPlacement(rc, 2);
    // 650 kr/timme × 2 × 6 × 52 / 12 = 52 hours = 33 800 kr per month.
    expect(a).toMatchObject({ extraPerMonthOre: 3_380_000, pricePerDayOre: null, endDate: null });
    expect(a.notes).toEqual(['Engångskostnaden Uppstart (25\u00a0000\u00a0kr) ingår inte i registrets priser.']);
  });

  it('gives a draft the user completes with unit and account, with the decision date and a note', () => {
    const d = draftFromAlternative(alternativeToPlacement(rc, 0), '2026-03-20', DEFAULT_FORMS);
    expect(d).toMatchObject({ caseKey: 'BU-2026-014', form: 'HVB', startDate: '2026-04-01', pricePerDay: '3 283,00', uplift: '3 %', upliftDate: '2027-01-01', decisionDate: '2026-03-20' });
    expect(d.note).toBe('Resursråd BU-2026-014: valt alternativ "A HVB", beslut 2026-03-20.');
    const e = evaluatePlacementDraft(d, ctx);
    expect(e.byField).toEqual({ costCenter: 'Värde saknas.', account: 'Värde saknas.' });
    const done = evaluatePlacementDraft({ ...d, costCenter: '52110', account: '46311' }, ctx);
    expect(done.placement).toMatchObject({ decisionDate: '2026-03-20', pricePerDayOre: 328_300, upliftBasisPoints: 300, form: 'HVB' });
    const home = draftFromAlternative(alternativeToPlacement(rc, 2), '2026-03-20', DEFAULT_FORMS);
    expect(home.form).toBe('Öppenvård');
    expect(evaluatePlacementDraft({ ...home, costCenter: '52130', account: '46390' }, ctx).placement).toMatchObject({ extraPerMonthOre: 3_380_000, form: 'Öppenvård' });
  });
});
