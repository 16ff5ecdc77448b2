import { formatCell, formatGeneral, serialToParts, splitSections } from './numberFormat';

const NB = '\u00a0';

describe('formatCell', () => {
  it('shows empty, text and booleans as Swedish Excel does', () => {
    expect(formatCell(null)).toEqual({ text: '', align: 'left' });
    expect(formatCell('=SUMMA(A1)', '#,##0')).toEqual({ text: '=SUMMA(A1)', align: 'left' });
    expect(formatCell(true).text).toBe('SANT');
    expect(formatCell(false).text).toBe('FALSKT');
  });

  it('formats General with a decimal comma and no grouping', () => {
    expect(formatCell(1234567).text).toBe('1234567');
    expect(formatCell(1234.5, 'General').text).toBe('1234,5');
    expect(formatGeneral(0.1 + 0.2)).toBe('0,3');
    expect(formatCell(-12.25).text).toBe('-12,25');
    expect(formatCell(5).align).toBe('right');
  });

  it('groups thousands with a no-break space and rounds to the format decimals', () => {
    expect(formatCell(1234567.891, '#,##0').text).toBe(`1${NB}234${NB}568`);
    expect(formatCell(1234567.891, '#,##0.00').text).toBe(`1${NB}234${NB}567,89`);
    expect(formatCell(-1234.5, '#,##0.00').text).toBe(`-1${NB}234,50`);
    expect(formatCell(1234.5, '0.0').text).toBe('1234,5');
    expect(formatCell(7, '0').text).toBe('7');
  });

  it('scales by thousands with a trailing comma (tkr)', () => {
    expect(formatCell(1234567, '#,##0,').text).toBe(`1${NB}235`);
    expect(formatCell(1234567, '#,##0, "tkr"').text).toBe(`1${NB}235 tkr`);
  });

  it('uses the negative and zero sections, with colour', () => {
    expect(formatCell(-5, '#,##0;[Red]-#,##0')).toEqual({ text: '-5', align: 'right', color: '#C00000' });
    expect(formatCell(-1500, '#,##0;(#,##0)').text).toBe(`(1${NB}500)`);
    expect(formatCell(0, '#,##0;-#,##0;"–"').text).toBe('–');
    expect(formatCell(3, '#,##0;-#,##0;"–"').text).toBe('3');
  });

  it('keeps literal suffixes and prefixes', () => {
    expect(formatCell(1500, '#,##0 "kr"').text).toBe(`1${NB}500 kr`);
    expect(formatCell(12, '"Antal: "0').text).toBe('Antal: 12');
  });

  it('formats percentages', () => {
    expect(formatCell(0.053, '0.0%').text).toBe('5,3%');
    expect(formatCell(-0.25, '0%').text).toBe('-25%');
  });

  it('formats date serials', () => {
    expect(serialToParts(45306)).toMatchObject({ y: 2024, m: 1, d: 15 });
    expect(formatCell(45306, 'yyyy-mm-dd').text).toBe('2024-01-15');
    expect(formatCell(45306, 'yyyy-mm').text).toBe('2024-01');
    expect(formatCell(45306.5, 'yyyy-mm-dd hh:mm').text).toBe('2024-01-15 12:00');
    expect(formatCell(45306, 'd mmm yyyy').text).toBe('15 jan 2024');
  });

  it('splits sections but not inside quotes', () => {
    expect(splitSections('#,##0;"a;b"0')).toEqual(['#,##0', '"a;b"0']);
  });
});
