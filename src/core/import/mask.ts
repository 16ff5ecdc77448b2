/**
 * Masking of Swedish personnummer and samordningsnummer in free text, before anything is stored.
 *
 * A candidate is 10 digits (YYMMDDNNNC) or 12 digits (YYYYMMDDNNNC), optionally with `-` or `+` before the
 * last four, not touching other digits. It is masked when the date part is a possible date (samordningsnummer:
 * day + 60) and the Luhn check digit over the 10-digit form is right. Masks keep the shape, not the digits:
 * `ÅÅMMDD-****` (10 digits) and `ÅÅÅÅMMDD-****` (12 digits).
 *
 * This is the one module for personal-number rules (import masking, resource-board cases, the placement
 * register). Case data (reasons, notes, case keys) uses the stricter `CASE_DATA_POLICY`: there a space may
 * separate the date from the last four digits, and `YYMMDD-NNNN` / `YYMMDD+NNNN` counts by its shape alone (a
 * typo in the check digit is still a personnummer). Ledger text keeps the default (Luhn always required:
 * invoice and order numbers with dashes are common there).
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

/** Which personal-number shapes count (see the module comment). */
export interface PersonalNumberPolicy {
  /** `YYMMDD-NNNN` / `YYMMDD+NNNN` counts without a valid check digit. */
  separatorWithoutLuhn?: boolean;
  /** A space may separate the date from the last four digits (`YYMMDD NNNN`). */
  spaceSeparator?: boolean;
}

/** The policy for case data: reasons, notes and case keys of the resource board and the placement register. */
export const CASE_DATA_POLICY: Readonly<PersonalNumberPolicy> = Object.freeze({ separatorWithoutLuhn: true, spaceSeparator: true });

const CANDIDATE_WITH_SPACE = /(?<![0-9])((?:19|20|18)?)([0-9]{6})([-+ ]?)([0-9]{4})(?![0-9])/g;

/** True when the text holds a personnummer or samordningsnummer. */
export function hasPersonalNumber(text: string, policy?: PersonalNumberPolicy): boolean {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return false;
  return maskPersonalNumbers(text, policy).count > 0;
}

/**
 * Masks every personnummer/samordningsnummer in the text; returns the text and how many were masked.
 * Without a policy: 10 or 12 digits, `-`/`+`/nothing between, a possible date and a valid check digit.
 */
export function maskPersonalNumbers(text: string, policy?: PersonalNumberPolicy): { text: string; count: number } {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return { text, count: 0 };
  let count = 0;
  const re = policy?.spaceSeparator ? CANDIDATE_WITH_SPACE : CANDIDATE;
  const out = text.replace(re, (whole, century: string, yymmdd: string, sep: string, last4: string) => {
    if (!plausibleDate(yymmdd)) return whole;
    const byShape = policy?.separatorWithoutLuhn === true && (sep === '-' || sep === '+');
    if (!byShape && !luhnValid(yymmdd + last4)) return whole;
    count++;
    return century ? MASK_12 : MASK_10;
  });
  return { text: count ? out : text, count };
}

/**
 * The kind of the first personal number in the text under the case-data policy: 'samordningsnummer' when its
 * day is 61–91 (day + 60), 'personnummer' otherwise; null when there is none.
 */
export function personalNumberKind(text: string): 'personnummer' | 'samordningsnummer' | null {
  if (text.length < 10 || !SIX_DIGITS.test(text)) return null;
  for (const m of text.matchAll(CANDIDATE_WITH_SPACE)) {
    const yymmdd = m[2];
    if (!plausibleDate(yymmdd)) continue;
    const sep = m[3];
    if (!(sep === '-' || sep === '+') && !luhnValid(yymmdd + m[4])) continue;
    return +yymmdd.slice(4, 6) > 60 ? 'samordningsnummer' : 'personnummer';
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Case keys (pseudonyms)

export const CASE_KEY_MAX_LENGTH = 20;

export type CaseKeyProblem = 'empty' | 'tooLong' | 'chars' | 'noDigit' | 'personalNumber' | 'name';

/**
 * Why a case key is not an acceptable pseudonym, or null.
 * A key is letters, digits, '-', '_' or '.', at most 20 characters, with at least one digit (a running number),
 * no personnummer / samordningsnummer (also a bare run of 10 or 12 digits) and no "Förnamn-Efternamn" shape
 * (two capitalised words next to each other, also written together: "AnnaSvensson7").
 */
export function caseKeyProblem(key: string): CaseKeyProblem | null {
  const k = key.trim();
  if (k.length === 0) return 'empty';
  // Personal numbers are looked for first: "19121212-1212" must be refused as such, not as "too long".
  if (hasPersonalNumber(k, CASE_DATA_POLICY) || /(?<!\d)\d{10}(?!\d)|(?<!\d)\d{12}(?!\d)/.test(k)) return 'personalNumber';
  if (k.length > CASE_KEY_MAX_LENGTH) return 'tooLong';
  if (!/^[\p{L}\p{N}_.-]+$/u.test(k)) return 'chars';
  const parts = k.split(/[-_.]+/).filter((p) => p.length > 0);
  for (let i = 0; i + 1 < parts.length; i++) {
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(parts[i]) && /^\p{Lu}\p{Ll}{2,}$/u.test(parts[i + 1])) return 'name';
  }
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}{2,}\d*$/u.test(k)) return 'name'; // "AnnaSvensson1"
  if (!/\p{N}/u.test(k)) return 'noDigit';
  return null;
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
