/**
 * Exact rational numbers on BigInt, for cost expressions: `6 * 52 / 12` must be exactly 26 and
 * `price × quantity × (1 + uplift)^years` must round to öre only once (see compute.ts).
 * Always normalised: denominator > 0, gcd(num, den) = 1.
 */

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = typeof n === 'bigint' ? n : BigInt(n);
  let dd = typeof d === 'bigint' ? d : BigInt(d);
  if (dd === 0n) throw new RangeError('division med noll');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO = rat(0);
export const ONE = rat(1);

export function add(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}
export function sub(a: Rational, b: Rational): Rational {
  return rat(a.n * b.d - b.n * a.d, a.d * b.d);
}
export function mul(a: Rational, b: Rational): Rational {
  return rat(a.n * b.n, a.d * b.d);
}
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division med noll');
  return rat(a.n * b.d, a.d * b.n);
}
export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export function isZero(a: Rational): boolean {
  return a.n === 0n;
}
/** a^k for an integer k ≥ 0. */
export function powInt(a: Rational, k: number): Rational {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`ogiltig exponent: ${k}`);
  let out = ONE;
  for (let i = 0; i < k; i++) out = mul(out, a);
  return out;
}

/** Largest integer ≤ a. */
export function floorInt(a: Rational): bigint {
  const q = a.n / a.d; // truncates toward zero
  return a.n < 0n && q * a.d !== a.n ? q - 1n : q;
}
/** Smallest integer ≥ a. */
export function ceilInt(a: Rational): bigint {
  const q = a.n / a.d;
  return a.n > 0n && q * a.d !== a.n ? q + 1n : q;
}
/** Nearest integer, halves away from zero (the rounding used for money everywhere in core). */
export function roundHalfAwayInt(a: Rational): bigint {
  const absN = a.n < 0n ? -a.n : a.n;
  let q = absN / a.d;
  if ((absN % a.d) * 2n >= a.d) q += 1n;
  return a.n < 0n ? -q : q;
}
/** Rounds to `decimals` decimals, halves away from zero. */
export function roundTo(a: Rational, decimals: number): Rational {
  const scale = 10n ** BigInt(decimals);
  return rat(roundHalfAwayInt(mul(a, rat(scale))), scale);
}

/** An exact rational from a JS number via its shortest round-trip decimal text ("0.1" → 1/10, "1.5e-7"). */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`inte ett ändligt tal: ${x}`);
  return fromDecimalText(String(x));
}

/** Parses a decimal text with optional sign, fraction and exponent (`-12.5`, `1e3`, `2.5E-2`). */
export function fromDecimalText(s: string): Rational {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`inte ett decimaltal: ${s}`);
  const intDigits = m[2] || '0';
  const frac = m[3] ?? '';
  const exp = m[4] ? parseInt(m[4], 10) : 0;
  if (Math.abs(exp) > 400) throw new RangeError(`för stor exponent: ${s}`);
  let n = BigInt(intDigits + frac);
  let d = 10n ** BigInt(frac.length);
  if (exp > 0) n *= 10n ** BigInt(exp);
  else if (exp < 0) d *= 10n ** BigInt(-exp);
  if (m[1] === '-') n = -n;
  return rat(n, d);
}

/** Approximate JS number (for display only, never for sums). */
export function toNumber(a: Rational): number {
  // Scale to keep precision for large numerators and denominators.
  const q = a.n / a.d;
  const r = a.n - q * a.d;
  return Number(q) + Number((r * 1_000_000_000_000n) / a.d) / 1e12;
}

/** True when the rational is an integer. */
export function isInteger(a: Rational): boolean {
  return a.d === 1n;
}
