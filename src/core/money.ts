/**
 * Money in core is an integer number of öre (1 kr = 100 öre), always a safe integer.
 * Parsing never goes through a float: the digits of the text are read as integers.
 * Formatting happens only at the edge (sv-SE style), but the functions live here so
 * that the CLI, the task pane and the sheets format the same way.
 */

export type Ore = number;

export const ORE_PER_KRONA = 100;

/** Throws when n is not a safe integer (a sum that overflowed, or a stray float). */
export function assertOre(n: number, what = 'belopp'): asserts n is Ore {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} är inte ett heltal öre: ${n}`);
  }
}

/** Sum of integer öre with an overflow check at the end (JS numbers are exact up to 2^53). */
export function sumOre(values: Iterable<number>): Ore {
  let s = 0;
  for (const v of values) s += v;
  assertOre(s, 'summa');
  return s;
}

/**
 * Converts a kronor value read from a spreadsheet cell (a double) to öre.
 * Values with at most two decimals convert exactly for |kr| < 10^13.
 */
export function kronorToOre(kr: number): Ore {
  if (!Number.isFinite(kr)) throw new RangeError(`ogiltigt belopp: ${kr}`);
  const ore = Math.round(kr * 100);
  // Math.round rounds -0.5 towards +inf; make rounding symmetric (half away from zero).
  const exact = kr * 100;
  const fixed = exact < 0 && Math.abs(exact - Math.trunc(exact)) === 0.5 ? ore - 1 : ore;
  assertOre(fixed);
  return fixed === 0 ? 0 : fixed;
}

/** Öre to a kronor double for writing to a cell (exact to two decimals when displayed). */
export function oreToKronor(ore: Ore): number {
  return ore / 100;
}

/** Integer division rounding half away from zero, exact for safe integers (uses BigInt when needed). */
export function divRound(numerator: number, denominator: number): number {
  if (denominator === 0) throw new RangeError('division med noll');
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError('divRound kräver heltal');
  }
  const neg = numerator < 0 !== denominator < 0;
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  let q = n / d;
  const r = n % d;
  if (r * 2n >= d) q += 1n;
  const out = Number(neg ? -q : q);
  return out === 0 ? 0 : out;
}

/** Multiplies öre by a rational p/q and rounds half away from zero, exactly. */
export function mulDivRound(ore: Ore, p: number, q: number): Ore {
  if (!Number.isSafeInteger(ore) || !Number.isSafeInteger(p) || !Number.isSafeInteger(q)) {
    throw new RangeError('mulDivRound kräver heltal');
  }
  const out = Number(roundFraction(BigInt(ore) * BigInt(p), BigInt(q)));
  assertOre(out);
  return out === 0 ? 0 : out;
}

/** Rounds the exact fraction num/den (BigInt, den ≠ 0) to the nearest integer, half away from zero. */
export function roundFraction(num: bigint, den: bigint): bigint {
  if (den === 0n) throw new RangeError('division med noll');
  const neg = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  return neg ? -q : q;
}

/**
 * Splits `total` öre over `weights` (non-negative integers or any non-negative numbers)
 * so that the parts are integers and sum exactly to `total` (largest-remainder method).
 * With all weights zero the total is split evenly. Deterministic: ties go to the earlier index.
 */
export function allocate(total: Ore, weights: readonly number[]): Ore[] {
  assertOre(total);
  const n = weights.length;
  if (n === 0) {
    if (total !== 0) throw new RangeError('kan inte fördela ett belopp på noll delar');
    return [];
  }
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`ogiltig vikt: ${w}`);
  }
  // Scale weights to integers so the arithmetic is exact.
  const allInt = weights.every((w) => Number.isSafeInteger(w));
  const intWeights = allInt ? weights.map((w) => BigInt(w)) : weights.map((w) => BigInt(Math.round(w * 1e9)));
  let sumW = intWeights.reduce((a, b) => a + b, 0n);
  const ws = sumW === 0n ? intWeights.map(() => 1n) : intWeights;
  if (sumW === 0n) sumW = BigInt(n);
  const sign = total < 0 ? -1n : 1n;
  const t = BigInt(Math.abs(total));
  const parts: bigint[] = [];
  const rems: { i: number; r: bigint }[] = [];
  let used = 0n;
  for (let i = 0; i < n; i++) {
    const num = t * ws[i];
    const q = num / sumW;
    parts.push(q);
    used += q;
    rems.push({ i, r: num % sumW });
  }
  let left = t - used;
  rems.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (let k = 0; left > 0n; k++, left--) parts[rems[k % n].i] += 1n;
  return parts.map((p) => {
    const v = Number(p * sign);
    return v === 0 ? 0 : v;
  });
}

// ---------------------------------------------------------------------------
// Parsing

export type DecimalSeparator = ',' | '.';

export interface ParseAmountOptions {
  /** The column's decimal separator when known (detected over the whole column); otherwise decided per value. */
  decimalSeparator?: DecimalSeparator;
}

export type ParsedAmount =
  | { ok: true; ore: Ore; rounded: boolean }
  | { ok: false; reason: 'empty' | 'notANumber' | 'tooLarge' };

const MINUS_CHARS = new Set(['-', '\u2212', '\u2013', '\u2012']);
const SPACE_RE = /[\s\u00a0\u202f\u2009\u2007]/g;
const MISSING = new Set(['', 'null', 'saknas', 'n/a', '#n/a', '-', '–', '—']);

/**
 * Parses an amount written the way Swedish ledgers and Excel exports write them:
 * `1 234,50`, `1.234,50`, `1,234.50`, `1'234.50`, `-12`, `−12`, `12-` (trailing minus),
 * `(12,00)`, `1 234:-`, `12 kr`, `1,5E+3`. Returns integer öre, exact (digits, not floats);
 * more than two decimals are rounded half away from zero and flagged.
 */
export function parseAmount(input: string, opts: ParseAmountOptions = {}): ParsedAmount {
  let s = input.trim();
  if (MISSING.has(s.toLowerCase())) return { ok: false, reason: 'empty' };
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // Currency markers.
  s = s.replace(/\s*(kr|sek|:-)\.?$/i, '').replace(/^(sek|kr)\s*/i, '');
  if (s.length > 0 && MINUS_CHARS.has(s[0])) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  } else if (s.length > 1 && MINUS_CHARS.has(s[s.length - 1])) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (s.length === 0) return { ok: false, reason: 'notANumber' };

  // Exponent (Excel's CSV export of large numbers).
  let exponent = 0;
  const expMatch = /^(.*?)[eE]([+-]?\d{1,3})$/.exec(s);
  if (expMatch) {
    s = expMatch[1];
    exponent = parseInt(expMatch[2], 10);
  }

  const body = s.replace(SPACE_RE, ' ');
  if (!/^[0-9 .,']+$/.test(body) || !/[0-9]/.test(body)) return { ok: false, reason: 'notANumber' };

  // Decide which character is the decimal separator.
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  let dec: string | null = null;
  if (opts.decimalSeparator) {
    dec = body.includes(opts.decimalSeparator) ? opts.decimalSeparator : null;
    if (dec && body.indexOf(dec) !== body.lastIndexOf(dec)) return { ok: false, reason: 'notANumber' };
  } else if (lastComma >= 0 && lastDot >= 0) {
    dec = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0) {
    dec = body.indexOf(',') === lastComma ? ',' : null;
  } else if (lastDot >= 0) {
    if (body.indexOf('.') !== lastDot) dec = null;
    else {
      // One dot: "1.234" with exactly three digits after is read as a thousands separator only
      // when the integer part is short and a leading digit group (Swedish exports); otherwise decimal.
      const after = body.length - lastDot - 1;
      const before = body.slice(0, lastDot).replace(/[ ']/g, '');
      dec = after === 3 && before.length >= 1 && before.length <= 3 && before[0] !== '0' ? null : '.';
    }
  }

  let intPart: string;
  let fracPart: string;
  if (dec !== null) {
    const at = body.lastIndexOf(dec);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
    if (!/^[0-9]*$/.test(fracPart)) return { ok: false, reason: 'notANumber' };
  } else {
    intPart = body;
    fracPart = '';
  }
  // Thousands separators: whatever non-digit is left in the integer part; groups after the first must be 3 digits.
  const groups = intPart.split(/[ .,']/);
  if (groups.length > 1) {
    // Mixed thousands separators such as "1.234 567" are not a number.
    if (new Set(intPart.replace(/[0-9]/g, '')).size > 1) return { ok: false, reason: 'notANumber' };
    if (groups[0].length === 0 || groups[0].length > 3) return { ok: false, reason: 'notANumber' };
    for (let i = 1; i < groups.length; i++) if (groups[i].length !== 3) return { ok: false, reason: 'notANumber' };
  }
  let digits = groups.join('') + fracPart;
  let scale = fracPart.length - exponent; // value = digits × 10^-scale
  if (digits.length === 0) return { ok: false, reason: 'notANumber' };
  // Bring to exactly two decimals.
  let rounded = false;
  if (scale < 2) {
    if (2 - scale > 20) return { ok: false, reason: 'tooLarge' };
    digits = digits + '0'.repeat(2 - scale);
    scale = 2;
  } else if (scale > 2) {
    const cut = scale - 2;
    const padded = digits.length <= cut ? '0'.repeat(cut - digits.length + 1) + digits : digits;
    const keep = padded.slice(0, padded.length - cut);
    const dropped = padded.slice(padded.length - cut);
    rounded = /[1-9]/.test(dropped);
    let kept = BigInt(keep);
    if (dropped.charCodeAt(0) >= 53 /* '5' */) kept += 1n;
    digits = kept.toString();
    scale = 2;
  }
  const stripped = digits.replace(/^0+(?=\d)/, '');
  if (stripped.length > 16) return { ok: false, reason: 'tooLarge' };
  const value = Number(stripped);
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'tooLarge' };
  const ore = negative && value !== 0 ? -value : value;
  return { ok: true, ore, rounded };
}

/** Looks at sample texts of one column and decides the decimal separator, or undefined when nothing tells. */
export function detectDecimalSeparator(samples: Iterable<string>): DecimalSeparator | undefined {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.trim();
    const m = /[.,](\d+)\s*-?\)?$/.exec(s);
    if (!m) continue;
    const sep = s[m.index];
    const hasOther = sep === ',' ? s.includes('.') : s.includes(',');
    if (hasOther) {
      // Both present: the last is the decimal separator.
      if (sep === ',') comma += 2;
      else dot += 2;
    } else if (m[1].length !== 3) {
      if (sep === ',') comma++;
      else dot++;
    }
  }
  if (comma === 0 && dot === 0) return undefined;
  return comma >= dot ? ',' : '.';
}

// ---------------------------------------------------------------------------
// Formatting (sv-SE)

const NBSP = '\u00a0';
const MINUS = '\u2212';

export type AmountUnit = 'kr' | 'tkr' | 'mnkr';

export interface FormatOptions {
  /** Unit to show; the value is scaled (tkr = thousands of kronor). Default kr. */
  unit?: AmountUnit;
  /** Decimals to show. Default: 2 for kr, 0 for tkr, 1 for mnkr. */
  decimals?: number;
  /** Append the unit ("1 234 kr"). Default false. */
  suffix?: boolean;
  /** Minus character: typographic (default) or ASCII hyphen-minus. */
  asciiMinus?: boolean;
  /** Thousands separator; default no-break space. */
  groupSeparator?: string;
}

function groupThousands(intDigits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < intDigits.length; i++) {
    if (i > 0 && (intDigits.length - i) % 3 === 0) out += sep;
    out += intDigits[i];
  }
  return out;
}

/** Formats öre in Swedish style: `1 234 567,89`, `−12,00`, `1 235 tkr`. Rounding half away from zero. */
export function formatOre(ore: Ore, opts: FormatOptions = {}): string {
  assertOre(ore);
  const unit = opts.unit ?? 'kr';
  const decimals = opts.decimals ?? (unit === 'kr' ? 2 : unit === 'tkr' ? 0 : 1);
  const unitOre = unit === 'kr' ? 1 : unit === 'tkr' ? 1000 * 100 : 1_000_000 * 100;
  // value in units = ore / 100 / (unitOre/100) ... compute as integer of 10^-decimals units.
  const denom = BigInt(unitOre) * (unit === 'kr' ? 100n : 1n);
  const scaled = (BigInt(Math.abs(ore)) * 10n ** BigInt(decimals) * 2n + denom) / (2n * denom);
  const s = scaled.toString().padStart(decimals + 1, '0');
  const intDigits = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const body = groupThousands(intDigits, opts.groupSeparator ?? NBSP) + (decimals > 0 ? ',' + frac : '');
  const sign = ore < 0 && scaled !== 0n ? (opts.asciiMinus ? '-' : MINUS) : '';
  return sign + body + (opts.suffix ? NBSP + unit : '');
}

/** Formats a plain number (not money) the Swedish way with the given decimals. */
export function formatNumber(value: number, decimals = 0, asciiMinus = false): string {
  if (!Number.isFinite(value)) return '–';
  const factor = 10 ** decimals;
  const r = Math.round(Math.abs(value) * factor);
  const s = r.toString().padStart(decimals + 1, '0');
  const intDigits = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  const sign = value < 0 && r !== 0 ? (asciiMinus ? '-' : MINUS) : '';
  return sign + groupThousands(intDigits, NBSP) + (decimals > 0 ? ',' + frac : '');
}

/** Formats a ratio (0.053) as a Swedish percentage (`5,3 %`). */
export function formatPercent(ratio: number, decimals = 1): string {
  if (!Number.isFinite(ratio)) return '–';
  return formatNumber(ratio * 100, decimals) + NBSP + '%';
}
