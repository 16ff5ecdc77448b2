/**
 * Writing the example's text files: CSV fields and lines, Swedish amounts, UTF-8 (with BOM) and Windows-1252
 * bytes, and the one synthetic personnummer. Pure: no TextEncoder (not in core's ES2022 library).
 */
import { formatOre, type Ore } from '../money';
import { encodeCp1252 } from '../encoding/cp1252';
import { luhnCheckDigit } from '../import/mask';

export const CRLF = '\r\n';
export const UTF8_BOM = '\ufeff';

/** Quotes a CSV field when it holds the delimiter, a quote or a line break; doubles inner quotes. */
export function csvField(value: string, delimiter = ';'): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')) {
    return '"' + value.replace(/"/g, '""') + '"';
  }
  return value;
}

export function csvLine(fields: readonly string[], delimiter = ';'): string {
  return fields.map((f) => csvField(f, delimiter)).join(delimiter);
}

/** A whole CSV text: header and rows, CRLF after every line (the last one too). */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[], delimiter = ';'): string {
  let s = csvLine(header, delimiter) + CRLF;
  for (const r of rows) s += csvLine(r, delimiter) + CRLF;
  return s;
}

/** Amount as Swedish extracts write it: `1 234,50`, `-12,00` (space as thousands separator, ASCII minus). */
export function ledgerAmount(ore: Ore): string {
  return formatOre(ore, { groupSeparator: ' ', asciiMinus: true });
}

/** Whole kronor with space as thousands separator: `1 234 000`, `-56 000`. */
export function wholeKronor(ore: Ore): string {
  return formatOre(ore, { groupSeparator: ' ', asciiMinus: true, decimals: 0 });
}

/** UTF-8 bytes of a string (surrogate pairs included). */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Decodes UTF-8 (for tests and for reading the example's own files back); a leading BOM is kept. */
export function decodeUtf8(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i += 1;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      cp = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
      i += 4;
    }
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** UTF-8 with a byte-order mark, as Excel writes "CSV UTF-8". */
export function utf8WithBom(text: string): Uint8Array {
  return encodeUtf8(UTF8_BOM + text);
}

export function cp1252(text: string): Uint8Array {
  return encodeCp1252(text);
}

// ---------------------------------------------------------------------------
// The synthetic personnummer

/**
 * The well-known fictitious test person "Tolvan" (born 1912-12-12), constructed here with its Luhn digit, in the
 * three ways ledger texts write a personnummer: 12 digits with hyphen, 10 digits with hyphen, 12 digits bare.
 * The only personnummer anywhere in Exempelkommun's files; they sit in a few ledger texts so that the import's
 * masking has something to mask.
 */
export function syntheticPersonnummer(): { long: string; short: string; bare: string } {
  const yymmdd = '121212';
  const serial = '121';
  const check = luhnCheckDigit(yymmdd + serial);
  return { long: `19${yymmdd}-${serial}${check}`, short: `${yymmdd}-${serial}${check}`, bare: `19${yymmdd}${serial}${check}` };
}
