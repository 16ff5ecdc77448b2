/**
 * Masking of Swedish personnummer and samordningsnummer in free text, before anything is stored.
 *
 * A candidate is 10 digits (YYMMDDNNNC) or 12 digits (YYYYMMDDNNNC), optionally with `-` or `+` before the
 * last four, not touching other digits. It is masked when the date part is a possible date (samordningsnummer:
 * day + 60) and the Luhn check digit over the 10-digit form is right. Masks keep the shape, not the digits:
 * `ÅÅMMDD-****` (10 digits) and `ÅÅÅÅMMDD-****` (12 digits).
 */

export const MASK_10 = 'ÅÅMMDD-****';
export const MASK_12 = 'ÅÅÅÅMMDD-****';

const CANDIDATE = /(?<![0-9])((?:19|20|18)?)([0-9]{6})([-+]?)([0-9]{4})(?![0-9])/g;
/** Quick pre-check: six digits in a row (every candidate has them). */
const SIX_DIGITS = /[0-9]{6}/;

/** Luhn check over a string of digits (the last digit is the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    let d = digits.charCodeAt(n - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit for nine digits. */
export function luhnCheckDigit(nine: string): number {
  for (let c = 0; c <= 9; c++) if (luhnValid(nine + c)) return c;
  throw new Error('unreachable');
}

function plausibleDate(yymmdd: string): boolean {
  const mm = +yymmdd.slice(2, 4);
  let dd = +yymmdd.slice(4, 6);
  if (mm < 1 || mm > 12) return false;
  if (dd > 60) dd -= 60; // samordningsnummer
  if (dd < 1 || dd > 31) return false;
  return true;
}

/**
 * Cheap pre-check on s[from, to): false when no personnummer can be there (no run of 10 digits, no 6 digits
 * followed by - or + and 4 digits). A superset of what maskPersonalNumbers masks.
 */
export function mayHoldPersonalNumber(s: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= 10) return true;
      continue;
    }
    if ((c === 45 || c === 43) && run >= 6 && i + 4 < to + 1) {
      let k = 0;
      while (k < 4 && i + 1 + k < to && s.charCodeAt(i + 1 + k) >= 48 && s.charCodeAt(i + 1 + k) <= 57) k++;
      if (k === 4) return true;
    }
    run = 0;
  }
  return false;
}

/** True when the text holds a personnummer or samordningsnummer. */
export function hasPersonalNumber(text: string): boolean {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return false;
  return maskPersonalNumbers(text).count > 0;
}

/** Masks every personnummer/samordningsnummer in the text; returns the text and how many were masked. */
export function maskPersonalNumbers(text: string): { text: string; count: number } {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(CANDIDATE, (whole, century: string, yymmdd: string, _sep: string, last4: string) => {
    if (!plausibleDate(yymmdd)) return whole;
    if (!luhnValid(yymmdd + last4)) return whole;
    count++;
    return century ? MASK_12 : MASK_10;
  });
  return { text: count ? out : text, count };
}

/**
 * A masker that remembers the values it has seen (codes and names repeat across a ledger), counting every
 * occurrence. Bounded: the memory is cleared when it grows past `maxEntries`.
 */
export class CachedMasker {
  private cache = new Map<string, { text: string; count: number }>();
  count = 0;
  constructor(private readonly maxEntries = 200_000) {}

  mask(value: string): string {
    if (value.length < 10) return value;
    let r = this.cache.get(value);
    if (!r) {
      r = maskPersonalNumbers(value);
      if (this.cache.size >= this.maxEntries) this.cache.clear();
      this.cache.set(value, r);
    }
    this.count += r.count;
    return r.text;
  }
}
