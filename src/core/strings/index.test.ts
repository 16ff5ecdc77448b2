import { allTextKeys, setLocale, t, tl } from './index';
import { commonStrings } from './common';

describe('strings', () => {
  afterEach(() => setLocale('sv'));

  it('has a Swedish and an English text for every key, with the same placeholders', () => {
    for (const key of allTextKeys()) {
      const sv = tl('sv', key);
      const en = tl('en', key);
      expect(sv.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, ph: ph(en) }).toEqual({ key, ph: ph(sv) });
    }
  });

  it('prefixes every key with its area', () => {
    for (const key of Object.keys(commonStrings)) expect(key.startsWith('common.')).toBe(true);
  });

  it('formats placeholders and switches locale', () => {
    expect(t('common.location.row', { row: 12 })).toBe('rad 12');
    setLocale('en');
    expect(t('common.location.row', { row: 12 })).toBe('row 12');
  });
});
