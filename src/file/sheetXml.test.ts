import fc from 'fast-check';
import { dateToExcelSerial } from '../core/dates';
import type { CellValue } from '../core/port';
import { isoToSerial, parseSharedStrings, SheetRowParser } from './sheetXml';

const SHARED = parseSharedStrings(
  '<sst xmlns="x" count="4" uniqueCount="4">' +
    '<si><t>Konto</t></si>' +
    '<si><r><rPr><b/></rPr><t>Fet </t></r><r><t xml:space="preserve">och vanlig</t></r></si>' +
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></si>' +
    '<si><t>rad_x000D_retur &amp; _x005F_x0041_</t></si>' +
    '<si><t/></si>' +
    '</sst>',
);

function parse(xml: string, split: number[] = []): Map<number, CellValue[]> {
  const rows = new Map<number, CellValue[]>();
  const p = new SheetRowParser(SHARED, (i, v) => rows.set(i, v));
  let at = 0;
  for (const s of [...split].sort((a, b) => a - b)) {
    p.push(xml.slice(at, s));
    at = s;
  }
  p.push(xml.slice(at));
  p.end();
  return rows;
}

const SHEET =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F9"/><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
  '<row r="2" spans="1:6"><c r="A2"><v>46362</v></c><c r="B2" s="3"><v>-1234.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>' +
  '<row r="3"/>' +
  '<row r="5"><c r="B5" t="inlineStr"><is><t>inline &lt;text&gt;</t></is></c><c r="C5" t="str"><f>A2&amp;""</f><v>46362</v></c><c r="D5"><f>1/0</f></c><c r="F5" t="s"><v>3</v></c></row>' +
  '<row r="6"><c r="A6" s="2"/><c r="B6" t="s"><v>4</v></c></row>' +
  '<row r="7"><c r="A7" t="d"><v>2016-03-01T00:00:00</v></c><c t="n"><v>1e3</v></c><c><v>7</v></c></row>' +
  '</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>';

describe('worksheet XML reader', () => {
  it('reads shared strings as plain text (rich runs joined, phonetics left out, escapes decoded)', () => {
    expect(SHARED).toEqual(['Konto', 'Fet och vanlig', '漢字', 'rad\rretur & _x0041_', '']);
  });

  it('reads every kind of cell', () => {
    const rows = parse(SHEET);
    expect([...rows.keys()]).toEqual([0, 1, 4, 6]);
    expect(rows.get(0)).toEqual(['Konto', 'Fet och vanlig', '漢字']);
    // Numbers stay numbers (the account code too); booleans; errors as their text.
    expect(rows.get(1)).toEqual([46362, -1234.5, null, true, '#N/A']);
    // Inline strings, formula results (text), formulas without a result, skipped columns.
    expect(rows.get(4)).toEqual([null, 'inline <text>', '46362', null, null, 'rad\rretur & _x0041_']);
    // Dates stored as ISO (t="d") become serials; cells without r follow the previous one.
    expect(rows.get(6)).toEqual([dateToExcelSerial('2016-03-01'), 1000, 7]);
  });

  it('gives the same rows however the XML is split into chunks', () => {
    const whole = parse(SHEET);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 12 }), (cuts) => {
        expect(parse(SHEET, cuts)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reads rows without r attributes and prefixed element names', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const rows = parse(xml, [30, 61, 90]);
    expect([...rows.entries()]).toEqual([
      [0, ['Konto', 1]],
      [1, [2]],
    ]);
  });

  it('converts ISO dates to Excel serials, including times and the 1900 leap-year quirk', () => {
    expect(isoToSerial('2025-03-01')).toBe(dateToExcelSerial('2025-03-01'));
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('2025-03-01T12:00:00')).toBe(dateToExcelSerial('2025-03-01') + 0.5);
    expect(isoToSerial('inte ett datum')).toBeNull();
  });
});
