/**
 * Reading single values of an extract: codes (and code + name), periods, amounts. Pure functions and
 * small caches; the hot path of a million-row ledger goes through here, so the common shapes have fast paths
 * that give exactly what the general functions in money.ts / dates.ts give.
 */
import { parseAmount, kronorToOre, type DecimalSeparator, type Ore, type ParsedAmount } from '../money';
import { excelSerialToDate, isIsoDate, makePeriod, MONTH_NAMES_SV, MONTH_SHORT_SV, type IsoDate, type Period } from '../dates';

export type RawCell = string | number | boolean | null;

/** A cell as text: numbers that are codes come back without ".0" or exponent; text trimmed. */
export function cellString(v: RawCell | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? v.toFixed(0) : String(v);
    return String(v);
  }
  return v ? 'TRUE' : 'FALSE';
}

export function isEmptyCell(v: RawCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

// ---------------------------------------------------------------------------------------------------------
// Codes

export interface CodeName {
  code: string;
  name: string | null;
}

const CODE_NAME_RE = /^([0-9A-ZÅÄÖÆØ][0-9A-ZÅÄÖÆØ._/]*)(?:\s*[-–:]\s+|\s+)(\S.*)$/;

/**
 * Splits "46362 Köp medicinskt färdigbeh" and "400 - Stadsmiljönämnden" into code and name.
 * The code is the first word: digits (and letters), or — when `letterCodes` (the column's values mostly
 * split, see columnHoldsCodeNames) — an upper-case abbreviation followed by a name with lower-case letters
 * ("VVV Vård- och omsorgsnämnd väster"). Anything else is a code without a name.
 */
export function splitCodeName(text: string, letterCodes = true): CodeName {
  const s = text.trim();
  const m = CODE_NAME_RE.exec(s);
  if (!m) return { code: s, name: null };
  const code = m[1];
  const name = m[2].trim();
  if (!/\p{L}/u.test(name)) return { code: s, name: null };
  if (/[0-9]/.test(code)) return { code, name };
  // Letters only: an abbreviation (≤ 8 upper-case letters) before a name written in lower case.
  if (letterCodes && code.length <= 8 && /\p{Ll}/u.test(name)) return { code, name };
  return { code: s, name: null };
}

/**
 * Decides from sample values whether a column holds "code name" values (half or more of them split); only
 * then are letter-only first words ("VVV …") taken as codes. Numeric codes are split in any column.
 */
export function columnHoldsCodeNames(samples: readonly string[]): boolean {
  let split = 0;
  let n = 0;
  for (const s of samples) {
    if (!s) continue;
    n++;
    if (splitCodeName(s).name !== null) split++;
  }
  return n > 0 && split * 2 >= n;
}

// ---------------------------------------------------------------------------------------------------------
// Periods

export type PeriodResult =
  | { ok: true; period: Period; date: IsoDate | null }
  | { ok: false; reason: 'empty' | 'impossible' | 'unreadable' };

const MONTHS_BY_NAME: Record<string, number> = {};
MONTH_NAMES_SV.forEach((m, i) => (MONTHS_BY_NAME[m] = i + 1));
MONTH_SHORT_SV.forEach((m, i) => (MONTHS_BY_NAME[m] = i + 1));
['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].forEach(
  (m, i) => {
    MONTHS_BY_NAME[m] = i + 1;
    MONTHS_BY_NAME[m.slice(0, 3)] = i + 1;
  },
);
MONTHS_BY_NAME['okt'] = 10;
MONTHS_BY_NAME['maj'] = 5;
MONTHS_BY_NAME['sept'] = 9;

/** Month number of a month name (Swedish or English, long or short, any case), or null. */
export function monthOfName(name: string): number | null {
  const k = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return MONTHS_BY_NAME[k] ?? null;
}

function ym(y: number, m: number): PeriodResult {
  if (y < 1900 || y > 2999) return { ok: false, reason: 'impossible' };
  if (m < 1 || m > 12) return { ok: false, reason: 'impossible' };
  return { ok: true, period: makePeriod(y, m), date: null };
}

function ymd(y: number, m: number, d: number): PeriodResult {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (y < 1900 || y > 2999 || !isIsoDate(iso)) return { ok: false, reason: 'impossible' };
  return { ok: true, period: iso.slice(0, 7), date: iso };
}

/**
 * Reads a period from a cell: `YYYYMM`, `YYYY-MM`, `YYYY/MM`, dates (`YYYY-MM-DD`, `YYYYMMDD`, `DD.MM.YYYY`,
 * with an optional time), month names (`mars 2026`), Excel serial dates (numeric cells).
 */
export function parsePeriodCell(v: RawCell | undefined): PeriodResult {
  if (v === null || v === undefined) return { ok: false, reason: 'empty' };
  if (typeof v === 'boolean') return { ok: false, reason: 'unreadable' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, reason: 'unreadable' };
    if (Number.isInteger(v) && v >= 100000 && v <= 999999) return ym(Math.floor(v / 100), v % 100);
    if (Number.isInteger(v) && v >= 10000000 && v <= 99999999) return ymd(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
    if (v >= 1 && v < 2958466 && Math.floor(v) !== 60) {
      const d = excelSerialToDate(v);
      return { ok: true, period: d.slice(0, 7), date: d };
    }
    return { ok: false, reason: 'impossible' };
  }
  const s = v.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  let m = /^(\d{4})-?(\d{2})$/.exec(s) ?? /^(\d{4})[/.](\d{1,2})$/.exec(s);
  if (m) return ym(+m[1], +m[2]);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return ymd(+m[3], +m[2], +m[1]);
  m = /^(\p{L}+)\.?\s+(\d{4})$/u.exec(s);
  if (m) {
    const mo = monthOfName(m[1]);
    return mo ? ym(+m[2], mo) : { ok: false, reason: 'unreadable' };
  }
  m = /^(\d{4})\s+(\p{L}+)\.?$/u.exec(s);
  if (m) {
    const mo = monthOfName(m[2]);
    return mo ? ym(+m[1], mo) : { ok: false, reason: 'unreadable' };
  }
  return { ok: false, reason: 'unreadable' };
}

// ---------------------------------------------------------------------------------------------------------
// Amounts

/**
 * Fast path for the usual shapes (`-1234`, `1 234,50`, `1234.5`): exactly what parseAmount gives, or
 * undefined when the text is anything else (then parseAmount decides).
 */
export function fastAmount(s: string, dec: DecimalSeparator | undefined): number | undefined {
  return fastAmountRange(s, 0, s.length, dec);
}

/** fastAmount over s[from, to) (a field inside a line, without slicing it out). */
export function fastAmountRange(s: string, from: number, to: number, dec: DecimalSeparator | undefined): number | undefined {
  const n = to;
  let i = from;
  while (i < n && s.charCodeAt(i) === 32) i++;
  let end = n;
  while (end > i && s.charCodeAt(end - 1) === 32) end--;
  if (i >= end) return undefined;
  let neg = false;
  if (s.charCodeAt(i) === 45) {
    neg = true;
    i++;
  }
  let value = 0;
  let digits = 0;
  let groupLen = 0;
  let groups = 0; // number of space separators seen
  let firstGroup = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      groupLen++;
      continue;
    }
    if (c === 32 || c === 0xa0 || c === 0x202f) {
      if (groups === 0) firstGroup = groupLen;
      else if (groupLen !== 3) return undefined;
      if (groupLen === 0) return undefined;
      groups++;
      groupLen = 0;
      continue;
    }
    break;
  }
  if (digits === 0 || digits > 15) return undefined;
  if (groups > 0) {
    if (groupLen !== 3 || firstGroup > 3) return undefined;
  }
  let frac = 0;
  if (i < end) {
    const c = s.charCodeAt(i);
    if (!((c === 44 && dec === ',') || (c === 46 && dec === '.'))) return undefined;
    const f1 = i + 1 < end ? s.charCodeAt(i + 1) - 48 : -1;
    const f2 = i + 2 < end ? s.charCodeAt(i + 2) - 48 : -1;
    const len = end - i - 1;
    if (len === 1 && f1 >= 0 && f1 <= 9) frac = f1 * 10;
    else if (len === 2 && f1 >= 0 && f1 <= 9 && f2 >= 0 && f2 <= 9) frac = f1 * 10 + f2;
    else return undefined;
  }
  const ore = value * 100 + frac;
  if (!Number.isSafeInteger(ore)) return undefined;
  return neg && ore !== 0 ? -ore : ore;
}

/** Reads an amount cell as öre: numeric cells are kronor; text through the fast path or parseAmount. */
export function parseAmountCell(v: RawCell | undefined, dec: DecimalSeparator | undefined): ParsedAmount {
  if (v === null || v === undefined) return { ok: false, reason: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false, reason: 'notANumber' };
    if (Math.abs(v) >= 9e13) return { ok: false, reason: 'tooLarge' };
    const ore: Ore = kronorToOre(v);
    return { ok: true, ore, rounded: Math.abs(v * 100 - ore) > 1e-6 };
  }
  if (typeof v === 'boolean') return { ok: false, reason: 'notANumber' };
  const f = fastAmount(v, dec);
  if (f !== undefined) return { ok: true, ore: f, rounded: false };
  return parseAmount(v, dec ? { decimalSeparator: dec } : {});
}
