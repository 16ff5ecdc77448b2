import { XMLValidator } from 'fast-xml-parser';
import { parseRange } from '../core/a1';
import { bodyOf, headerNames, parseTableXml, renderTableXml, sanitiseRawTable, type TableEntry } from './tableParts';

const ENTRY: TableEntry = {
  name: 'IFO_Test',
  ref: parseRange('B3:D10'),
  headerRow: true,
  totalsRow: false,
  columns: ['Ansvar', 'Belopp & moms', 'Rad\nbrytning'],
  style: 'TableStyleMedium2',
  showRowStripes: true,
  showColumnStripes: false,
  showFirstColumn: false,
  showLastColumn: false,
};

/** A table part as Excel writes it: no headerRowCount (default 1), styles by dxf id, a sort state. */
const EXCEL_TABLE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="7" xr:uid="{1}" name="Tabell1" displayName="Tabell1" ref="A1:C4" ' +
  'headerRowDxfId="4" dataDxfId="3" totalsRowShown="0">' +
  '<autoFilter ref="A1:C4" xr:uid="{2}"/><sortState ref="A2:C4"><sortCondition ref="A2:A4"/></sortState>' +
  '<tableColumns count="3"><tableColumn id="1" xr3:uid="{3}" name="Konto" dataDxfId="2"/>' +
  '<tableColumn id="2" xr3:uid="{4}" name="Belopp" dataDxfId="1" dataCellStyle="Comma"/><tableColumn id="3" name="Rad_x000a_2"/></tableColumns>' +
  '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

describe('table parts', () => {
  it('renders a well-formed table part that parses back to the same table', () => {
    const xml = renderTableXml(ENTRY, 3);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('id="3"');
    expect(xml).toContain('ref="B3:D10"');
    expect(xml).toContain('<autoFilter ref="B3:D10"/>');
    // Control characters in column names use OOXML's escape, as Excel writes them.
    expect(xml).toContain('name="Rad_x000A_brytning"');
    const back = parseTableXml(xml)!;
    expect({ ...back, raw: undefined }).toEqual({ ...ENTRY, raw: undefined });
  });

  it('leaves the totals row out of the filter and the body', () => {
    const t = { ...ENTRY, totalsRow: true };
    expect(renderTableXml(t, 1)).toContain('<autoFilter ref="B3:D9"/>');
    expect(renderTableXml(t, 1)).toContain('totalsRowCount="1"');
    expect(bodyOf(t)).toEqual({ top: 3, rows: 6 });
    expect(bodyOf(ENTRY)).toEqual({ top: 3, rows: 7 });
  });

  it("reads Excel's tables with their header row (ExcelJS loses it) and drops references to rewritten styles", () => {
    const t = parseTableXml(EXCEL_TABLE)!;
    expect(t.name).toBe('Tabell1');
    expect(t.headerRow).toBe(true);
    expect(t.totalsRow).toBe(false);
    expect(t.columns).toEqual(['Konto', 'Belopp', 'Rad\n2']);
    expect(t.style).toBe('TableStyleLight9');
    expect(t.raw).not.toMatch(/DxfId|dataCellStyle/);
    expect(t.raw).toContain('xr3:uid="{3}"');
  });

  it('writes a loaded table back as it was, renumbered and grown', () => {
    const t = parseTableXml(EXCEL_TABLE)!;
    t.ref = { ...t.ref, rows: 10 };
    const xml = renderTableXml(t, 2);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/<table [^>]*\bid="2"/);
    expect(xml).toMatch(/<table [^>]*\bref="A1:C10"/);
    expect(xml).toContain('<autoFilter ref="A1:C10" xr:uid="{2}"/>');
    expect(xml).not.toContain('sortState');
    expect(xml).toContain('name="Rad_x000a_2"');
  });

  it('sanitises only table and column tags', () => {
    expect(sanitiseRawTable('<table dataDxfId="1" name="a"><x dxfId="2"/><tableColumn id="1" dxfId="3" name="b"/></table>')).toBe(
      '<table name="a"><x dxfId="2"/><tableColumn id="1" name="b"/></table>',
    );
  });

  it('names header columns as Excel does', () => {
    expect(headerNames(['Belopp', 'belopp', '', 2025, null, 'Belopp'])).toEqual(['Belopp', 'belopp2', 'Kolumn3', '2025', 'Kolumn5', 'Belopp3']);
  });
});
