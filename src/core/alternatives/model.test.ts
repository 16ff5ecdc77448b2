import fixtureJson from '../../../test/fixtures/alternatives/bu-2026-014.json';
import { DEFAULT_PRICE_LIST } from '../prices';
import { UserError } from '../errors';
import { parseCaseJson, validateCase, type CaseFile } from './model';

const base = (): CaseFile => structuredClone(fixtureJson) as unknown as CaseFile;

/** The issues of a refused case as "field: message" pairs. */
function refused(mutate: (c: CaseFile & Record<string, unknown>) => void): { field: string; message: string }[] {
  const c = base() as CaseFile & Record<string, unknown>;
  mutate(c);
  try {
    validateCase(c, DEFAULT_PRICE_LIST);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).issues.map((i) => ({ field: i.column ?? '', message: i.message }));
  }
  throw new Error('expected the case to be refused');
}

describe('validateCase', () => {
  it('accepts the fixture and fills in defaults', () => {
    const rc = validateCase(base(), DEFAULT_PRICE_LIST);
    expect(rc.horizonMonths).toBe(12);
    expect(rc.budgetYear).toBe(2026);
    expect(rc.board).toBe('Resursrådet');
    expect(rc.alternatives.map((a) => a.kind)).toEqual(['extern', 'extern', 'hemmaplan']);
    const c = rc.alternatives[2].components[1];
    expect([c.from, c.to]).toEqual([1, 6]);
    expect(rc.alternatives[2].risk?.then).toBe(0);
    expect(rc.file.alternatives[0].components[0]).toMatchObject({ price: 'hvb_barn_dygn', from: 1, to: 12, uplift: 0.03 });
  });

  it.each<[string, (c: CaseFile & Record<string, unknown>) => void, string, RegExp]>([
    ['unknown unit', (c) => (c.alternatives[1].components[2].unit = 'kvartal'), 'alternatives[1].components[2].unit', /okänd enhet/],
    ['to before from', (c) => Object.assign(c.alternatives[1].components[2], { from: 5, to: 3 }), 'alternatives[1].components[2].to', /slutmånaden \(3\) ligger före startmånaden \(5\)/],
    ['to beyond the horizon', (c) => (c.alternatives[0].components[0].to = 13), 'alternatives[0].components[0].to', /mellan 1 och 12/],
    ['unknown price name', (c) => (c.alternatives[2].components[1].price = 'oppenvard_tim'), 'alternatives[2].components[1].price', /"oppenvard_tim" finns inte i prislistan/],
    ['price with three decimals', (c) => (c.alternatives[0].components[1].price = 12.345), 'alternatives[0].components[1].price', /högst två decimaler/],
    ['blocked expression', (c) => (c.alternatives[2].components[1].quantity = '2 * import(1)'), 'alternatives[2].components[1].quantity', /tecken 5: "import" är spärrat/],
    ['matrix expression', (c) => (c.alternatives[2].components[1].quantity = '[1, 2]'), 'alternatives[2].components[1].quantity', /tecken 1: matriser/],
    ['division by zero in 30-day months', (c) => (c.alternatives[2].components[1].quantity = '1 / (days - 30)'), 'alternatives[2].components[1].quantity', /delar med noll/],
    ['risk pointing at itself', (c) => (c.alternatives[2].risk = { probability: 0.3, afterMonth: 4, then: 'C Hemmaplan' }), 'alternatives[2].risk.then', /kan inte följas av sig självt/],
    ['risk pointing at a missing alternative', (c) => (c.alternatives[2].risk = { probability: 0.3, afterMonth: 4, then: 'D SiS' }), 'alternatives[2].risk.then', /inget alternativ som heter "D SiS"/],
    ['risk probability above 1', (c) => (c.alternatives[2].risk = { probability: 30, afterMonth: 4, then: 'A HVB' }), 'alternatives[2].risk.probability', /mellan 0 och 1/],
    ['uplift given as percent', (c) => (c.alternatives[0].components[0].uplift = 3), 'alternatives[0].components[0].uplift', /0.03 = 3 %/],
    ['no home-based alternative', (c) => (c.alternatives[2].kind = 'extern'), 'alternatives', /minst ett externt alternativ och minst ett hemmaplansalternativ/],
    ['only externals left', (c) => (c.alternatives = c.alternatives.slice(0, 2)), 'alternatives', /hemmaplansalternativ/],
    ['more than five', (c) => (c.alternatives = [...c.alternatives, ...c.alternatives.map((a, i) => ({ ...a, name: `X${i}`, risk: null }))]), 'alternatives', /högst 5 alternativ/],
    ['duplicate names', (c) => (c.alternatives[1].name = 'a hvb'), 'alternatives[1].name', /används redan av alternatives\[0\]/],
    ['bad kind', (c) => (c.alternatives[0].kind = 'intern'), 'alternatives[0].kind', /"extern" eller "hemmaplan"/],
    ['unknown field', (c) => ((c.alternatives[0].components[0] as unknown as Record<string, unknown>).qty = 2), 'alternatives[0].components[0].qty', /okänt fält/],
    ['horizon above 36', (c) => (c.horizonMonths = 48), 'horizonMonths', /mellan 1 och 36/],
    ['first month before the budget year', (c) => (c.firstMonth = '2025-12'), 'firstMonth', /före budgetåret 2026/],
    ['bad date', (c) => (c.date = '2026-02-30'), 'date', /ÅÅÅÅ-MM-DD/],
    ['personnummer as case key', (c) => (c.caseKey = '19121212-1212'), 'caseKey', /personnummer/],
    ['name as case key', (c) => (c.caseKey = 'Anna-Svensson-1'), 'caseKey', /personnamn/],
    ['no components', (c) => (c.alternatives[0].components = []), 'alternatives[0].components', /minst en kostnadskomponent/],
  ])('refuses %s naming the field', (_what, mutate, field, message) => {
    const issues = refused(mutate);
    const hit = issues.find((i) => i.field === field);
    expect(hit).toBeDefined();
    expect(hit?.message).toMatch(message);
    expect(hit?.message.startsWith(`fält ${field}: `)).toBe(true);
  });

  it('never echoes a refused case key', () => {
    const issues = refused((c) => (c.caseKey = '19121212-1212'));
    expect(JSON.stringify(issues)).not.toContain('1212-1212');
  });

  it('collects every problem at once', () => {
    const issues = refused((c) => {
      c.alternatives[1].components[2].unit = 'kvartal';
      c.alternatives[2].components[1].price = 'okand';
    });
    expect(issues.map((i) => i.field)).toEqual(['alternatives[1].components[2].unit', 'alternatives[2].components[1].price']);
  });

  it('masks personnummer in the reason, notes and labels', () => {
    const c = base();
    c.reason = 'Gäller 121212-1212, se akten.';
    c.alternatives[0].notes = 'Syskon 191212121212 placerat där.';
    c.alternatives[0].components[1].label = 'Resor 121212-1212';
    const rc = validateCase(c, DEFAULT_PRICE_LIST);
    expect(rc.reason).toBe('Gäller ÅÅMMDD-****, se akten.');
    expect(rc.alternatives[0].notes).toBe('Syskon ÅÅÅÅMMDD-**** placerat där.');
    expect(rc.maskedCount).toBe(3);
    expect(JSON.stringify(rc.file)).not.toMatch(/1212-?1212/);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => parseCaseJson('{ "caseKey": ', DEFAULT_PRICE_LIST, { file: 'x.json' })).toThrow(/Ärendefilen x.json avvisades: 1 fel/);
  });

  it('validates against the given price list (the workbook overrides the defaults)', () => {
    const prices = DEFAULT_PRICE_LIST.filter((p) => p.name !== 'oppenvard_timme');
    expect(() => validateCase(base(), prices)).toThrow(UserError);
  });

  it('round-trips: the stored file validates to the same case', () => {
    const rc = validateCase(base(), DEFAULT_PRICE_LIST);
    const again = validateCase(JSON.parse(JSON.stringify(rc.file)), DEFAULT_PRICE_LIST);
    expect(again.file).toEqual(rc.file);
  });
});
