import fc from 'fast-check';
import { isFormulaLike, neutraliseCsvText, restoreCsvText } from './csvSafety';

describe('CSV text safety', () => {
  it('neutralises texts a spreadsheet would take for a formula', () => {
    for (const s of ['=SUM(A1)', '+46 70', '-5 %', '@cmd', '\tx', '\rx']) {
      expect(isFormulaLike(s)).toBe(true);
      expect(neutraliseCsvText(s)).toBe("'" + s);
    }
    expect(neutraliseCsvText('Vanlig text')).toBe('Vanlig text');
    expect(neutraliseCsvText("'citat")).toBe("''citat");
  });

  it('round-trips every text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', 'a', ' ', '\t', 'ö') }), (s) => restoreCsvText(neutraliseCsvText(s)) === s),
      { numRuns: 2000 },
    );
    expect(restoreCsvText("'Bra")).toBe("'Bra");
  });
});
