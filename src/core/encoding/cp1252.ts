/**
 * Windows-1252 without trusting the platform: Node 20's TextDecoder('windows-1252') decodes as Latin-1 and
 * turns € – ’ … into C1 control characters. Bytes 0x80–0x9F are mapped with the table below; the rest of
 * the range is identical to Latin-1 (byte value = code point).
 */

/** Code points of bytes 0x80–0x9F (the five undefined bytes map to their C1 code points, as browsers do). */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

const DECODE = new Uint16Array(256);
for (let b = 0; b < 256; b++) DECODE[b] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;

const ENCODE = new Map<number, number>();
for (let b = 0; b < 256; b++) ENCODE.set(DECODE[b], b);

const CHUNK = 8192;

/** Decodes Windows-1252 bytes to a string. Every byte maps to a character; nothing is lost. */
export function decodeCp1252(bytes: Uint8Array): string {
  const n = bytes.length;
  const parts: string[] = [];
  const buf = new Uint16Array(Math.min(n, CHUNK));
  for (let start = 0; start < n; start += CHUNK) {
    const end = Math.min(n, start + CHUNK);
    const len = end - start;
    for (let i = 0; i < len; i++) buf[i] = DECODE[bytes[start + i]];
    parts.push(String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Remaps the C1 characters that a Latin-1 decoder produced (U+0080–U+009F) to their Windows-1252 meaning.
 * Fast path for hosts where Latin-1 decoding is native (Node's Buffer 'latin1').
 */
export function fixLatin1AsCp1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]))
    : text;
}

/** Characters that Windows-1252 cannot represent, or null when the text encodes cleanly. */
export function unencodableCp1252(text: string): string | null {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!ENCODE.has(cp)) return ch;
  }
  return null;
}

/** Encodes a string as Windows-1252; throws on a character outside the code page. */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = ENCODE.get(text.charCodeAt(i));
    if (b === undefined) throw new RangeError(`tecknet "${text[i]}" finns inte i Windows-1252`);
    out[i] = b;
  }
  return out;
}
