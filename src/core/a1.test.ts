import fc from 'fast-check';
import { cellAddress, columnIndex, columnLetters, parseRange, rangeAddress, MAX_COLUMNS } from './a1';

describe('A1 addresses', () => {
  it('converts columns both ways', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(MAX_COLUMNS - 1)).toBe('XFD');
    expect(() => columnLetters(MAX_COLUMNS)).toThrow();
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (c) => columnIndex(columnLetters(c)) === c));
  });

  it('parses and formats ranges', () => {
    expect(parseRange('B3:D10')).toEqual({ top: 2, left: 1, rows: 8, cols: 3 });
    expect(parseRange("'Blad 1'!$A$1")).toEqual({ top: 0, left: 0, rows: 1, cols: 1 });
    expect(rangeAddress({ top: 0, left: 0, rows: 1048576, cols: 1 })).toBe('A1:A1048576');
    expect(() => parseRange('A1048577')).toThrow();
    expect(cellAddress(4, 2)).toBe('C5');
  });
});

import { isValidTableName, sheetNameProblem } from './port';

describe('Excel name rules in core', () => {
  it('refuses table names Excel refuses', () => {
    for (const bad of ['', '1abc', 'A1', 'XFD100', 'R', 'C', 'RC', 'R1', 'C12', 'R1C1', 'r2c', 'has space', 'a-b']) {
      expect({ bad, ok: isValidTableName(bad) }).toEqual({ bad, ok: false });
    }
    for (const good of ['IFO_Utfall', '_x', 'Åtgärder', 'RCX', 'Tabell1', 'ABCD1', 'R1D']) {
      expect({ good, ok: isValidTableName(good) }).toEqual({ good, ok: true });
    }
  });

  it('refuses the reserved sheet name History', () => {
    expect(sheetNameProblem('History')).toBe('reserved');
    expect(sheetNameProblem('Historik')).toBeNull();
  });
});
