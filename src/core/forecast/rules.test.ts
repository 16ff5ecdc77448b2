import { hasPersonalNumber } from '../import/mask';
import {
  DEFAULT_THRESHOLDS,
  amountQuestions,
  checkComment,
  checkLineRules,
  checkTypedAmount,
  commentRequired,
  normaliseThresholds,
  parseTypedAmount,
} from './rules';
import { setLocale } from '../strings';

const KR = 100;
const TKR = 1000 * KR;

describe('comment thresholds', () => {
  it('defaults to 100 tkr or 5 %', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ amountOre: 100 * TKR, percent: 5, combine: 'or' });
  });

  it('requires a comment at 5 % of the budget (inclusive)', () => {
    const budget = 1_000 * TKR;
    expect(commentRequired(budget, budget + 40 * TKR, DEFAULT_THRESHOLDS)).toBe(false); // 4 %, 40 tkr
    expect(commentRequired(budget, budget + 50 * TKR, DEFAULT_THRESHOLDS)).toBe(true); // 5 %
    expect(commentRequired(budget, budget - 50 * TKR, DEFAULT_THRESHOLDS)).toBe(true); // surplus too
    expect(commentRequired(budget, budget + 50 * TKR - 1, DEFAULT_THRESHOLDS)).toBe(false); // one öre short
  });

  it('requires a comment at 100 tkr whatever the percentage', () => {
    const budget = 10_000 * TKR;
    expect(commentRequired(budget, budget + 100 * TKR, DEFAULT_THRESHOLDS)).toBe(true); // 1 %
    expect(commentRequired(budget, budget + 100 * TKR - 1, DEFAULT_THRESHOLDS)).toBe(false);
  });

  it("follows the ekonom's settings: 'and', amount only, percent only", () => {
    const and = { ...DEFAULT_THRESHOLDS, combine: 'and' as const };
    expect(commentRequired(10_000 * TKR, 10_100 * TKR, and)).toBe(false); // 100 tkr but 1 %
    expect(commentRequired(10_000 * TKR, 10_500 * TKR, and)).toBe(true);
    expect(commentRequired(100 * TKR, 106 * TKR, { amountOre: 100 * TKR, percent: null, combine: 'or' })).toBe(false);
    expect(commentRequired(100 * TKR, 106 * TKR, { amountOre: null, percent: 5, combine: 'or' })).toBe(true);
    expect(commentRequired(100 * TKR, 106 * TKR, { amountOre: null, percent: null, combine: 'or' })).toBe(false);
    expect(commentRequired(1000 * TKR, 1025 * TKR, { amountOre: null, percent: 2.5, combine: 'or' })).toBe(true);
  });

  it('a line without budget needs a comment for any forecast (by percent), none for zero', () => {
    expect(commentRequired(0, 1, DEFAULT_THRESHOLDS)).toBe(true);
    expect(commentRequired(0, 0, DEFAULT_THRESHOLDS)).toBe(false);
  });

  it('normalises settings read from the workbook', () => {
    expect(normaliseThresholds({ amountOre: 5_000_000, percent: null, combine: 'and' })).toEqual({ amountOre: 5_000_000, percent: null, combine: 'and' });
    expect(normaliseThresholds({ amountOre: 'x', percent: -1 })).toEqual(DEFAULT_THRESHOLDS);
    expect(normaliseThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe('line rules', () => {
  const base = { costLine: 'Familjehemsvård', budgetOre: 1_000 * TKR, cause: '', action: '' };

  it('a deficit beyond the threshold needs orsak and åtgärd', () => {
    const issues = checkLineRules({ ...base, forecastOre: 1_200 * TKR }, DEFAULT_THRESHOLDS);
    expect(issues.map((i) => [i.field, i.key])).toEqual([
      ['cause', 'forecast.rule.causeRequired'],
      ['action', 'forecast.rule.actionRequired'],
    ]);
    expect(issues[0].message).toBe('Familjehemsvård: avvikelsen \u2212200\u00a0tkr kräver en orsak.');
    expect(checkLineRules({ ...base, forecastOre: 1_200 * TKR, cause: 'Två nya placeringar', action: 'Hemmaplan' }, DEFAULT_THRESHOLDS)).toEqual([]);
    expect(checkLineRules({ ...base, forecastOre: 1_200 * TKR, cause: '   ', action: 'x' }, DEFAULT_THRESHOLDS)).toHaveLength(1);
  });

  it('a surplus beyond the threshold needs orsak only', () => {
    const issues = checkLineRules({ ...base, forecastOre: 800 * TKR }, DEFAULT_THRESHOLDS);
    expect(issues.map((i) => i.field)).toEqual(['cause']);
  });

  it('a missing forecast is an issue; a small variance is none', () => {
    expect(checkLineRules({ ...base, forecastOre: null }, DEFAULT_THRESHOLDS)[0].key).toBe('forecast.rule.forecastMissing');
    expect(checkLineRules({ ...base, forecastOre: 1_010 * TKR }, DEFAULT_THRESHOLDS)).toEqual([]);
  });
});

describe('typed amounts', () => {
  afterEach(() => setLocale('sv'));
  const ok = (s: string) => {
    const r = parseTypedAmount(s);
    if (!r.ok) throw new Error(r.error.message);
    return r.ore;
  };
  const err = (s: string) => {
    const r = parseTypedAmount(s);
    if (r.ok) throw new Error('accepted ' + s);
    return r.error.key;
  };

  it('reads Swedish amounts', () => {
    expect(ok('1 234 567,50')).toBe(123_456_750);
    expect(ok('1\u00a0234\u00a0567')).toBe(123_456_700);
    expect(ok('1234567')).toBe(123_456_700);
    expect(ok('1.234.567')).toBe(123_456_700);
    expect(ok('−12,5')).toBe(-1250);
    expect(ok('-0')).toBe(0);
    expect(ok('1 500 tkr')).toBe(150_000_000);
    expect(ok('2,5 mnkr')).toBe(250_000_000);
    expect(ok('12 kr')).toBe(1200);
  });

  it('refuses wrong decimal separators with a message saying so', () => {
    expect(err('1.234.5')).toBe('forecast.input.decimalSeparator');
    expect(err('1.5')).toBe('forecast.input.decimalSeparator');
    expect(err('1,2,3')).toBe('forecast.input.decimalSeparator');
    expect(err('1 234.50')).toBe('forecast.input.decimalSeparator');
    const r = parseTypedAmount('1.234.5');
    expect(!r.ok && r.error.message).toBe('"1.234.5": fel decimal- eller tusentalstecken. Skriv till exempel 1 234 567,50 (decimalkomma).');
  });

  it('refuses non-numbers, empty values, fractions of öre and huge values', () => {
    expect(err('')).toBe('forecast.input.empty');
    expect(err('   ')).toBe('forecast.input.empty');
    expect(err('abc')).toBe('forecast.input.notANumber');
    expect(err('12 äpplen')).toBe('forecast.input.notANumber');
    expect(err('SAKNAS')).toBe('forecast.input.notANumber');
    expect(err('12,345')).toBe('forecast.input.tooManyDecimals');
    expect(err('99999999999999999999')).toBe('forecast.input.tooLarge');
    expect(err('90000000000 mnkr')).toBe('forecast.input.tooLarge');
  });

  it('gives the messages in English too', () => {
    setLocale('en');
    const r = parseTypedAmount('abc');
    expect(!r.ok && r.error.message).toBe('"abc" is not an amount.');
  });
});

describe('absurd values need confirmation', () => {
  const ctx = { budgetOre: 100 * TKR, actualToDateOre: 30 * TKR, kind: 'cost' as const };

  it('asks about values beyond ten times the budget', () => {
    expect(amountQuestions(1000 * TKR, ctx)).toEqual([]);
    expect(amountQuestions(1000 * TKR + 1, ctx).map((q) => q.key)).toEqual(['forecast.input.confirmAbsurd']);
  });

  it('asks about a negative cost forecast and one below the actuals already booked', () => {
    expect(amountQuestions(-1, ctx).map((q) => q.key)).toEqual(['forecast.input.confirmNegative', 'forecast.input.confirmBelowActuals']);
    expect(amountQuestions(20 * TKR, ctx).map((q) => q.key)).toEqual(['forecast.input.confirmBelowActuals']);
  });

  it('treats revenue the other way round', () => {
    const rev = { budgetOre: -100 * TKR, actualToDateOre: -30 * TKR, kind: 'revenue' as const };
    expect(amountQuestions(-90 * TKR, rev)).toEqual([]);
    expect(amountQuestions(10 * TKR, rev).map((q) => q.key)).toEqual(['forecast.input.confirmPositiveRevenue', 'forecast.input.confirmBelowActuals']);
  });

  it('asks about any figure on a line with neither budget nor actuals', () => {
    expect(amountQuestions(5, { budgetOre: 0, actualToDateOre: 0, kind: 'cost' }).map((q) => q.key)).toEqual(['forecast.input.confirmNoBudget']);
    expect(amountQuestions(0, { budgetOre: 0, actualToDateOre: 0, kind: 'cost' })).toEqual([]);
  });

  it('checkTypedAmount combines parsing and questions', () => {
    expect(checkTypedAmount('2 000 000', ctx)).toMatchObject({ ok: true, ore: 200_000_000, confirm: [{ key: 'forecast.input.confirmAbsurd' }] });
    expect(checkTypedAmount('1.2.3', ctx)).toMatchObject({ ok: false, errors: [{ key: 'forecast.input.decimalSeparator' }] });
  });
});

describe('comments', () => {
  it('trims and accepts ordinary text, also text starting with = (stored as text by the port)', () => {
    expect(checkComment('  Två nya HVB-placeringar i mars.\r\n')).toEqual({ ok: true, text: 'Två nya HVB-placeringar i mars.' });
    expect(checkComment('=SUMMA(A1)')).toEqual({ ok: true, text: '=SUMMA(A1)' });
  });

  it('refuses personal identity numbers and overlong text', () => {
    expect(hasPersonalNumber('Placering för 19121212-1212 förlängd')).toBe(true);
    expect(hasPersonalNumber('samordningsnummer 701063-2391')).toBe(true);
    expect(hasPersonalNumber('faktura 2025-03-12, 46362 Köp')).toBe(false);
    expect(hasPersonalNumber('121212-1213')).toBe(false); // Luhn fails
    const r = checkComment('Barnet 121212-1212 placerat');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].key).toBe('forecast.input.commentPersonalNumber');
    expect(checkComment('x'.repeat(2001))).toMatchObject({ ok: false, errors: [{ key: 'forecast.input.commentTooLong' }] });
  });
});
