/**
 * Shows a cell value roughly as Swedish Excel would under its number format, for the preview's sheet viewer.
 * Covers what the add-in writes: General, `0`, `0.00`, `#,##0`, `#,##0.00`, thousands scaling (`#,##0,` = tkr),
 * percentages, literal suffixes (`#,##0 "kr"`), sections (`pos;neg;zero`), `[Red]`, and dates (`yyyy-mm-dd`,
 * `yyyy-mm`, `hh:mm`). Anything else falls back to General. Display only — no figure is computed from this.
 */
import type { CellValue } from '../core/port';
import { formatNumber } from '../core/money';

export interface FormattedCell {
  text: string;
  align: 'left' | 'right' | 'center';
  /** Colour from a [Red]-style section, '#RRGGBB'. */
  color?: string;
}

const COLORS: Record<string, string> = {
  red: '#C00000',
  blue: '#0000FF',
  green: '#008000',
  black: '#000000',
  magenta: '#FF00FF',
  cyan: '#00FFFF',
  yellow: '#FFFF00',
  white: '#FFFFFF',
};

/** Splits a format code into its ;-separated sections, ignoring ; inside quotes. */
export function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < code.length) {
      cur += ch + code[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** General: up to 10 significant digits, no grouping, decimal comma, ASCII minus (as Excel shows it). */
export function formatGeneral(v: number): string {
  if (!Number.isFinite(v)) return '#NUM!';
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return v.toExponential(5).replace('.', ',').replace('e', 'E');
  const s = String(Number(v.toPrecision(10)));
  return s.replace('.', ',');
}

/** Excel serial (1900 system) to its calendar parts. */
export function serialToParts(serial: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000 + ms);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    hh: date.getUTCHours(),
    mm: date.getUTCMinutes(),
    ss: date.getUTCSeconds(),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '');
}

function isDateSection(section: string): boolean {
  const bare = stripLiterals(section);
  return /[ymdhs]/i.test(bare) && !/[0#?]/.test(bare);
}

function formatDate(serial: number, section: string): string {
  const p = serialToParts(serial);
  const bare = stripLiterals(section).toLowerCase();
  // Tokens in order; "m" after h or before s means minutes.
  const tokens = bare.match(/yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|[^ymdhs]+/g) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const prev = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[ymdhs]/.test(x));
    const next = tokens.slice(i + 1).find((x) => /^[ymdhs]/.test(x));
    const minutes = /^m{1,2}$/.test(tok) && ((prev && prev.startsWith('h')) || (next && next.startsWith('s')));
    switch (tok) {
      case 'yyyy':
        out += pad(p.y, 4);
        break;
      case 'yy':
        out += pad(p.y % 100);
        break;
      case 'mmmm':
      case 'mmm':
        out += ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][p.m - 1];
        break;
      case 'mm':
        out += minutes ? pad(p.mm) : pad(p.m);
        break;
      case 'm':
        out += minutes ? String(p.mm) : String(p.m);
        break;
      case 'dddd':
      case 'ddd':
      case 'dd':
        out += pad(p.d);
        break;
      case 'd':
        out += String(p.d);
        break;
      case 'hh':
        out += pad(p.hh);
        break;
      case 'h':
        out += String(p.hh);
        break;
      case 'ss':
        out += pad(p.ss);
        break;
      case 's':
        out += String(p.ss);
        break;
      default:
        out += tok;
    }
  }
  return out;
}

function literalParts(section: string): { prefix: string; suffix: string } {
  // Literal text before the first and after the last digit placeholder.
  const first = section.search(/[0#?]/);
  let last = -1;
  for (let i = section.length - 1; i >= 0; i--) {
    if (/[0#?]/.test(section[i])) {
      last = i;
      break;
    }
  }
  const lit = (s: string) =>
    s
      .replace(/\[[^\]]*\]/g, '')
      .replace(/_./g, '')
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/[,%]/g, '')
      .replace(/\*./g, '');
  if (first < 0) return { prefix: lit(section), suffix: '' };
  return { prefix: lit(section.slice(0, first)), suffix: lit(section.slice(last + 1)) };
}

function formatNumeric(v: number, section: string, signed: boolean): string {
  const bare = stripLiterals(section);
  const percent = bare.includes('%');
  const dot = bare.indexOf('.');
  const decimals = dot >= 0 ? (bare.slice(dot + 1).match(/[0#?]/g) ?? []).length : 0;
  const intPart = dot >= 0 ? bare.slice(0, dot) : bare;
  const grouped = /[0#?],[0#?]/.test(intPart);
  // Trailing commas after the last digit placeholder scale by 1000 each (Excel's `#,##0,` shows thousands).
  const trailing = /[0#?](,+)(?![0#?])/.exec(intPart);
  let x = percent ? v * 100 : v;
  if (trailing) x = x / 1000 ** trailing[1].length;
  const magnitude = signed ? x : Math.abs(x);
  let text = formatNumber(magnitude, decimals, true);
  if (!grouped) text = text.replace(/\u00a0/g, '');
  const { prefix, suffix } = literalParts(section);
  return prefix + text + (percent ? '%' : '') + suffix;
}

/** Formats a cell value under an Excel number format code (invariant syntax), Swedish style. */
export function formatCell(value: CellValue, numberFormat?: string | null): FormattedCell {
  if (value === null || value === undefined) return { text: '', align: 'left' };
  if (typeof value === 'boolean') return { text: value ? 'SANT' : 'FALSKT', align: 'center' };
  if (typeof value === 'string') {
    const sections = numberFormat ? splitSections(numberFormat) : [];
    if (sections.length >= 4 && sections[3].includes('@')) {
      const { prefix, suffix } = literalParts(sections[3].replace('@', '0'));
      return { text: prefix + value + suffix, align: 'left' };
    }
    return { text: value, align: 'left' };
  }
  const code = (numberFormat ?? '').trim();
  if (code === '' || /^general$/i.test(code) || code === '@') return { text: formatGeneral(value), align: 'right' };
  const sections = splitSections(code);
  let section = sections[0];
  let signed = true;
  if (value < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    signed = false; // the negative section carries its own sign (or parentheses)
  } else if (value === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  }
  const colorMatch = /\[(red|blue|green|black|magenta|cyan|yellow|white)\]/i.exec(section);
  const color = colorMatch ? COLORS[colorMatch[1].toLowerCase()] : undefined;
  let text: string;
  if (isDateSection(section)) {
    text = value < 0 ? '#######' : formatDate(value, section);
  } else if (/[0#?]/.test(stripLiterals(section))) {
    text = formatNumeric(value, section, signed);
  } else if (/general/i.test(section)) {
    text = formatGeneral(signed ? value : Math.abs(value));
  } else {
    // Only literal text, e.g. a dash for zero: `#,##0;-#,##0;"–"`.
    text = literalParts(section).prefix;
  }
  return color ? { text, align: 'right', color } : { text, align: 'right' };
}
