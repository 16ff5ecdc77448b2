import {
  DEFAULT_COL_WIDTH,
  MAX_AUTO_WIDTH,
  ROW_HEIGHT,
  charsToPx,
  columnWidths,
  formulaAt,
  gridSize,
  indexAt,
  offsets,
  valueAt,
  visibleRange,
  type SheetArea,
} from './gridModel';

const area: SheetArea = {
  top: 2,
  left: 1,
  values: [
    ['Enhet', 'Belopp'],
    ['Barn och unga, institution', 1234567.5],
  ],
  formulas: [
    ['', ''],
    ['', '=SUM(C4:C9)'],
  ],
};

describe('grid model', () => {
  it('reads values and formulas at sheet positions, null/empty outside the area', () => {
    expect(valueAt(area, 2, 1)).toBe('Enhet');
    expect(valueAt(area, 3, 2)).toBe(1234567.5);
    expect(valueAt(area, 0, 0)).toBeNull();
    expect(valueAt(area, 3, 5)).toBeNull();
    expect(formulaAt(area, 3, 2)).toBe('=SUM(C4:C9)');
    expect(formulaAt(area, 2, 1)).toBe('');
    expect(formulaAt({ top: 0, left: 0, values: [[1]] }, 0, 0)).toBe('');
  });

  it('shows the used area with room around it and at least a screenful', () => {
    expect(gridSize(area)).toEqual({ rows: 60, cols: 16 });
    const big: SheetArea = { top: 0, left: 0, values: Array.from({ length: 1000 }, () => new Array(30).fill(1)) };
    expect(gridSize(big)).toEqual({ rows: 1020, cols: 34 });
  });

  it('sizes columns from the sheet’s widths, else from the content, within limits', () => {
    const widths = columnWidths(area, 5, [undefined, undefined, undefined, 0, 20]);
    expect(widths[0]).toBe(DEFAULT_COL_WIDTH); // empty
    expect(widths[1]).toBeGreaterThan(DEFAULT_COL_WIDTH); // long text
    expect(widths[1]).toBeLessThanOrEqual(MAX_AUTO_WIDTH);
    expect(widths[3]).toBe(0); // hidden
    expect(widths[4]).toBe(charsToPx(20));
    expect(charsToPx(8.43)).toBe(64);
    // The number format decides the text, so the width follows it.
    const plain = columnWidths(area, 3)[2];
    const withUnit = columnWidths(area, 3, [], (_r, c) => (c === 2 ? '#,##0.00 "kronor"' : undefined))[2];
    expect(withUnit).toBeGreaterThan(plain);
  });

  it('finds the columns and rows a viewport shows', () => {
    const offs = offsets([50, 100, 0, 70]);
    expect(offs).toEqual([0, 50, 150, 150, 220]);
    expect(indexAt(offs, 0)).toBe(0);
    expect(indexAt(offs, 49)).toBe(0);
    expect(indexAt(offs, 50)).toBe(1);
    expect(indexAt(offs, 160)).toBe(3); // the hidden column is skipped
    expect(indexAt(offs, 10_000)).toBe(3);
    const vr = visibleRange(ROW_HEIGHT * 100, 60, 100, ROW_HEIGHT * 10, { rows: 1000, cols: 4 }, offs, 2);
    expect(vr).toEqual({ firstRow: 98, lastRow: 112, firstCol: 0, lastCol: 3 });
  });
});
