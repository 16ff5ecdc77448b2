/**
 * Quantity expressions of cost components (`6 * 52 / 12`, `min(days, 20) * 2`, `fh_omkostnad_manad / 1000`).
 *
 * A shared workbook must not carry executable tricks, so mathjs is used for parsing only, and nothing of it
 * is trusted for safety:
 * 1. a length limit and a tokenizer of our own with a whitelist of characters, names and functions
 *    (every refusal names the 1-based character position, in Swedish);
 * 2. mathjs `parse` on a minimal instance (number-only, parse dependencies only; `import`, `createUnit`,
 *    `evaluate`, `parse`, `compile`, `simplify`, `derivative`, `resolve` overridden to throw);
 * 3. the parsed tree checked against a whitelist of node types, operators and function names (validateTree);
 * 4. the checked tree copied into a plain AST of our own and evaluated exactly on rationals (no mathjs evaluation,
 *    no floats): `6 * 52 / 12` is exactly 26 and `52 / 12 * 6` too.
 *
 * Allowed: numbers, + − * /, unary ±, parentheses, min, max, round, ceil, floor, `days` (days in the month)
 * and price-list names (their price in kronor).
 */
import { create, parseDependencies, type MathNode } from 'mathjs/number';
import * as Q from './rational';
import type { Rational } from './rational';
import { t, type StringKey, type TextParams } from '../strings';
import { BLOCKED_NAMES, DAYS_NAME, EXPRESSION_FUNCTIONS } from '../prices/expressionNames';

export { BLOCKED_NAMES, DAYS_NAME };

export const EXPRESSION_MAX_LENGTH = 200;
export const EXPRESSION_MAX_DEPTH = 12;

const BLOCKED = new Set(BLOCKED_NAMES.map((n) => n.toLowerCase()));

// ---------------------------------------------------------------------------
// The restricted mathjs instance (parse only)

const math = create({ parseDependencies }, {});
const restrictedParse: (expr: string) => MathNode = math.parse;
{
  const disabled = (name: string) => () => {
    throw new Error(`${name} är spärrad`);
  };
  math.import(
    {
      import: disabled('import'),
      createUnit: disabled('createUnit'),
      evaluate: disabled('evaluate'),
      parse: disabled('parse'),
      compile: disabled('compile'),
      simplify: disabled('simplify'),
      derivative: disabled('derivative'),
      resolve: disabled('resolve'),
    },
    { override: true },
  );
}

// ---------------------------------------------------------------------------
// Errors

/** A refused expression: a text key with its parameters and the 1-based position (0 when not tied to one). */
export class ExpressionError extends Error {
  readonly key: StringKey;
  readonly params: TextParams;
  readonly position: number;
  constructor(key: StringKey, params: TextParams, position: number) {
    super(key);
    this.name = 'ExpressionError';
    this.key = key;
    this.params = { ...params, position };
    this.position = position;
  }
}

/** The Swedish message of a refused expression, with its position when it has one ("tecken 5: …"). */
export function expressionMessage(key: StringKey, params: TextParams, position: number): string {
  const message = t(key, params);
  return position > 0 ? t('alternatives.expr.at', { position, message }) : message;
}

function fail(key: StringKey, position: number, params: TextParams = {}): never {
  throw new ExpressionError(key, params, position);
}

// ---------------------------------------------------------------------------
// 1. Tokenizer with whitelist

type Tok =
  | { kind: 'num'; text: string; pos: number }
  | { kind: 'name'; text: string; pos: number }
  | { kind: 'op'; text: '+' | '-' | '*' | '/'; pos: number }
  | { kind: 'lparen' | 'rparen' | 'comma'; pos: number };

const NUM_RE = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d{1,3})?/;
const NAME_RE = /^[\p{L}_][\p{L}\p{N}_]*/u;

function charKey(ch: string): StringKey {
  if (ch === '=') return 'alternatives.expr.assignment';
  if (ch === '"' || ch === "'" || ch === '`') return 'alternatives.expr.string';
  if (ch === '[' || ch === ']') return 'alternatives.expr.matrix';
  if (ch === '{' || ch === '}') return 'alternatives.expr.object';
  if (ch === '^') return 'alternatives.expr.power';
  if (ch === ';' || ch === '\n' || ch === '\r') return 'alternatives.expr.multiple';
  return 'alternatives.expr.char';
}

/** Characters that may appear at all (everything else is refused before names are looked at). */
const ALLOWED_CHAR = /[\p{L}\p{N}_\s+\-*/(),.]/u;

function tokenize(text: string, names: ReadonlySet<string>): Tok[] {
  // Blocked names first (the most telling message), then characters outside the whitelist.
  for (const m of text.matchAll(/[\p{L}_][\p{L}\p{N}_]*/gu)) {
    if (BLOCKED.has(m[0].toLowerCase())) fail('alternatives.expr.blocked', (m.index ?? 0) + 1, { name: m[0] });
  }
  for (let k = 0; k < text.length; k++) {
    if (!ALLOWED_CHAR.test(text[k])) fail(charKey(text[k]), k + 1, { char: text[k] });
  }
  const toks: Tok[] = [];
  // Kind of each open parenthesis: a function call (commas allowed) or grouping.
  const stack: ('call' | 'group')[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const pos = i + 1;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const prev = toks[toks.length - 1];
    const prevIsOperand = !!prev && (prev.kind === 'num' || prev.kind === 'name' || prev.kind === 'rparen');
    const rest = text.slice(i);
    const num = NUM_RE.exec(rest);
    if (num && /[\d.]/.test(ch)) {
      if (/^[\p{L}_]/u.test(rest.slice(num[0].length))) fail('alternatives.expr.implicit', pos + num[0].length);
      if (prevIsOperand) fail('alternatives.expr.implicit', pos);
      toks.push({ kind: 'num', text: num[0], pos });
      i += num[0].length;
      continue;
    }
    const name = NAME_RE.exec(rest);
    if (name) {
      const n = name[0];
      if (prevIsOperand) fail('alternatives.expr.implicit', pos);
      const after = text.slice(i + n.length).trimStart();
      const isCall = after.startsWith('(');
      if (BLOCKED.has(n.toLowerCase())) fail('alternatives.expr.blocked', pos, { name: n });
      if (isCall) {
        if (!Object.prototype.hasOwnProperty.call(EXPRESSION_FUNCTIONS, n)) {
          if (n === DAYS_NAME || names.has(n)) fail('alternatives.expr.notFunction', pos, { name: n });
          fail('alternatives.expr.unknownFunction', pos, { name: n });
        }
      } else if (Object.prototype.hasOwnProperty.call(EXPRESSION_FUNCTIONS, n)) {
        fail('alternatives.expr.functionNotCalled', pos, { name: n });
      } else if (n !== DAYS_NAME && !names.has(n)) {
        fail('alternatives.expr.unknownName', pos, { name: n });
      }
      toks.push({ kind: 'name', text: n, pos });
      i += n.length;
      continue;
    }
    if (ch === '+' || ch === '-' || ch === '*' || ch === '/') {
      toks.push({ kind: 'op', text: ch, pos });
      i++;
      continue;
    }
    if (ch === '(') {
      if (prev && (prev.kind === 'num' || prev.kind === 'rparen')) fail('alternatives.expr.implicit', pos);
      stack.push(prev && prev.kind === 'name' ? 'call' : 'group');
      if (stack.length > EXPRESSION_MAX_DEPTH) fail('alternatives.expr.depth', pos, { max: EXPRESSION_MAX_DEPTH });
      toks.push({ kind: 'lparen', pos });
      i++;
      continue;
    }
    if (ch === ')') {
      if (stack.length === 0) fail('alternatives.expr.unbalanced', pos);
      stack.pop();
      toks.push({ kind: 'rparen', pos });
      i++;
      continue;
    }
    if (ch === ',') {
      if (stack[stack.length - 1] !== 'call') fail('alternatives.expr.decimalComma', pos);
      toks.push({ kind: 'comma', pos });
      i++;
      continue;
    }
    fail(charKey(ch), pos, { char: ch });
  }
  if (stack.length > 0) fail('alternatives.expr.unbalanced', text.length + 1);
  return toks;
}

// ---------------------------------------------------------------------------
// 3. Whitelist of the parsed tree

/** Our own AST: what survives validation. */
export type Ast =
  | { t: 'num'; v: Rational }
  | { t: 'sym'; name: string }
  | { t: 'op'; op: '+' | '-' | '*' | '/'; a: Ast; b: Ast }
  | { t: 'neg'; a: Ast }
  | { t: 'fn'; name: string; args: Ast[] };

const BINARY: Record<string, '+' | '-' | '*' | '/'> = { add: '+', subtract: '-', multiply: '*', divide: '/' };

/** Position of the first occurrence of `needle` in the source (1-based), or 0. */
function posOf(source: string, needle: string): number {
  const i = source.indexOf(needle);
  return i >= 0 ? i + 1 : 0;
}

/**
 * Checks a mathjs tree against the whitelist and converts it to our AST. Anything not explicitly allowed is refused:
 * assignments, function definitions, matrices, objects, accessors, ranges, conditionals, relations, strings,
 * implicit multiplication, unknown symbols and every function but min/max/round/ceil/floor.
 */
export function validateTree(node: MathNode, names: ReadonlySet<string>, source = '', depth = 0): Ast {
  if (depth > EXPRESSION_MAX_DEPTH * 3) fail('alternatives.expr.depth', 0, { max: EXPRESSION_MAX_DEPTH });
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v !== 'number') {
        fail(typeof v === 'string' ? 'alternatives.expr.string' : 'alternatives.expr.node', posOf(source, '"') || posOf(source, "'"), {
          node: node.type,
        });
      }
      if (!Number.isFinite(v)) fail('alternatives.expr.tooLarge', 0);
      return { t: 'num', v: Q.fromNumber(v) };
    }
    case 'SymbolNode': {
      const name = String(n.name);
      if (BLOCKED.has(name.toLowerCase())) fail('alternatives.expr.blocked', posOf(source, name), { name });
      if (name !== DAYS_NAME && !names.has(name)) fail('alternatives.expr.unknownName', posOf(source, name), { name });
      return { t: 'sym', name };
    }
    case 'ParenthesisNode':
      return validateTree(n.content as MathNode, names, source, depth + 1);
    case 'OperatorNode': {
      const fn = String(n.fn);
      const args = n.args as MathNode[];
      if (n.implicit) fail('alternatives.expr.implicit', 0);
      if ((fn === 'unaryMinus' || fn === 'unaryPlus') && args.length === 1) {
        const a = validateTree(args[0], names, source, depth + 1);
        return fn === 'unaryMinus' ? { t: 'neg', a } : a;
      }
      const op = BINARY[fn];
      if (!op || args.length !== 2) {
        fail(fn === 'pow' ? 'alternatives.expr.power' : 'alternatives.expr.operator', posOf(source, String(n.op)), {
          char: String(n.op),
        });
      }
      return {
        t: 'op',
        op,
        a: validateTree(args[0], names, source, depth + 1),
        b: validateTree(args[1], names, source, depth + 1),
      };
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: unknown };
      if (fnNode.type !== 'SymbolNode') fail('alternatives.expr.node', 0, { node: 'FunctionNode' });
      const name = String(fnNode.name);
      if (BLOCKED.has(name.toLowerCase())) fail('alternatives.expr.blocked', posOf(source, name), { name });
      const spec = Object.prototype.hasOwnProperty.call(EXPRESSION_FUNCTIONS, name) ? EXPRESSION_FUNCTIONS[name] : undefined;
      if (!spec) fail('alternatives.expr.unknownFunction', posOf(source, name), { name });
      const args = n.args as MathNode[];
      if (args.length < spec.min || args.length > spec.max) {
        fail('alternatives.expr.arity', posOf(source, name), { name, min: spec.min, max: spec.max });
      }
      return { t: 'fn', name, args: args.map((a) => validateTree(a, names, source, depth + 1)) };
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return fail('alternatives.expr.assignment', posOf(source, '='), { char: '=' });
    case 'ArrayNode':
      return fail('alternatives.expr.matrix', posOf(source, '['), { char: '[' });
    case 'ObjectNode':
      return fail('alternatives.expr.object', posOf(source, '{'), { char: '{' });
    default:
      return fail('alternatives.expr.node', 0, { node: node.type });
  }
}

// ---------------------------------------------------------------------------
// 4. Exact evaluation

export type Scope = ReadonlyMap<string, Rational>;

export function evaluateAst(ast: Ast, scope: Scope): Rational {
  switch (ast.t) {
    case 'num':
      return ast.v;
    case 'sym': {
      const v = scope.get(ast.name);
      if (!v) throw new ExpressionError('alternatives.expr.unknownName', { name: ast.name }, 0);
      return v;
    }
    case 'neg':
      return Q.neg(evaluateAst(ast.a, scope));
    case 'op': {
      const a = evaluateAst(ast.a, scope);
      const b = evaluateAst(ast.b, scope);
      switch (ast.op) {
        case '+':
          return Q.add(a, b);
        case '-':
          return Q.sub(a, b);
        case '*':
          return Q.mul(a, b);
        case '/':
          if (Q.isZero(b)) throw new ExpressionError('alternatives.expr.divisionByZero', {}, 0);
          return Q.div(a, b);
      }
      break;
    }
    case 'fn': {
      const args = ast.args.map((x) => evaluateAst(x, scope));
      switch (ast.name) {
        case 'min':
          return args.reduce((m, x) => (Q.cmp(x, m) < 0 ? x : m));
        case 'max':
          return args.reduce((m, x) => (Q.cmp(x, m) > 0 ? x : m));
        case 'ceil':
          return Q.rat(Q.ceilInt(args[0]));
        case 'floor':
          return Q.rat(Q.floorInt(args[0]));
        case 'round': {
          const decimals = args.length > 1 ? args[1] : Q.ZERO;
          if (!Q.isInteger(decimals) || decimals.n < 0n || decimals.n > 6n) {
            throw new ExpressionError('alternatives.expr.roundDecimals', {}, 0);
          }
          return Q.roundTo(args[0], Number(decimals.n));
        }
      }
    }
  }
  throw new ExpressionError('alternatives.expr.node', { node: ast.t }, 0);
}

// ---------------------------------------------------------------------------
// The whole pipeline

export interface CompiledExpression {
  source: string;
  ast: Ast;
  /** Names used (price names and/or days). */
  symbols: ReadonlySet<string>;
  /** True when the value depends on the month (uses `days`). */
  usesDays: boolean;
}

function collectSymbols(ast: Ast, out: Set<string>): void {
  switch (ast.t) {
    case 'sym':
      out.add(ast.name);
      break;
    case 'neg':
      collectSymbols(ast.a, out);
      break;
    case 'op':
      collectSymbols(ast.a, out);
      collectSymbols(ast.b, out);
      break;
    case 'fn':
      for (const a of ast.args) collectSymbols(a, out);
      break;
  }
}

/** Validates and compiles an expression; throws ExpressionError with a position on any refusal. */
export function compileExpression(source: string, names: ReadonlySet<string>): CompiledExpression {
  if (source.length > EXPRESSION_MAX_LENGTH) {
    fail('alternatives.expr.tooLong', EXPRESSION_MAX_LENGTH + 1, { length: source.length, max: EXPRESSION_MAX_LENGTH });
  }
  if (source.trim() === '') fail('alternatives.expr.empty', 1);
  tokenize(source, names);
  let tree: MathNode;
  try {
    tree = restrictedParse(source);
  } catch (e) {
    const char = (e as { char?: unknown }).char;
    fail('alternatives.expr.syntax', typeof char === 'number' ? char : 0);
  }
  const ast = validateTree(tree, names, source);
  const symbols = new Set<string>();
  collectSymbols(ast, symbols);
  return { source, ast, symbols, usesDays: symbols.has(DAYS_NAME) };
}

/** The result of checking an expression for the task pane: ok, or the Swedish message key with its position. */
export type ExpressionCheck =
  | { ok: true; compiled: CompiledExpression }
  | { ok: false; key: StringKey; params: TextParams; position: number; message: string };

export function checkExpression(source: string, names: ReadonlySet<string>): ExpressionCheck {
  try {
    return { ok: true, compiled: compileExpression(source, names) };
  } catch (e) {
    if (e instanceof ExpressionError) {
      return { ok: false, key: e.key, params: e.params, position: e.position, message: expressionMessage(e.key, e.params, e.position) };
    }
    throw e;
  }
}
