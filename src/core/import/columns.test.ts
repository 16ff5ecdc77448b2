import { isUserError } from '../errors';
import { headerScore, headerSignature, mapColumns, normalizeHeader, parseUserMapping } from './columns';
import { LEDGER_FIELDS } from './fields';

const field = (id: string) => LEDGER_FIELDS.find((f) => f.id === id)!;
const REQUIRED = ['amount', 'account', 'costCenter', 'period'];

describe('column recognition', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalizeHeader('  Bokf.period ')).toBe('bokf period');
    expect(normalizeHeader('RN1/FÖRVALTNING')).toBe('rn1 forvaltning');
    expect(normalizeHeader('Ansvarsställe')).toBe('ansvarsstalle');
  });

  it('scores exact names, names with year/unit, and names inside longer headers', () => {
    expect(headerScore('KONTONR', field('account'))).toBe(1);
    expect(headerScore('Konto nr', field('account'))).toBe(1);
    expect(headerScore('Belopp 2026 (kr)', field('amount'))).toBe(0.95);
    expect(headerScore('RN1/FÖRVALTNING', field('costCenter'))).toBe(0.8);
    expect(headerScore('Kontotext', field('account'))).toBe(0);
    expect(headerScore('Kontotext', field('text'))).toBe(1);
    expect(headerScore('Bokföringsdatum', field('period'))).toBe(1);
  });

  it('maps Swedish and English headers with certainty', () => {
    const m = mapColumns(['Account', 'Cost centre', 'Activity', 'Posting date', 'Amount', 'Description'], LEDGER_FIELDS, REQUIRED);
    expect(m.certain).toBe(true);
    expect(Object.fromEntries(m.matches.map((x) => [x.field, x.header]))).toEqual({
      account: 'Account',
      costCenter: 'Cost centre',
      activity: 'Activity',
      period: 'Posting date',
      amount: 'Amount',
      text: 'Description',
    });
  });

  it('is uncertain when a required field is missing or two columns tie', () => {
    const missing = mapColumns(['Konto', 'Ansvar', 'Period'], LEDGER_FIELDS, REQUIRED);
    expect(missing).toMatchObject({ certain: false, missing: ['amount'] });
    const tie = mapColumns(['Konto', 'Ansvar', 'Kst', 'Period', 'Belopp'], LEDGER_FIELDS, REQUIRED);
    expect(tie.certain).toBe(false);
    expect(tie.ambiguous).toEqual([{ field: 'costCenter', columns: [1, 2] }]);
  });

  it("uses the user's choices by field id, Swedish alias, header or column letter", () => {
    const m = mapColumns(['Konto', 'Ansvar', 'Kst', 'Period', 'Belopp'], LEDGER_FIELDS, REQUIRED, {
      user: parseUserMapping('ansvar=C'),
    });
    expect(m.certain).toBe(true);
    expect(m.matches.find((x) => x.field === 'costCenter')).toMatchObject({ column: 2, header: 'Kst', source: 'user' });
  });

  it('refuses an unknown field or column in --map with a Swedish message', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isUserError(e) ? e.message : 'other';
      }
      return null;
    };
    expect(err(() => mapColumns(['Konto'], LEDGER_FIELDS, [], { user: { foo: 'Konto' } }))).toMatch(/^Okänt fält i --map: foo/);
    expect(err(() => mapColumns(['Konto'], LEDGER_FIELDS, [], { user: { account: 'Kontonummer' }, fileName: 'x.csv' }))).toMatch(
      /^Kolumnen "Kontonummer" i --map finns inte i x.csv/,
    );
    expect(err(() => parseUserMapping('account'))).toMatch(/^Felaktig --map-del/);
  });

  it('parses --map with escaped commas and gives stable header signatures', () => {
    expect(parseUserMapping('account=Konto\\, nr , costCenter=Ansvar')).toEqual({ account: 'Konto, nr', costCenter: 'Ansvar' });
    expect(headerSignature(['Konto', 'Belopp', ''])).toBe(headerSignature(['KONTO', 'belopp']));
    expect(headerSignature(['Konto', 'Belopp'])).not.toBe(headerSignature(['Belopp', 'Konto']));
  });
});
