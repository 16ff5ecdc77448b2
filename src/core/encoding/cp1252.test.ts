import fc from 'fast-check';
import { decodeCp1252, encodeCp1252, fixLatin1AsCp1252 } from './cp1252';

describe('Windows-1252', () => {
  it('decodes 0x80–0x9F correctly (where Node’s TextDecoder does not)', () => {
    const bytes = Uint8Array.from([0x80, 0x82, 0x84, 0x85, 0x96, 0x97, 0x99, 0x91, 0x92, 0x93, 0x94]);
    expect(decodeCp1252(bytes)).toBe('€‚„…–—™‘’“”');
    expect(fixLatin1AsCp1252(new TextDecoder('latin1').decode(bytes))).toBe('€‚„…–—™‘’“”');
  });

  it('decodes Swedish letters', () => {
    expect(decodeCp1252(Uint8Array.from([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9]))).toBe('åäöÅÄÖé');
  });

  it('round-trips every byte sequence (property)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20000 }), (b) => {
      expect(encodeCp1252(decodeCp1252(b))).toEqual(b);
    }));
  });

  it('refuses characters outside the code page', () => {
    expect(() => encodeCp1252('Ω')).toThrow();
  });
});
