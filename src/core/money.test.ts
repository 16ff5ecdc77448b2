import fc from 'fast-check';
import { allocate, detectDecimalSeparator, divRound, formatOre, kronorToOre, mulDivRound, parseAmount } from './money';

const ok = (s: string, opts?: Parameters<typeof parseAmount>[1]) => {
  const r = parseAmount(s, opts);
  if (!r.ok) throw new Error(`expected ${s} to parse, got ${r.reason}`);
  return r.ore;
};

describe('parseAmount', () => {
  it.each([
    ['1 234,50', 123450],
    ['1\u00a0234,50', 123450],
    ['1\u202f234,50', 123450],
    ['1.234,50', 123450],
    ['1,234.50', 123450],
    ["1'234.50", 123450],
    ['-12', -1200],
    ['\u221212,5', -1250],
    ['12-', -1200],
    ['(1 234,00)', -123400],
    ['1 234:-', 123400],
    ['12 kr', 1200],
    ['0,01', 1],
    ['-0,00', 0],
    ['1234.5', 123450],
    ['1.234', 123400],
    ['0.125', 13],
    ['1,5E+3', 150000],
    ['12345678901234,56', 1234567890123456],
    ['+7', 700],
  ])('%s → %i öre', (text, ore) => {
    expect(ok(text)).toBe(ore);
  });

  it.each(['abc', '12,3,4', '1 23', '1.234 567', '--5', '1,2.3.4', '12a', '(12'])('refuses %s', (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });

  it('reports empty markers as empty', () => {
    for (const s of ['', '  ', 'NULL', 'SAKNAS', '-']) expect(parseAmount(s)).toEqual({ ok: false, reason: 'empty' });
  });

  it('uses the column decimal separator when given', () => {
    expect(ok('1.234', { decimalSeparator: '.' })).toBe(123);
    expect(ok('1,234', { decimalSeparator: '.' })).toBe(123400);
    expect(detectDecimalSeparator(['1 234,50', '12,00', '7'])).toBe(',');
    expect(detectDecimalSeparator(['1,234.50', '12.00'])).toBe('.');
    expect(detectDecimalSeparator(['7', '8'])).toBeUndefined();
  });

  it('flags rounding beyond two decimals', () => {
    expect(parseAmount('1,005')).toEqual({ ok: true, ore: 101, rounded: true });
    expect(parseAmount('1,2300')).toEqual({ ok: true, ore: 123, rounded: false });
  });

  it('round-trips with formatOre for any öre amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (ore) => {
        expect(ok(formatOre(ore))).toBe(ore);
        expect(ok(formatOre(ore, { asciiMinus: true, groupSeparator: ' ' }))).toBe(ore);
        expect(ok(formatOre(ore, { groupSeparator: '.' }), { decimalSeparator: ',' })).toBe(ore);
      }),
    );
  });
});

describe('formatOre', () => {
  it('formats Swedish style', () => {
    expect(formatOre(123456789)).toBe('1\u00a0234\u00a0567,89');
    expect(formatOre(-5)).toBe('\u22120,05');
    expect(formatOre(123456789, { unit: 'tkr' })).toBe('1\u00a0235');
    expect(formatOre(-49999, { unit: 'tkr' })).toBe('0');
    expect(formatOre(-50000, { unit: 'tkr', suffix: true })).toBe('\u22121\u00a0tkr');
    expect(formatOre(123456789, { unit: 'mnkr' })).toBe('1,2');
  });
});

describe('integer arithmetic', () => {
  it('converts cell kronor to öre exactly', () => {
    expect(kronorToOre(1234.56)).toBe(123456);
    expect(kronorToOre(-0.01)).toBe(-1);
    expect(kronorToOre(0.1 + 0.2)).toBe(30);
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => kronorToOre(ore / 100) === ore));
  });

  it('rounds half away from zero', () => {
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(-5, 2)).toBe(-3);
    expect(divRound(7, 3)).toBe(2);
    expect(mulDivRound(1000, 1, 3)).toBe(333);
    expect(mulDivRound(-1000, 2, 3)).toBe(-667);
  });

  it('allocates exactly (property: parts sum to the total)', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
    expect(allocate(1000, [31, 28, 31])).toEqual([345, 311, 344]);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e13, max: 1e13 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 24 }),
        (total, weights) => {
          const parts = allocate(total, weights);
          return parts.length === weights.length && parts.reduce((a, b) => a + b, 0) === total;
        },
      ),
    );
  });
});
