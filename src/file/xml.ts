/**
 * Small XML helpers for the OOXML parts this adapter writes or inspects itself (tables, charts, drawings,
 * relationships, content types) and for the fast sheet reader. Browser-safe: no Node built-ins.
 *
 * The parts handled here are machine-written and flat, so attribute scanning with regular expressions is
 * enough; nothing here is a general XML parser.
 */

/** Characters XML 1.0 does not allow at all (they cannot even be escaped as &#x..;). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/** Escapes text content; characters XML cannot carry are dropped. */
export function escapeText(s: string): string {
  return s.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (quotes, and whitespace that attribute normalisation would eat). */
export function escapeAttr(s: string): string {
  return escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex as string, 16);
    return String.fromCodePoint(code);
  });
}

/**
 * OOXML's own escape for characters XML cannot carry: `_xHHHH_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 * A literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_OOXML_ESCAPE = /[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
// eslint-disable-next-line no-control-regex
const OOXML_ESCAPE = /[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function needsOoxmlEscape(s: string): boolean {
  return NEEDS_OOXML_ESCAPE.test(s);
}

// eslint-disable-next-line no-control-regex
const OOXML_ESCAPE_ALL = /[\x00-\x1F\x7F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Escapes for OOXML text; `allControls` also escapes tab and line feed (names in attributes, as Excel writes them). */
export function encodeOoxmlText(s: string, allControls = false): string {
  return s.replace(allControls ? OOXML_ESCAPE_ALL : OOXML_ESCAPE, (ch) => '_x' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '_');
}

/** Decodes `_xHHHH_` escapes (Excel writes upper-case hex; lower case is accepted too). */
export function decodeOoxmlText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Attributes of one start tag's text, e.g. `<c r="A1" t="s">` → { r: 'A1', t: 's' }. Prefixes are kept. */
export function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

/** All start (or empty) tags with the given qualified name, as attribute maps, in document order. */
export function findTags(xml: string, qname: string): Record<string, string>[] {
  const re = new RegExp(`<${qname.replace('.', '\\.')}(?=[\\s/>])([^>]*)>`, 'g');
  const out: Record<string, string>[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) out.push(parseAttributes(m[1]));
  return out;
}

/** The attributes of the first tag with that name, or null. */
export function firstTag(xml: string, qname: string): Record<string, string> | null {
  return findTags(xml, qname)[0] ?? null;
}

/** Renders an attribute list, skipping undefined values. */
export function attrs(a: Record<string, string | number | boolean | undefined>): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    const text = typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
    s += ` ${k}="${escapeAttr(text)}"`;
  }
  return s;
}

/** Resolves a relationship target against the part that owns the relationships ('xl/worksheets/sheet1.xml'). */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = ownerPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** A relative target from one part to another in the same package ('xl/worksheets/sheet1.xml' → '../tables/table1.xml'). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}

/** Last index of an ASCII pattern in bytes, or -1. */
export function lastIndexOfBytes(hay: Uint8Array, ascii: string, before = hay.length): number {
  const n = ascii.length;
  const first = ascii.charCodeAt(0);
  outer: for (let i = Math.min(before, hay.length) - n; i >= 0; i--) {
    if (hay[i] !== first) continue;
    for (let k = 1; k < n; k++) if (hay[i + k] !== ascii.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
