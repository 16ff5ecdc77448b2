import fc from 'fast-check';
import {
  attrs,
  decodeEntities,
  decodeOoxmlText,
  encodeOoxmlText,
  escapeAttr,
  escapeText,
  findTags,
  lastIndexOfBytes,
  needsOoxmlEscape,
  parseAttributes,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  utf8,
} from './xml';

describe('xml helpers', () => {
  it('escapes text and attributes and decodes them back', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeAttr('"x"\ty\nz')).toBe('&quot;x&quot;&#9;y&#10;z');
    expect(escapeText('bad\u0001char')).toBe('badchar');
    expect(decodeEntities('&lt;&amp;&gt;&quot;&apos;&#229;&#x2013;')).toBe('<&>"\'å–');
  });

  it('round-trips any text through attribute escaping and parsing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        // XML cannot carry these at all; escapeText drops them.
        // eslint-disable-next-line no-control-regex
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
        expect(parseAttributes(`<x a="${escapeAttr(s)}"/>`).a).toBe(clean);
      }),
    );
  });

  it("round-trips any text through OOXML's _xHHHH_ escape", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const enc = encodeOoxmlText(s);
        expect(decodeOoxmlText(enc)).toBe(s);
        // What is left can be carried by XML.
        // eslint-disable-next-line no-control-regex
        expect(/[\u0000-\u0008\u000B-\u001F]/.test(enc)).toBe(false);
      }),
    );
    expect(encodeOoxmlText('\rretur')).toBe('_x000D_retur');
    expect(encodeOoxmlText('_x0041_')).toBe('_x005F_x0041_');
    expect(needsOoxmlEscape('vanlig text\tmed tab\noch radbrytning')).toBe(false);
    expect(needsOoxmlEscape('a\rb')).toBe(true);
    expect(needsOoxmlEscape('kod _x00e5_')).toBe(true);
  });

  it('finds tags with their attributes', () => {
    const xml = '<sheets><sheet name="A &amp; B" r:id="rId1"/><sheet name=\'C\' state="hidden" r:id="rId2"></sheet></sheets>';
    expect(findTags(xml, 'sheet')).toEqual([
      { name: 'A & B', 'r:id': 'rId1' },
      { name: 'C', state: 'hidden', 'r:id': 'rId2' },
    ]);
    expect(findTags(xml, 'sheets')).toEqual([{}]);
    expect(attrs({ a: 1, b: undefined, c: true, d: 'x"y' })).toBe(' a="1" c="1" d="x&quot;y"');
  });

  it('resolves and builds relationship targets', () => {
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../tables/table1.xml')).toBe('xl/tables/table1.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(relsPathOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/tables/table3.xml')).toBe('../tables/table3.xml');
    expect(relativeTarget('xl/drawings/drawing1.xml', 'xl/charts/chart2.xml')).toBe('../charts/chart2.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/worksheets/other.xml')).toBe('other.xml');
  });

  it('finds the last occurrence of a pattern in bytes', () => {
    const b = utf8('<a></sheetData><x/></sheetData>ö');
    expect(lastIndexOfBytes(b, '</sheetData>')).toBe(19);
    expect(lastIndexOfBytes(b, '</sheetData>', 19)).toBe(3);
    expect(lastIndexOfBytes(b, '<none>')).toBe(-1);
  });
});
