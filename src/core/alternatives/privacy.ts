/**
 * Personal data guards for resource-board cases (OSL 26 kap., GDPR art. 9):
 * - a case key must be a pseudonym (no personnummer / samordningsnummer, no "Förnamn Efternamn");
 * - personnummer in free text (reason, notes, labels) are masked before anything is computed, stored or written.
 */

/** What replaces a personnummer in free text (the same shapes as the import's masking, src/core/import/mask.ts). */
export const PERSONAL_NUMBER_MASK_10 = 'ÅÅMMDD-****';
export const PERSONAL_NUMBER_MASK_12 = 'ÅÅÅÅMMDD-****';

/** Luhn check over a string of digits (the last digit is the check digit). */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/** Month 01–12 and day 01–31 (personnummer) or 61–91 (samordningsnummer: day + 60). */
function plausibleDate(yymmdd: string): boolean {
  const mm = +yymmdd.slice(2, 4);
  const dd = +yymmdd.slice(4, 6);
  if (mm < 1 || mm > 12) return false;
  return (dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91);
}

// 6 or 8 date digits, an optional separator (-, +, space), 4 digits; not part of a longer digit run.
const CANDIDATE = /(?<!\d)(\d{8}|\d{6})([-+ ]?)(\d{4})(?!\d)/g;

interface Hit {
  index: number;
  length: number;
  twelve: boolean;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const datePart = m[1];
    const sep = m[2];
    const last4 = m[3];
    if (datePart.length === 8) {
      const century = +datePart.slice(0, 2);
      if (century < 18 || century > 20) continue;
    }
    const yymmdd = datePart.slice(-6);
    if (!plausibleDate(yymmdd)) continue;
    const luhn = luhnValid(yymmdd + last4);
    // With "-" or "+" the shape itself says personnummer (mask even with a typo in the check digit);
    // a bare run of digits must also pass Luhn (invoice numbers are common in free text).
    if (luhn || sep === '-' || sep === '+') hits.push({ index: m.index ?? 0, length: m[0].length, twelve: datePart.length === 8 });
  }
  return hits;
}

/** True when the text holds something shaped like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return findHits(text).length > 0;
}

/** Replaces every personnummer / samordningsnummer in the text with a mask; returns the count. */
export function maskPersonalNumbers(text: string): { text: string; masked: number } {
  const hits = findHits(text);
  if (hits.length === 0) return { text, masked: 0 };
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.index) + (h.twelve ? PERSONAL_NUMBER_MASK_12 : PERSONAL_NUMBER_MASK_10);
    at = h.index + h.length;
  }
  return { text: out + text.slice(at), masked: hits.length };
}

export const CASE_KEY_MAX_LENGTH = 20;

export type CaseKeyProblem = 'empty' | 'tooLong' | 'chars' | 'noDigit' | 'personalNumber' | 'name';

/**
 * Why a case key is not an acceptable pseudonym, or null.
 * A key is letters, digits, '-', '_' or '.', at most 20 characters, with at least one digit (a running number),
 * no personnummer and no "Förnamn-Efternamn" shape (two capitalised words next to each other).
 */
export function caseKeyProblem(key: string): CaseKeyProblem | null {
  const k = key.trim();
  if (k.length === 0) return 'empty';
  // Personal numbers are looked for first: "19121212-1212" must be refused as such, not as "too long".
  if (containsPersonalNumber(k) || /(?<!\d)\d{10}(?!\d)|(?<!\d)\d{12}(?!\d)/.test(k)) return 'personalNumber';
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
