/**
 * What Excel makes of a value written through Range.values (as if typed into the cell):
 * - a string starting with '=' is a formula; so is '+'/'-' followed by anything that is not a number,
 *   and '@…' (the implicit-intersection operator) — e.g. '-minskat' becomes =-minskat (#NAME?);
 * - numeric-looking strings become numbers ('0610' → 610, '1e5', '5%' → 0.05, '1,234'), 'TRUE'/'FALSE'
 *   become booleans, ISO dates ('2026-03-15', '2026-03') become date serial numbers —
 *   unless the cell's number format is text ('@');
 * - a leading apostrophe makes the rest text, whatever it looks like, and is not part of the value;
 * - '' clears the cell; null leaves the cell as it is;
 * - a text longer than 32,767 characters is refused.
 */
import { FakeOfficeError } from './errors';

export const MAX_CELL_TEXT = 32_767;

export type Scalar = string | number | boolean;

export type Interpreted =
  | { kind: 'skip' }
  | { kind: 'clear' }
  | { kind: 'value'; value: Scalar; dateFormat?: string }
  | { kind: 'formula'; formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Parses a number as en-US Excel does when typed ('1,234.5', '-3', '1e5', '12%'); null when it is not one. */
export function parseTypedNumber(s: string): number | null {
  let t = s.trim();
  if (t === '') return null;
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1).trim();
  }
  if (!NUMBER.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/** Excel serial number of a date (1900 date system; valid from 1900-03-01). */
export function dateSerial(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function parseTypedDate(s: string): { serial: number; format: string } | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    const d = +m[3];
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    return { serial: dateSerial(y, mo, d), format: 'yyyy-mm-dd' };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) {
    const mo = +m[2];
    if (mo < 1 || mo > 12) return null;
    return { serial: dateSerial(+m[1], mo, 1), format: 'mmm-yy' };
  }
  return null;
}

export function interpretInput(raw: unknown, numberFormat: string, where: () => string): Interpreted {
  if (raw === null || raw === undefined) return { kind: 'skip' };
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new FakeOfficeError('InvalidArgument', `Not a finite number at ${where()}`);
    return { kind: 'value', value: raw === 0 ? 0 : raw };
  }
  if (typeof raw !== 'string') {
    throw new FakeOfficeError('InvalidArgument', `Unsupported value of type ${typeof raw} at ${where()}`);
  }
  if (raw === '') return { kind: 'clear' };
  if (raw.startsWith("'")) {
    const text = raw.slice(1);
    if (text.length > MAX_CELL_TEXT) throw tooLong(where, text.length);
    return text === '' ? { kind: 'clear' } : { kind: 'value', value: text };
  }
  if (raw.length > MAX_CELL_TEXT) throw tooLong(where, raw.length);
  if (numberFormat === '@') return { kind: 'value', value: raw };
  if (raw.startsWith('=') && raw.length > 1) return { kind: 'formula', formula: raw };
  if (raw.startsWith('@') && raw.length > 1) return { kind: 'formula', formula: '=' + raw };
  if ((raw.startsWith('+') || raw.startsWith('-')) && raw.length > 1) {
    const n = parseTypedNumber(raw);
    if (n !== null) return { kind: 'value', value: n };
    return { kind: 'formula', formula: '=' + raw };
  }
  const upper = raw.trim().toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  const n = parseTypedNumber(raw);
  if (n !== null) return { kind: 'value', value: n };
  const d = parseTypedDate(raw);
  if (d) return { kind: 'value', value: d.serial, dateFormat: d.format };
  return { kind: 'value', value: raw };
}

function tooLong(where: () => string, length: number): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `Text of ${length} characters at ${where()} exceeds Excel's limit of ${MAX_CELL_TEXT}.`);
}
