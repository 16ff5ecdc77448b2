/**
 * A test-only evaluator for the formula subset the report sheets write, independent of the product's code:
 * numbers, "text", cell and area references (optionally 'Sheet'!), + − * / with unary minus, comparisons
 * (= <> < > <= >=), and SUM, SUMIF (exact-match criteria "=text", ~ escapes), ROUND (half away from zero, on the
 * value's 15 significant digits as Excel does), ABS, AND, OR. Empty cells are 0 in arithmetic; SUM skips text.
 * Anything else throws, so a formula outside the subset fails the test instead of passing silently.
 */
import type { CellValue } from '../../src/core/port';

export type Value = number | string | boolean | null;

export interface Book {
  /** The value of a plain cell, or undefined when the cell holds a formula (then `formula` gives it). */
  value(sheet: string, row: number, col: number): CellValue;
  formula(sheet: string, row: number, col: number): string | null;
}

type Tok =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'ref'; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { k: 'fn'; v: string }
  | { k: 'op'; v: string }
  | { k: '(' }
  | { k: ')' }
  | { k: ',' };

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)/;

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const s = src.startsWith('=') ? src.slice(1) : src;
  while (i < s.length) {
    const ch = s[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= s.length) throw new Error(`unterminated string in ${src}`);
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      out.push({ k: 'str', v });
      i = j + 1;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const m = /^\d+(\.\d+)?/.exec(s.slice(i)) as RegExpExecArray;
      out.push({ k: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if ('<>='.includes(ch)) {
      const two = s.slice(i, i + 2);
      if (two === '<>' || two === '<=' || two === '>=') {
        out.push({ k: 'op', v: two });
        i += 2;
      } else {
        out.push({ k: 'op', v: ch });
        i++;
      }
      continue;
    }
    if ('+-*/'.includes(ch)) {
      out.push({ k: 'op', v: ch });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ k: ch } as Tok);
      i++;
      continue;
    }
    // A sheet prefix, a reference, or a function name.
    let sheet: string | null = null;
    let rest = s.slice(i);
    let used = 0;
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (s[j] === "'" && s[j + 1] === "'") {
          name += "'";
          j += 2;
          continue;
        }
        if (s[j] === "'") break;
        name += s[j++];
      }
      if (s[j + 1] !== '!') throw new Error(`bad sheet reference in ${src}`);
      sheet = name;
      used = j + 2 - i;
      rest = s.slice(i + used);
    } else {
      const m = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
      if (m) {
        sheet = m[1];
        used = m[0].length;
        rest = rest.slice(used);
      }
    }
    const c1 = CELL.exec(rest);
    const fn = /^([A-Z][A-Z0-9.]*)\(/.exec(rest);
    if (c1 && !(fn && fn[1].length >= c1[0].length)) {
      let len = c1[0].length;
      let r2 = +c1[2] - 1;
      let c2 = col(c1[1]);
      const tail = rest.slice(len);
      const m2 = /^:\$?([A-Z]{1,3})\$?(\d+)/.exec(tail);
      if (m2) {
        r2 = +m2[2] - 1;
        c2 = col(m2[1]);
        len += m2[0].length;
      }
      out.push({ k: 'ref', sheet, r1: +c1[2] - 1, c1: col(c1[1]), r2, c2 });
      i += used + len;
      continue;
    }
    if (fn && sheet === null) {
      out.push({ k: 'fn', v: fn[1] });
      i += fn[1].length;
      continue;
    }
    throw new Error(`cannot read "${rest.slice(0, 12)}" in ${src}`);
  }
  return out;
}

type Node =
  | { t: 'val'; v: Value }
  | { t: 'ref'; ref: Extract<Tok, { k: 'ref' }> }
  | { t: 'un'; op: string; a: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; name: string; args: Node[] };

function parse(tokens: Tok[], src: string): Node {
  let p = 0;
  const peek = () => tokens[p];
  const expect = (k: string) => {
    const x = tokens[p++];
    if (!x || x.k !== k) throw new Error(`expected ${k} in ${src}`);
  };
  const prec: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3 };
  const primary = (): Node => {
    const x = tokens[p++];
    if (!x) throw new Error(`unexpected end of ${src}`);
    if (x.k === 'num') return { t: 'val', v: x.v };
    if (x.k === 'str') return { t: 'val', v: x.v };
    if (x.k === 'ref') return { t: 'ref', ref: x };
    if (x.k === 'op' && (x.v === '-' || x.v === '+')) return { t: 'un', op: x.v, a: binary(3) };
    if (x.k === '(') {
      const e = binary(0);
      expect(')');
      return e;
    }
    if (x.k === 'fn') {
      expect('(');
      const args: Node[] = [];
      if (peek()?.k !== ')') {
        for (;;) {
          args.push(binary(0));
          if (peek()?.k === ',') {
            p++;
            continue;
          }
          break;
        }
      }
      expect(')');
      return { t: 'call', name: x.v, args };
    }
    throw new Error(`unexpected token in ${src}`);
  };
  const binary = (min: number): Node => {
    let left = primary();
    for (;;) {
      const x = peek();
      if (!x || x.k !== 'op' || prec[x.v] === undefined || prec[x.v] < min) break;
      p++;
      const right = binary(prec[x.v] + 1);
      left = { t: 'bin', op: x.v, a: left, b: right };
    }
    return left;
  };
  const e = binary(0);
  if (p !== tokens.length) throw new Error(`trailing tokens in ${src}`);
  return e;
}

/** Excel's ROUND: half away from zero on the value's 15 significant digits. */
export function excelRound(x: number, digits: number): number {
  const v = Number(x.toPrecision(15));
  const f = 10 ** digits;
  const scaled = Number((Math.abs(v) * f).toPrecision(15));
  const r = Math.floor(scaled + 0.5);
  return (Math.sign(v) * r) / f;
}

export class Evaluator {
  private readonly cache = new Map<string, Value>();
  /** Functions seen (tests assert the subset). */
  readonly functions = new Set<string>();

  constructor(private readonly book: Book) {}

  cell(sheet: string, row: number, c: number): Value {
    const key = `${sheet}\u0000${row}\u0000${c}`;
    if (this.cache.has(key)) return this.cache.get(key) as Value;
    const f = this.book.formula(sheet, row, c);
    const v = f ? this.evaluate(f, sheet) : (this.book.value(sheet, row, c) ?? null);
    this.cache.set(key, v);
    return v;
  }

  evaluate(formula: string, sheet: string): Value {
    return this.node(parse(tokenize(formula), formula), sheet);
  }

  private area(ref: Extract<Tok, { k: 'ref' }>, sheet: string): Value[] {
    const s = ref.sheet ?? sheet;
    const out: Value[] = [];
    for (let r = Math.min(ref.r1, ref.r2); r <= Math.max(ref.r1, ref.r2); r++) {
      for (let c = Math.min(ref.c1, ref.c2); c <= Math.max(ref.c1, ref.c2); c++) out.push(this.cell(s, r, c));
    }
    return out;
  }

  private num(v: Value): number {
    if (v === null || v === '') return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    throw new Error(`text "${v}" in arithmetic`);
  }

  private node(n: Node, sheet: string): Value {
    switch (n.t) {
      case 'val':
        return n.v;
      case 'ref': {
        if (n.ref.r1 !== n.ref.r2 || n.ref.c1 !== n.ref.c2) throw new Error('an area outside a function');
        return this.cell(n.ref.sheet ?? sheet, n.ref.r1, n.ref.c1);
      }
      case 'un': {
        const a = this.num(this.node(n.a, sheet));
        return n.op === '-' ? -a : a;
      }
      case 'bin': {
        const a = this.node(n.a, sheet);
        const b = this.node(n.b, sheet);
        switch (n.op) {
          case '+':
            return this.num(a) + this.num(b);
          case '-':
            return this.num(a) - this.num(b);
          case '*':
            return this.num(a) * this.num(b);
          case '/': {
            const d = this.num(b);
            if (d === 0) throw new Error('#DIV/0!');
            return this.num(a) / d;
          }
          default: {
            const x = typeof a === 'string' || typeof b === 'string' ? String(a ?? '') : this.num(a);
            const y = typeof a === 'string' || typeof b === 'string' ? String(b ?? '') : this.num(b);
            switch (n.op) {
              case '=':
                return x === y;
              case '<>':
                return x !== y;
              case '<':
                return x < y;
              case '>':
                return x > y;
              case '<=':
                return x <= y;
              case '>=':
                return x >= y;
            }
          }
        }
        throw new Error(`operator ${n.op}`);
      }
      case 'call': {
        this.functions.add(n.name);
        const vals = (a: Node): Value[] => (a.t === 'ref' ? this.area(a.ref, sheet) : [this.node(a, sheet)]);
        switch (n.name) {
          case 'SUM': {
            let s = 0;
            for (const a of n.args) for (const v of vals(a)) if (typeof v === 'number') s += v;
            return s;
          }
          case 'SUMIF': {
            const [range, crit, sumRange] = n.args;
            if (range.t !== 'ref' || sumRange?.t !== 'ref') throw new Error('SUMIF needs areas');
            const c = String(this.node(crit, sheet));
            if (!c.startsWith('=')) throw new Error(`SUMIF criterion without "=": ${c}`);
            const want = c.slice(1).replace(/~([~*?])/g, '$1').toLowerCase();
            const keys = this.area(range.ref, sheet);
            const sums = this.area(sumRange.ref, sheet);
            let s = 0;
            keys.forEach((k, i) => {
              if (String(k ?? '').toLowerCase() === want && typeof sums[i] === 'number') s += sums[i] as number;
            });
            return s;
          }
          case 'ROUND':
            return excelRound(this.num(this.node(n.args[0], sheet)), this.num(this.node(n.args[1], sheet)));
          case 'ABS':
            return Math.abs(this.num(this.node(n.args[0], sheet)));
          case 'AND':
            return n.args.every((a) => Boolean(this.node(a, sheet)));
          case 'OR':
            return n.args.some((a) => Boolean(this.node(a, sheet)));
          default:
            throw new Error(`function ${n.name} is outside the subset`);
        }
      }
    }
  }
}
