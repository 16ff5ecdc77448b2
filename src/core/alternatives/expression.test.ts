import { create, all, parseDependencies } from 'mathjs';
import { checkExpression, compileExpression, evaluateAst, ExpressionError, validateTree, EXPRESSION_MAX_LENGTH, type Scope } from './expression';
import * as Q from './rational';

const NAMES = new Set(['hvb_barn_dygn', 'fh_arvode_manad']);
const scope = (days = 30): Scope =>
  new Map([
    ['days', Q.rat(days)],
    ['hvb_barn_dygn', Q.rat(328300, 100)],
    ['fh_arvode_manad', Q.rat(1123700, 100)],
  ]);

function value(src: string, days = 30): Q.Rational {
  return evaluateAst(compileExpression(src, NAMES).ast, scope(days));
}

function refusal(src: string): { key: string; position: number; message: string } {
  const r = checkExpression(src, NAMES);
  if (r.ok) throw new Error(`expected a refusal of ${src}`);
  return r;
}

describe('allowed expressions evaluate exactly', () => {
  it.each([
    ['6 * 52 / 12', Q.rat(26)],
    ['52 / 12 * 6', Q.rat(26)],
    ['0.1 + 0.2', Q.rat(3, 10)],
    ['-(2 - 5) * +2', Q.rat(6)],
    ['min(days, 20) * 2', Q.rat(40)],
    ['max(1, 2, 3.5)', Q.rat(7, 2)],
    ['round(2.5)', Q.rat(3)],
    ['round(-2.5)', Q.rat(-3)],
    ['round(10 / 3, 2)', Q.rat(333, 100)],
    ['ceil(4.1) + floor(-4.1)', Q.rat(0)],
    ['days / 7', Q.rat(30, 7)],
    ['hvb_barn_dygn / 100', Q.rat(3283, 100)],
    ['1.5e3', Q.rat(1500)],
    ['  3  ', Q.rat(3)],
  ])('%s', (src, expected) => {
    expect(Q.cmp(value(src), expected)).toBe(0);
  });

  it('uses the days of the month', () => {
    expect(value('days', 29)).toEqual(Q.rat(29));
    expect(compileExpression('days * 2', NAMES).usesDays).toBe(true);
    expect(compileExpression('6 * 52 / 12', NAMES).usesDays).toBe(false);
    expect([...compileExpression('hvb_barn_dygn * days', NAMES).symbols].sort()).toEqual(['days', 'hvb_barn_dygn']);
  });

  it('refuses a division by zero when evaluated', () => {
    expect(() => value('1 / (days - 30)', 30)).toThrow(ExpressionError);
  });
});

describe('blocked: each named function and construct is refused with a Swedish message and its position', () => {
  it.each([
    ['import({a: 1})', 1, 'alternatives.expr.blocked'],
    ['createUnit("x")', 1, 'alternatives.expr.blocked'],
    ['evaluate("1+1")', 1, 'alternatives.expr.blocked'],
    ['parse("1")', 1, 'alternatives.expr.blocked'],
    ['2 * compile("1")', 5, 'alternatives.expr.blocked'],
    ['simplify(2)', 1, 'alternatives.expr.blocked'],
    ['derivative(2, 3)', 1, 'alternatives.expr.blocked'],
    ['1 + resolve(2)', 5, 'alternatives.expr.blocked'],
    ['f(x) = x * 2', 6, 'alternatives.expr.assignment'],
    ['a = 3', 3, 'alternatives.expr.assignment'],
    ['[1, 2] * 2', 1, 'alternatives.expr.matrix'],
    ['"abc"', 1, 'alternatives.expr.string'],
    ["'abc'", 1, 'alternatives.expr.string'],
    ['{a: 1}', 1, 'alternatives.expr.object'],
    ['2 ^ 3', 3, 'alternatives.expr.power'],
    ['1; 2', 2, 'alternatives.expr.multiple'],
    ['hvb_barn_dygn.foo', 14, 'alternatives.expr.char'],
    ['hvb_barn_dygn.constructor', 15, 'alternatives.expr.blocked'],
    ['__proto__', 1, 'alternatives.expr.blocked'],
    ['1:3', 2, 'alternatives.expr.char'],
    ['days > 3 ? 1 : 2', 6, 'alternatives.expr.char'],
    ['3!', 2, 'alternatives.expr.char'],
    ['sqrt(4)', 1, 'alternatives.expr.unknownFunction'],
    ['pi * 2', 1, 'alternatives.expr.unknownName'],
    ['okant_pris * 2', 1, 'alternatives.expr.unknownName'],
    ['min * 2', 1, 'alternatives.expr.functionNotCalled'],
    ['days(2)', 1, 'alternatives.expr.notFunction'],
    ['2 days', 3, 'alternatives.expr.implicit'],
    ['2 (3)', 3, 'alternatives.expr.implicit'],
    ['1,5', 2, 'alternatives.expr.decimalComma'],
    ['(1 + 2', 7, 'alternatives.expr.unbalanced'],
    ['1 +', 4, 'alternatives.expr.syntax'],
    ['', 1, 'alternatives.expr.empty'],
    ['round(2, 1, 3)', 1, 'alternatives.expr.arity'],
  ])('%s', (src, position, key) => {
    const r = refusal(src);
    expect(r.key).toBe(key);
    expect(r.position).toBe(position);
    expect(r.message).toMatch(new RegExp(`^tecken ${position}: `));
  });

  it('function definitions are refused (also with a known function name)', () => {
    expect(refusal('min(x) = x')).toMatchObject({ key: 'alternatives.expr.assignment', position: 8 });
    expect(refusal('max(days) = 1').key).toBe('alternatives.expr.assignment');
  });

  it('has a length limit', () => {
    const long = Array(EXPRESSION_MAX_LENGTH).fill('1').join('+');
    const r = refusal(long);
    expect(r.key).toBe('alternatives.expr.tooLong');
    expect(r.message).toContain(`högst ${EXPRESSION_MAX_LENGTH}`);
  });

  it('limits the nesting depth', () => {
    expect(refusal('('.repeat(20) + '1' + ')'.repeat(20)).key).toBe('alternatives.expr.depth');
  });

  it('names blocked functions case-insensitively', () => {
    expect(refusal('IMPORT(1)').key).toBe('alternatives.expr.blocked');
    expect(refusal('CreateUnit(1)').message).toContain('"CreateUnit" är spärrat');
  });
});

describe('validateTree: the whitelist of node types holds on its own (without our tokenizer)', () => {
  // A full mathjs instance parses everything; the tree check alone must refuse all of it.
  const full = create(all);
  const tree = (s: string) => full.parse(s);
  it.each([
    ['f(x) = x', 'alternatives.expr.assignment'],
    ['a = 3', 'alternatives.expr.assignment'],
    ['[1, 2]', 'alternatives.expr.matrix'],
    ['"abc"', 'alternatives.expr.string'],
    ['{a: 1}', 'alternatives.expr.object'],
    ['import({}, {})', 'alternatives.expr.blocked'],
    ['createUnit("foo")', 'alternatives.expr.blocked'],
    ['evaluate("1")', 'alternatives.expr.blocked'],
    ['parse("1")', 'alternatives.expr.blocked'],
    ['compile("1")', 'alternatives.expr.blocked'],
    ['simplify("x")', 'alternatives.expr.blocked'],
    ['derivative("x", "x")', 'alternatives.expr.blocked'],
    ['resolve("x")', 'alternatives.expr.blocked'],
    ['2 days', 'alternatives.expr.implicit'],
    ['2 ^ 3', 'alternatives.expr.power'],
    ['3!', 'alternatives.expr.operator'],
    ['1 < 2', 'alternatives.expr.operator'],
    ['1 < 2 < 3', 'alternatives.expr.node'],
    ['1:3', 'alternatives.expr.node'],
    ['true ? 1 : 2', 'alternatives.expr.node'],
    ['a.b', 'alternatives.expr.node'],
    ['x[1]', 'alternatives.expr.node'],
    ['sqrt(4)', 'alternatives.expr.unknownFunction'],
    ['pi', 'alternatives.expr.unknownName'],
    ['1; 2', 'alternatives.expr.node'],
  ])('%s', (src, key) => {
    let caught: unknown;
    try {
      validateTree(tree(src), NAMES, src);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    expect((caught as ExpressionError).key).toBe(key);
  });

  it('accepts the whitelisted constructs', () => {
    const ast = validateTree(tree('min(days, 20) * (2 + -hvb_barn_dygn / 3283)'), NAMES, '');
    // min(31, 20) × (2 − 3283 / 3283) = 20 × 1 = 20 (a price name is its price in kronor)
    expect(Q.cmp(evaluateAst(ast, scope(31)), Q.rat(20))).toBe(0);
  });

  it('the restricted parse instance is not the full one (parse dependencies only)', () => {
    const minimal = create({ parseDependencies });
    expect(typeof (minimal as unknown as Record<string, unknown>).evaluate).toBe('undefined');
  });
});
