import fc from 'fast-check';
import { CachedMasker, MASK_10, MASK_12, luhnValid, maskPersonalNumbers } from './mask';
import { syntheticPnr } from './testing/synthetic.test-util';

describe('Luhn', () => {
  it('computes and checks the control digit', () => {
    const p = syntheticPnr('850101', '123');
    expect(p).toHaveLength(10);
    expect(luhnValid(p)).toBe(true);
    const wrong = p.slice(0, 9) + ((+p[9] + 1) % 10);
    expect(luhnValid(wrong)).toBe(false);
  });
});

describe('maskPersonalNumbers', () => {
  const p = syntheticPnr('850101', '123'); // 850101-123C
  const s = syntheticPnr('850161', '456'); // samordningsnummer: day 01 + 60

  it('masks 10 and 12 digits, with - or + or nothing, and samordningsnummer', () => {
    const texts = [
      [`Utbetalning ${p.slice(0, 6)}-${p.slice(6)} mars`, `Utbetalning ${MASK_10} mars`],
      [`ref ${p}`, `ref ${MASK_10}`],
      [`född 19${p.slice(0, 6)}-${p.slice(6)}`, `född ${MASK_12}`],
      [`19${p}`, MASK_12],
      [`${p.slice(0, 6)}+${p.slice(6)} (över 100 år)`, `${MASK_10} (över 100 år)`],
      [`Klient ${s.slice(0, 6)}-${s.slice(6)}`, `Klient ${MASK_10}`],
    ];
    for (const [input, want] of texts) expect(maskPersonalNumbers(input)).toEqual({ text: want, count: 1 });
    expect(maskPersonalNumbers(`${p} och ${s}`).count).toBe(2);
  });

  it('leaves alone what is not a personnummer', () => {
    const bad = p.slice(0, 9) + ((+p[9] + 1) % 10); // wrong check digit
    for (const x of [bad, '232100-0164' /* organisationsnummer: month 21 */, '16541005', '1234567890123', 'Faktura 2026-03-31', `x${p}9`]) {
      expect(maskPersonalNumbers(x)).toEqual({ text: x, count: 0 });
    }
  });

  it('never leaves a Luhn-valid dated number behind (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        fc.constantFrom('', '-', '+'),
        fc.string({ maxLength: 8 }).filter((x) => !/\d$/.test(x)),
        (yy, mm, dd, serial, samordning, sep, prefix) => {
          const d = String(yy).padStart(2, '0') + String(mm).padStart(2, '0') + String(samordning ? dd + 60 : dd).padStart(2, '0');
          const pnr = syntheticPnr(d, String(serial).padStart(3, '0'));
          const text = `${prefix}${pnr.slice(0, 6)}${sep}${pnr.slice(6)} slut`;
          const m = maskPersonalNumbers(text);
          expect(m.count).toBe(1);
          expect(m.text).not.toContain(pnr.slice(6));
        },
      ),
    );
  });

  it('counts every occurrence through the cache', () => {
    const c = new CachedMasker();
    expect(c.mask(`mp ${p}`)).toBe(`mp ${MASK_10}`);
    expect(c.mask(`mp ${p}`)).toBe(`mp ${MASK_10}`);
    expect(c.mask('short')).toBe('short');
    expect(c.count).toBe(2);
  });
});
