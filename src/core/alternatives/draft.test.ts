import fixtureJson from '../../../test/fixtures/alternatives/bu-2026-014.json';
import { DEFAULT_PRICE_LIST } from '../prices';
import { caseFileToDraft, draftToCaseFile, evaluateDraft, newDraft, nextAlternative } from './draft';
import { validateCase, type CaseFile } from './model';

const fixture = (): CaseFile => structuredClone(fixtureJson) as unknown as CaseFile;

describe('the pane draft', () => {
  it('starts with three alternatives, two external and one home-based, next month, 12 months', () => {
    const d = newDraft('2026-03-10');
    expect(d.firstMonth).toBe('2026-04');
    expect(d.alternatives.map((a) => a.kind)).toEqual(['extern', 'extern', 'hemmaplan']);
    const ev = evaluateDraft(d, DEFAULT_PRICE_LIST);
    // Not writable yet (no case key, no reason) …
    expect(ev.valid).toBeNull();
    expect(Object.keys(ev.byField).sort()).toEqual(['caseKey', 'reason']);
    // … but the live totals are there: C = 650 kr × 26 h × 12 months = 202 800 kr.
    expect(ev.result?.alternatives[2].totalOre).toBe(20_280_000);
  });

  it('reads Swedish numbers and percentages from the form', () => {
    const d = newDraft('2026-03-10');
    d.caseKey = 'BU-2026-020';
    d.reason = 'Skäl.';
    d.alternatives[2].components[0] = { label: 'Skolstöd', unit: 'månad', price: '2 500,50', quantity: '1,5', from: '2', to: '', upliftPercent: '3,5' };
    d.alternatives[2].risk = { enabled: true, probabilityPercent: '30', afterMonth: '4', then: 'A HVB' };
    const file = draftToCaseFile(d);
    expect(file.alternatives[2].components[0]).toEqual({ label: 'Skolstöd', unit: 'månad', price: 2500.5, quantity: 1.5, from: 2, uplift: 0.035 });
    expect(file.alternatives[2].risk).toEqual({ probability: 0.3, afterMonth: 4, then: 'A HVB' });
    const ev = evaluateDraft(d, DEFAULT_PRICE_LIST);
    expect(ev.issues).toEqual([]);
    expect(ev.valid).not.toBeNull();
    // 2 500,50 × 1,5 = 3 750,75 kr in months 2–9 (2026); months 10–12 are 2027: × 1.035 = 3 882,02625 → 3 882,03 kr.
    expect(ev.result?.alternatives[2].monthlyOre.slice(0, 2)).toEqual([0, 375_075]);
    expect(ev.result?.alternatives[2].monthlyOre[9]).toBe(388_203);
  });

  it('names the field of a bad quantity with its position, and keeps the other totals', () => {
    const d = newDraft('2026-03-10');
    d.alternatives[2].components[0].quantity = '6 * parse("1")';
    const ev = evaluateDraft(d, DEFAULT_PRICE_LIST);
    expect(ev.byField['alternatives[2].components[0].quantity']).toMatch(/tecken 5: "parse" är spärrat/);
    expect(ev.result).toBeNull();
  });

  it('round-trips a stored case through the form', () => {
    const file = validateCase(fixture(), DEFAULT_PRICE_LIST).file;
    const again = validateCase(draftToCaseFile(caseFileToDraft(file)), DEFAULT_PRICE_LIST).file;
    expect(again).toEqual(file);
  });

  it('adds alternatives with the next letter', () => {
    const d = newDraft('2026-03-10');
    expect(nextAlternative(d).name).toBe('D Alternativ');
  });
});
