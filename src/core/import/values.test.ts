import fc from 'fast-check';
import { parseAmount } from '../money';
import { cellString, columnHoldsCodeNames, fastAmount, parseAmountCell, parsePeriodCell, splitCodeName } from './values';

describe('splitCodeName', () => {
  it('splits code and name in the shapes real extracts use', () => {
    expect(splitCodeName('46362 Köp medicinskt färdigbeh')).toEqual({ code: '46362', name: 'Köp medicinskt färdigbeh' });
    expect(splitCodeName('400 - Stadsmiljönämnden')).toEqual({ code: '400', name: 'Stadsmiljönämnden' });
    expect(splitCodeName('VVV Vård- och omsorgsnämnd väster')).toEqual({ code: 'VVV', name: 'Vård- och omsorgsnämnd väster' });
    expect(splitCodeName('0610: Barn och unga')).toEqual({ code: '0610', name: 'Barn och unga' });
  });

  it('leaves codes and plain names whole', () => {
    expect(splitCodeName('0610')).toEqual({ code: '0610', name: null });
    expect(splitCodeName('Barn och unga')).toEqual({ code: 'Barn och unga', name: null });
    expect(splitCodeName('REGION ÖREBRO LÄN')).toEqual({ code: 'REGION ÖREBRO LÄN', name: null });
    expect(splitCodeName('123 456')).toEqual({ code: '123 456', name: null });
  });

  it('decides per column', () => {
    expect(columnHoldsCodeNames(['46311 Köp HVB', '46312 Köp SiS', '5110'])).toBe(true);
    expect(columnHoldsCodeNames(['Barn och unga', 'Vuxen', '46311 Köp HVB'])).toBe(false);
  });
});

describe('cellString', () => {
  it('turns numeric codes into text without .0 and trims text', () => {
    expect(cellString(46311)).toBe('46311');
    expect(cellString(4.0)).toBe('4');
    expect(cellString(' 0610 ')).toBe('0610');
    expect(cellString(null)).toBe('');
    expect(cellString(1e20)).toBe('100000000000000000000');
  });
});

describe('parsePeriodCell', () => {
  const ok = (v: string | number) => {
    const r = parsePeriodCell(v);
    return r.ok ? r.period : r.reason;
  };
  it('reads YYYYMM, YYYY-MM, dates, month names and Excel serials', () => {
    expect(ok('202603')).toBe('2026-03');
    expect(ok('2026-03')).toBe('2026-03');
    expect(ok('2026/3')).toBe('2026-03');
    expect(ok('2026-03-31')).toBe('2026-03');
    expect(ok('2026-03-31 00:00:00')).toBe('2026-03');
    expect(ok('20260331')).toBe('2026-03');
    expect(ok('31.03.2026')).toBe('2026-03');
    expect(ok('mars 2026')).toBe('2026-03');
    expect(ok('Okt 2025')).toBe('2025-10');
    expect(ok(202603)).toBe('2026-03');
    expect(ok(46112)).toBe('2026-03'); // Excel serial of 2026-03-31
    expect(parsePeriodCell(46112)).toEqual({ ok: true, period: '2026-03', date: '2026-03-31' });
  });
  it('tells impossible from unreadable', () => {
    expect(ok('2026-13')).toBe('impossible');
    expect(ok('202600')).toBe('impossible');
    expect(ok('2026-02-30')).toBe('impossible');
    expect(ok('mars')).toBe('unreadable');
    expect(ok('Q1 2026')).toBe('unreadable');
    expect(ok('')).toBe('empty');
  });
});

describe('fastAmount', () => {
  it('reads the common shapes', () => {
    expect(fastAmount('1 234,50', ',')).toBe(123450);
    expect(fastAmount('-12', undefined)).toBe(-1200);
    expect(fastAmount('1234.5', '.')).toBe(123450);
    expect(fastAmount('1\u00a0234\u00a0567,8', ',')).toBe(123456780);
    expect(fastAmount('-0,00', ',')).toBe(0);
  });
  it('hands everything else to parseAmount', () => {
    for (const s of ['1.234,50', '12-', '(12)', '1 23,4', '1,234', '12,345', '', 'abc', '1e5', '−12']) {
      expect(fastAmount(s, s.includes(',') ? ',' : undefined)).toBeUndefined();
    }
  });
  it('agrees with parseAmount wherever it answers (property)', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 16 });
    const text = fc.tuple(
      fc.constantFrom('', '-', ' ', '- '),
      digits,
      fc.constantFrom('', ' ', '\u00a0'),
      fc.constantFrom('', '123', '45', '6789'),
      fc.constantFrom('', ',', '.'),
      fc.constantFrom('', '5', '50', '505', '1'),
      fc.constantFrom('', ' ', '-'),
    ).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<',' | '.' | undefined>(',', '.', undefined), (s, dec) => {
        const f = fastAmount(s, dec);
        if (f === undefined) return;
        const p = parseAmount(s, dec ? { decimalSeparator: dec } : {});
        expect(p).toEqual({ ok: true, ore: f, rounded: false });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('parseAmountCell', () => {
  it('reads numeric cells as kronor and text as Swedish amounts', () => {
    expect(parseAmountCell(12761.37, undefined)).toEqual({ ok: true, ore: 1276137, rounded: false });
    expect(parseAmountCell('1 234,50-', ',')).toEqual({ ok: true, ore: -123450, rounded: false });
    expect(parseAmountCell('(500)', undefined)).toEqual({ ok: true, ore: -50000, rounded: false });
    expect(parseAmountCell('NULL', ',')).toEqual({ ok: false, reason: 'empty' });
    expect(parseAmountCell('12,3,4', ',')).toEqual({ ok: false, reason: 'notANumber' });
    expect(parseAmountCell(true, ',')).toEqual({ ok: false, reason: 'notANumber' });
  });
});
