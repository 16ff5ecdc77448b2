/**
 * Text front-end, step 1: bytes → text, with the encoding detected from the bytes themselves.
 *
 * - UTF-8 with BOM, UTF-16 LE/BE with BOM (Excel's "Unicode text"), UTF-16 without BOM (NUL pattern);
 * - otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (never Latin-1: bytes 0x80–0x9F are
 *   remapped, see encoding/cp1252.ts);
 * - a file that is pure ASCII at the start stays undecided until its first byte above 0x7F;
 * - zip archives (an .xlsx named .csv) and binary files are refused.
 *
 * Core has no DOM lib, so the platform TextDecoder is declared here in the minimal shape used.
 */
import { CP1252_HIGH } from '../encoding/cp1252';
import { UserError } from '../errors';

interface PlatformTextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type PlatformTextDecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => PlatformTextDecoder;

function platformDecoder(label: string, fatal = false): PlatformTextDecoder {
  const ctor = (globalThis as unknown as { TextDecoder?: PlatformTextDecoderCtor }).TextDecoder;
  if (!ctor) throw new Error('TextDecoder saknas i den här miljön');
  return new ctor(label, { fatal, ignoreBOM: true });
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Host hooks: a faster Latin-1 decoder where the host has one (Node: Buffer 'latin1'). */
export interface DecoderHooks {
  /** Decodes bytes[start, end) as Latin-1. */
  latin1?: (bytes: Uint8Array, start: number, end: number) => string;
}

/** Bytes looked at before deciding (also the minimum the caller should gather before calling sniff). */
export const SNIFF_BYTES = 64 * 1024;

/** True when the bytes start like a zip archive (xlsx, docx …). */
export function looksLikeZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7) && b[3] === b[2] + 1;
}

/**
 * Classifies bytes as UTF-8: 'ascii' (no byte above 0x7F), 'valid', 'invalid', or 'mixed' (several valid
 * multi-byte sequences and then an invalid byte: parts in UTF-8 and parts in another encoding).
 */
export function classifyUtf8(b: Uint8Array, atEnd: boolean): 'ascii' | 'valid' | 'invalid' | 'mixed' {
  let i = 0;
  const n = b.length;
  let sawHigh = false;
  let validSeqs = 0;
  const bad = (): 'invalid' | 'mixed' => (validSeqs >= 3 ? 'mixed' : 'invalid');
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    sawHigh = true;
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return bad();
    if (i + need >= n) {
      // Sequence cut by the end of the sample: fine unless this is really the end of the file.
      if (atEnd) return bad();
      for (let k = i + 1; k < n; k++) if ((b[k] & 0xc0) !== 0x80) return bad();
      break;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return bad();
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return bad();
    validSeqs++;
    i += need + 1;
  }
  return sawHigh ? 'valid' : 'ascii';
}

function utf16WithoutBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * A streaming decoder. Feed it the file's chunks in order; it detects the encoding from the first chunk(s)
 * (gather at least SNIFF_BYTES or the whole file before the first push for a good decision).
 */
export class StreamTextDecoder {
  private decided: TextEncodingName | null = null;
  private asciiSoFar = false;
  private dec: PlatformTextDecoder | null = null;
  private pending: Uint8Array | null = null;
  private bytesSeen = 0;
  private readonly fileName: string;
  private readonly hooks: DecoderHooks;
  private readonly deferC1: boolean;
  /**
   * True when the text handed out is Latin-1 with the Windows-1252 characters of 0x80–0x9F still as C1
   * control characters (same length and positions, none of them a delimiter, quote or line break): the
   * consumer maps them with remapC1 in what it keeps. Only with a Latin-1 hook and `deferC1`.
   */
  c1Deferred = false;

  constructor(fileName: string, hooks: DecoderHooks = {}, opts: { deferC1?: boolean } = {}) {
    this.fileName = fileName;
    this.hooks = hooks;
    this.deferC1 = opts.deferC1 ?? false;
  }

  /** The detected encoding; a file that was pure ASCII reports 'utf-8'. */
  get encoding(): TextEncodingName | null {
    return this.decided ?? (this.asciiSoFar ? 'utf-8' : null);
  }

  push(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.pending) {
      const merged = new Uint8Array(this.pending.length + chunk.length);
      merged.set(this.pending, 0);
      merged.set(chunk, this.pending.length);
      bytes = merged;
      this.pending = null;
    }
    const first = this.bytesSeen === 0;
    this.bytesSeen += chunk.length;
    if (first) {
      if (bytes.length < 4 && !last) {
        this.pending = bytes;
        this.bytesSeen = 0;
        return '';
      }
      bytes = this.detectStart(bytes, last);
    }
    return this.decodeBody(bytes, last);
  }

  end(): string {
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      const wasFirst = this.bytesSeen === 0;
      this.bytesSeen += p.length;
      const body = wasFirst ? this.detectStart(p, true) : p;
      return this.decodeBody(body, true);
    }
    if (this.dec) {
      try {
        return this.dec.decode();
      } catch {
        throw new UserError('import.encoding.invalidUtf8', { file: this.fileName });
      }
    }
    return '';
  }

  private detectStart(b: Uint8Array, _atEnd: boolean): Uint8Array {
    if (looksLikeZip(b)) throw new UserError('import.file.zipNotText', { file: this.fileName });
    if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
      this.use('utf-8-bom');
      return b.subarray(3);
    }
    if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
      this.use('utf-16le');
      return b.subarray(2);
    }
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      this.use('utf-16be');
      return b.subarray(2);
    }
    const u16 = utf16WithoutBom(b);
    if (u16) {
      this.use(u16);
      return b;
    }
    const sample = b.subarray(0, Math.min(b.length, SNIFF_BYTES));
    for (let i = 0; i < sample.length; i++) {
      const c = sample[i];
      if (c === 0 || (c < 0x09 && c !== 0) || (c > 0x0d && c < 0x1a) || (c > 0x1b && c < 0x20)) {
        throw new UserError('import.file.binary', { file: this.fileName });
      }
    }
    return b;
  }

  private use(enc: TextEncodingName): void {
    this.decided = enc;
    switch (enc) {
      case 'utf-8':
      case 'utf-8-bom':
        this.dec = platformDecoder('utf-8', true);
        break;
      case 'utf-16le':
        this.dec = platformDecoder('utf-16le');
        break;
      case 'utf-16be':
        this.dec = platformDecoder('utf-16be');
        break;
      case 'windows-1252':
        this.dec = this.hooks.latin1 ? null : platformDecoder('windows-1252');
        break;
    }
  }

  private decodeBody(b: Uint8Array, last: boolean): string {
    if (this.decided === null) {
      const cls = classifyUtf8(b, last);
      if (cls === 'ascii') {
        this.asciiSoFar = true;
        return asciiToString(b, this.hooks);
      }
      if (cls === 'mixed') throw new UserError('import.encoding.invalidUtf8', { file: this.fileName });
      this.use(cls === 'valid' ? 'utf-8' : 'windows-1252');
    }
    if (this.decided === 'windows-1252') {
      if (this.hooks.latin1 && this.deferC1) {
        this.c1Deferred = true;
        return this.hooks.latin1(b, 0, b.length);
      }
      return this.hooks.latin1 ? cp1252ViaLatin1(b, this.hooks.latin1) : remapC1(this.dec!.decode(b));
    }
    try {
      return this.dec!.decode(b, { stream: !last });
    } catch {
      throw new UserError('import.encoding.invalidUtf8', { file: this.fileName });
    }
  }

}

const HIGH_CHARS = CP1252_HIGH.map((cp) => String.fromCharCode(cp));

const C1 = /[\u0080-\u009f]/g;
const C1_TEST = /[\u0080-\u009f]/;

/** True when the text holds a C1 control character (U+0080–U+009F). */
export function hasC1(text: string): boolean {
  return C1_TEST.test(text);
}

/** Maps the C1 characters a Latin-1 decoder produced (U+0080–U+009F) to their Windows-1252 meaning. */
export function remapC1(text: string): string {
  C1.lastIndex = 0;
  let m = C1.exec(text);
  if (!m) return text;
  const parts: string[] = [];
  let start = 0;
  while (m) {
    const at = m.index;
    if (at > start) parts.push(text.slice(start, at));
    parts.push(HIGH_CHARS[text.charCodeAt(at) - 0x80]);
    start = at + 1;
    m = C1.exec(text);
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts.join('');
}

/** Windows-1252 through a native Latin-1 decoder, then the 32 bytes 0x80–0x9F remapped. */
export function cp1252ViaLatin1(b: Uint8Array, latin1: NonNullable<DecoderHooks['latin1']>): string {
  return remapC1(latin1(b, 0, b.length));
}

function asciiToString(b: Uint8Array, hooks: DecoderHooks): string {
  if (hooks.latin1) return hooks.latin1(b, 0, b.length);
  let out = '';
  const step = 8192;
  for (let i = 0; i < b.length; i += step) {
    out += String.fromCharCode.apply(null, b.subarray(i, Math.min(b.length, i + step)) as unknown as number[]);
  }
  return out;
}
