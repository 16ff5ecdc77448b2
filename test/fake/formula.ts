/**
 * A small formula evaluator, so formula cells read back Excel-like values, never their text:
 * numbers, + − × ÷, unary signs, parentheses, cell and area references (optionally sheet-qualified),
 * SUM over areas and values. Anything else (other functions, names, comparison, '&', '^' …) gives #NAME?.
 * Empty cells count as 0, numeric text is coerced in arithmetic, other text gives #VALUE!,
 * division by zero #DIV/0!, a missing sheet #REF!. Errors propagate.
 */
import { MAX_COLUMNS, MAX_ROWS, type Area } from './address';

export type EvalError = { error: string };
export type EvalValue = number | string | boolean | null | EvalError;

export interface EvalHost {
  /** The value of one cell (evaluating its formula if it has one); sheet null = the formula's own sheet. */
  cell(sheet: string | null, row: number, col: number): EvalValue;
  /** Values of an area, row by row. */
  area(sheet: string | null, area: Area): EvalValue[];
  sheetExists(sheet: string): boolean;
}

export function isEvalError(v: unknown): v is EvalError {
  return typeof v === 'object' && v !== null && typeof (v as EvalError).error === 'string';
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet: string | null; area: Area; single: boolean }
  | { t: 'func'; name: string }
  | { t: 'op'; v: '+' | '-' | '*' | '/' }
  | { t: '(' }
  | { t: ')' }
  | { t: ',' };

class NameError extends Error {}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if ('+-*/'.includes(ch)) {
      out.push({ t: 'op', v: ch as '+' | '-' | '*' | '/' });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: ch } as Token);
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new NameError();
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    // Sheet-qualified reference.
    let sheet: string | null = null;
    let rest = src.slice(i);
    let consumed = 0;
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const plain = /^([\p{L}_][\p{L}\p{N}_.]*)!/u.exec(rest);
    if (quoted) {
      sheet = quoted[1].replace(/''/g, "'");
      consumed = quoted[0].length;
    } else if (plain) {
      sheet = plain[1];
      consumed = plain[0].length;
    }
    rest = rest.slice(consumed);
    const c1 = CELL.exec(rest);
    if (c1 && !/^[A-Za-z0-9_(]/.test(rest.slice(c1[0].length, c1[0].length + 1))) {
      let area: Area = { top: +c1[2] - 1, left: colNum(c1[1]), rows: 1, cols: 1 };
      let len = c1[0].length;
      let single = true;
      if (rest[len] === ':') {
        const c2 = CELL.exec(rest.slice(len + 1));
        if (!c2) throw new NameError();
        const r2 = +c2[2] - 1;
        const col2 = colNum(c2[1]);
        area = {
          top: Math.min(area.top, r2),
          left: Math.min(area.left, col2),
          rows: Math.abs(r2 - area.top) + 1,
          cols: Math.abs(col2 - area.left) + 1,
        };
        len += 1 + c2[0].length;
        single = false;
      }
      if (area.top < 0 || area.top + area.rows > MAX_ROWS || area.left + area.cols > MAX_COLUMNS) throw new NameError();
      out.push({ t: 'ref', sheet, area, single });
      i += consumed + len;
      continue;
    }
    if (sheet !== null) throw new NameError();
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(rest);
    if (fn) {
      out.push({ t: 'func', name: fn[1].toUpperCase() });
      out.push({ t: '(' });
      i += fn[0].length;
      continue;
    }
    throw new NameError();
  }
  return out;
}

type Node =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'ref'; sheet: string | null; area: Area; single: boolean }
  | { k: 'neg'; e: Node }
  | { k: 'bin'; op: '+' | '-' | '*' | '/'; a: Node; b: Node }
  | { k: 'sum'; args: Node[] };

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  parse(): Node {
    const n = this.expr();
    if (this.i !== this.toks.length) throw new NameError();
    return n;
  }

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private expr(): Node {
    let a = this.term();
    for (;;) {
      const t = this.peek();
      if (t && t.t === 'op' && (t.v === '+' || t.v === '-')) {
        this.i++;
        a = { k: 'bin', op: t.v, a, b: this.term() };
      } else return a;
    }
  }

  private term(): Node {
    let a = this.unary();
    for (;;) {
      const t = this.peek();
      if (t && t.t === 'op' && (t.v === '*' || t.v === '/')) {
        this.i++;
        a = { k: 'bin', op: t.v, a, b: this.unary() };
      } else return a;
    }
  }

  private unary(): Node {
    const t = this.peek();
    if (t && t.t === 'op' && (t.v === '+' || t.v === '-')) {
      this.i++;
      const e = this.unary();
      return t.v === '-' ? { k: 'neg', e } : e;
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.toks[this.i++];
    if (!t) throw new NameError();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'ref':
        return { k: 'ref', sheet: t.sheet, area: t.area, single: t.single };
      case '(': {
        const e = this.expr();
        if (this.toks[this.i++]?.t !== ')') throw new NameError();
        return e;
      }
      case 'func': {
        if (t.name !== 'SUM') throw new NameError();
        this.i++; // '('
        const args: Node[] = [];
        if (this.peek()?.t === ')') {
          this.i++;
          return { k: 'sum', args };
        }
        for (;;) {
          args.push(this.expr());
          const sep = this.toks[this.i++];
          if (sep?.t === ')') break;
          if (sep?.t !== ',') throw new NameError();
        }
        return { k: 'sum', args };
      }
      default:
        throw new NameError();
    }
  }
}

function toNumber(v: EvalValue): number | EvalError {
  if (isEvalError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = v.trim();
  if (t !== '' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    const n = Number(t.replace('%', ''));
    return t.endsWith('%') ? n / 100 : n;
  }
  return { error: '#VALUE!' };
}

function evalNode(n: Node, host: EvalHost): EvalValue {
  switch (n.k) {
    case 'num':
      return n.v;
    case 'str':
      return n.v;
    case 'ref': {
      if (n.sheet !== null && !host.sheetExists(n.sheet)) return { error: '#REF!' };
      if (!n.single) return { error: '#VALUE!' };
      return host.cell(n.sheet, n.area.top, n.area.left);
    }
    case 'neg': {
      const v = toNumber(evalNode(n.e, host));
      return isEvalError(v) ? v : -v;
    }
    case 'bin': {
      const a = toNumber(evalNode(n.a, host));
      if (isEvalError(a)) return a;
      const b = toNumber(evalNode(n.b, host));
      if (isEvalError(b)) return b;
      switch (n.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? { error: '#DIV/0!' } : a / b;
      }
      break;
    }
    case 'sum': {
      let s = 0;
      for (const arg of n.args) {
        if (arg.k === 'ref') {
          if (arg.sheet !== null && !host.sheetExists(arg.sheet)) return { error: '#REF!' };
          for (const v of host.area(arg.sheet, arg.area)) {
            if (isEvalError(v)) return v;
            if (typeof v === 'number') s += v;
          }
        } else {
          const v = toNumber(evalNode(arg, host));
          if (isEvalError(v)) return v;
          s += v;
        }
      }
      return s;
    }
  }
  return { error: '#NAME?' };
}

/** Evaluates a formula ('=…'); returns a number, text, boolean or an error value. */
export function evaluateFormula(formula: string, host: EvalHost): EvalValue {
  let tree: Node;
  try {
    tree = new Parser(tokenize(formula.replace(/^=/, ''))).parse();
  } catch (e) {
    if (e instanceof NameError) return { error: '#NAME?' };
    throw e;
  }
  const v = evalNode(tree, host);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { error: '#NUM!' };
    return v === 0 ? 0 : v;
  }
  return v;
}
