import { caseKeyProblem, containsPersonalNumber, luhnValid, maskPersonalNumbers } from './privacy';

/** Completes nine digits with their Luhn check digit (test numbers only, no real persons). */
function withCheck(nine: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(nine + c)) return nine + c;
  throw new Error('unreachable');
}

const PNR10 = '121212-1212'; // Skatteverket's well-known test number
const PNR12 = '19121212-1212';
const SAMORD = withCheck('701063239'); // day 63 = samordningsnummer for the 3rd

describe('personnummer detection and masking', () => {
  it('checks Luhn', () => {
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('1212121213')).toBe(false);
  });

  it.each([
    [`Pojke ${PNR10} har behov`, 'Pojke ÅÅMMDD-**** har behov'],
    [`Pojke ${PNR12}.`, 'Pojke ÅÅÅÅMMDD-****.'],
    ['Nr 1212121212 i akten', 'Nr ÅÅMMDD-**** i akten'],
    [`Samordningsnummer ${SAMORD}`, 'Samordningsnummer ÅÅMMDD-****'],
    ['Med plus 121212+1212', 'Med plus ÅÅMMDD-****'],
    // A typo in the check digit is still a personnummer when written with a dash.
    ['Felskrivet 121212-1213', 'Felskrivet ÅÅMMDD-****'],
  ])('masks %s', (input, expected) => {
    const r = maskPersonalNumbers(input);
    expect(r.text).toBe(expected);
    expect(r.masked).toBe(1);
  });

  it.each([
    'Faktura 1212121213 (fel kontrollsiffra, inget bindestreck)',
    'Belopp 12 345 678',
    'Konto 46362, ansvar 123456',
    'Månad 13: 121312-1212 är inget datum',
    '12345678901234',
  ])('leaves %s', (input) => {
    expect(maskPersonalNumbers(input)).toEqual({ text: input, masked: 0 });
    expect(containsPersonalNumber(input)).toBe(false);
  });

  it('masks several in one text', () => {
    expect(maskPersonalNumbers(`${PNR10} och ${PNR12}`).masked).toBe(2);
  });
});

describe('case keys are pseudonyms', () => {
  it.each(['BU-2026-014', 'AR.2026.3', 'VUX_17', 'Ä-12', 'BU-17'])('accepts %s', (key) => {
    expect(caseKeyProblem(key)).toBeNull();
  });
  it.each([
    ['', 'empty'],
    [PNR10, 'personalNumber'],
    [PNR12, 'personalNumber'],
    ['1212121212', 'personalNumber'],
    ['191212121212', 'personalNumber'],
    [SAMORD, 'personalNumber'],
    ['Anna Svensson', 'chars'],
    ['Anna-Svensson-1', 'name'],
    ['anna.svensson', 'noDigit'],
    ['Anna_Svensson', 'name'],
    ['AnnaSvensson7', 'name'],
    ['Kalle', 'noDigit'],
    ['BU/2026/14', 'chars'],
    ['BU-2026-0000000000014', 'tooLong'],
  ])('refuses %s (%s)', (key, problem) => {
    expect(caseKeyProblem(key)).toBe(problem);
  });
});
