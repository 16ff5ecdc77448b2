import fc from 'fast-check';
import { CsvParser, detectDelimiter, parseCsvText, writeCsv, type Delimiter } from './csv';
import { isUserError } from '../errors';

function parseChunks(text: string, d: Delimiter, chunk: number) {
  const out: { fields: string[]; line: number }[] = [];
  const p = new CsvParser(d, { fileName: 't.csv' });
  const sink = (fields: string[], line: number) => out.push({ fields, line });
  for (let o = 0; o < text.length; o += chunk) p.push(text.slice(o, o + chunk), sink);
  p.end(sink);
  return out;
}

function errorKey(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    return isUserError(e) ? `${e.key}@${e.params?.row}` : 'other';
  }
}

describe('detectDelimiter', () => {
  it('finds ; , tab and | even below a title block', () => {
    expect(detectDelimiter('Huvudbok mars, 2026\n\nKonto;Ansvar;Belopp\n1;2;3,5\n4;5;6,5\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3,5\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(detectDelimiter('"x;y",b,c\n"1;2",2,3\n')).toBe(',');
    expect(detectDelimiter('just one column\nvalue\n')).toBeNull();
  });
});

describe('CsvParser', () => {
  it('parses quotes, doubled quotes, delimiters and line breaks inside quotes, with start lines', () => {
    const text = 'a;b;c\r\n1;"x;y";"he said ""hi"""\r\n2;"two\r\nlines";z\r\n3;;\r\n';
    expect(parseCsvText(text, ';')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', 'x;y', 'he said "hi"'], line: 2 },
      { fields: ['2', 'two\r\nlines', 'z'], line: 3 },
      { fields: ['3', '', ''], line: 5 },
    ]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'a;b\n"1\n2";"3""4"\n5;6\n"7";8';
    const whole = parseCsvText(text, ';');
    for (const n of [1, 2, 3, 4, 7, 11]) expect(parseChunks(text, ';', n)).toEqual(whole);
    expect(whole[whole.length - 1]).toEqual({ fields: ['7', '8'], line: 5 });
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(parseCsvText('12" skärm;5\n', ';')).toEqual([{ fields: ['12" skärm', '5'], line: 1 }]);
  });

  it('handles CR-only line ends and a blank line', () => {
    expect(parseCsvText('a;b\r1;2\r\r3;4', ';').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], [''], ['3', '4']]);
  });

  it('refuses a quote that never closes, naming the row where the field began', () => {
    expect(errorKey(() => parseCsvText('a;b\n1;2\n3;"oops\n4;5\n', ';'))).toBe('import.csv.unbalancedQuote@3');
    expect(errorKey(() => parseChunks('a;b\n1;"x"y;2\n', ';', 3))).toBe('import.csv.textAfterQuote@2');
  });

  it('round-trips random texts with delimiters, quotes and line breaks through writeCsv', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ö', ' ', ';', ',', '\t', '|', '"', '\n', '\r\n', '1', '-', '€'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(';', ',', '\t', '|'),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(field, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (d, width, rows, chunk) => {
          const data = rows.map((r) => r.slice(0, width));
          // A single empty field is written as an empty line; give it content so the row is not blank.
          const safe = data.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));
          const text = writeCsv(safe, d);
          const parsed = parseChunks(text, d, chunk).map((r) => r.fields);
          expect(parsed).toEqual(safe);
        },
      ),
      { numRuns: 300 },
    );
  });
});
