import { classifyUtf8, StreamTextDecoder, looksLikeZip } from './encoding';
import { encodeCp1252 } from '../encoding/cp1252';
import { isUserError } from '../errors';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  let o = 0;
  if (bom) {
    out[o++] = le ? 0xff : 0xfe;
    out[o++] = le ? 0xfe : 0xff;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[o++] = le ? c & 0xff : c >> 8;
    out[o++] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

function decodeAll(bytes: Uint8Array, chunk = 7, latin1?: (b: Uint8Array, start: number, end: number) => string) {
  const d = new StreamTextDecoder('x.csv', latin1 ? { latin1 } : {});
  let s = '';
  for (let o = 0; o < bytes.length; o += chunk) s += d.push(bytes.subarray(o, Math.min(bytes.length, o + chunk)));
  s += d.end();
  return { text: s, encoding: d.encoding };
}

const SAMPLE = 'Konto;Ansvar;Text;Belopp\n46311;1210;Köp € – ”citat” … Åsa;1 234,50\n';

describe('StreamTextDecoder', () => {
  it('decodes UTF-8 without BOM, any chunking', () => {
    for (const chunk of [1, 2, 3, 5, 64, 100000]) {
      expect(decodeAll(utf8(SAMPLE), chunk)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    }
  });

  it('decodes UTF-8 with BOM and drops the BOM', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]);
    expect(decodeAll(b, 2)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE and BE with BOM (Excel "Unicode text"), and LE without BOM', () => {
    const tsv = SAMPLE.replace(/;/g, '\t');
    expect(decodeAll(utf16(tsv, true, true), 3)).toEqual({ text: tsv, encoding: 'utf-16le' });
    expect(decodeAll(utf16(tsv, false, true), 3)).toEqual({ text: tsv, encoding: 'utf-16be' });
    expect(decodeAll(utf16(tsv, true, false), 4)).toEqual({ text: tsv, encoding: 'utf-16le' });
  });

  it('decodes Windows-1252 correctly for 0x80–0x9F (€ – ” …), with or without a Latin-1 hook', () => {
    const bytes = encodeCp1252(SAMPLE);
    expect(bytes.includes(0x80)).toBe(true);
    expect(decodeAll(bytes, 5)).toEqual({ text: SAMPLE, encoding: 'windows-1252' });
    const latin1 = (b: Uint8Array, start: number, end: number) => String.fromCharCode(...b.subarray(start, end));
    expect(decodeAll(bytes, 5, latin1)).toEqual({ text: SAMPLE, encoding: 'windows-1252' });
  });

  it('stays undecided while the file is ASCII, then decides on the first high byte', () => {
    const head = 'Konto;Belopp\n' + '1;2\n'.repeat(30000);
    const cp = new Uint8Array([...utf8(head), ...encodeCp1252('3;Växjö\n')]);
    expect(decodeAll(cp, 65536).text).toBe(head + '3;Växjö\n');
    expect(decodeAll(cp, 65536).encoding).toBe('windows-1252');
    const u = utf8(head + '3;Växjö\n');
    expect(decodeAll(u, 65536)).toEqual({ text: head + '3;Växjö\n', encoding: 'utf-8' });
  });

  it('reports a pure ASCII file as utf-8', () => {
    expect(decodeAll(utf8('a;b\n1;2\n')).encoding).toBe('utf-8');
  });

  it('refuses an xlsx (zip) file, a binary file and UTF-8 that turns invalid later', () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]);
    expect(looksLikeZip(zip)).toBe(true);
    const tryDecode = (b: Uint8Array) => tryDecode2(b, 100000);
    const tryDecode2 = (b: Uint8Array, chunk: number) => {
      try {
        decodeAll(b, chunk);
        return null;
      } catch (e) {
        return isUserError(e) ? e.key : 'other';
      }
    };
    expect(tryDecode(zip)).toBe('import.file.zipNotText');
    expect(tryDecode(new Uint8Array([1, 2, 3, 0, 0, 5, 6, 7, 8, 9, 0xff, 0xfe, 0x80]))).toBe('import.file.binary');
    const mixed = new Uint8Array([...utf8('a;ö\n' + 'x;y\n'.repeat(20000)), ...encodeCp1252('z;ö\n')]);
    // Decided as UTF-8 on the first chunk, invalid later …
    expect(tryDecode2(mixed, 65536)).toBe('import.encoding.invalidUtf8');
    // … or seen at once: valid UTF-8 sequences, then a Windows-1252 byte.
    const once = new Uint8Array([...utf8('a;ö;å;ä\n'), ...encodeCp1252('z;ö\n')]);
    expect(tryDecode(once)).toBe('import.encoding.invalidUtf8');
  });

  it('classifies UTF-8 samples', () => {
    expect(classifyUtf8(utf8('abc'), true)).toBe('ascii');
    expect(classifyUtf8(utf8('åäö'), true)).toBe('valid');
    expect(classifyUtf8(utf8('åäö').subarray(0, 5), false)).toBe('valid'); // cut sequence at the end of a sample
    expect(classifyUtf8(utf8('åäö').subarray(0, 5), true)).toBe('invalid');
    expect(classifyUtf8(new Uint8Array([0xe4, 0x20]), true)).toBe('invalid');
    expect(classifyUtf8(new Uint8Array([0xc0, 0x80]), true)).toBe('invalid'); // overlong
  });
});
