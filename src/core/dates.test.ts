import fc from 'fast-check';
import {
  addDays, addMonths, addMonthsToDate, dateToExcelSerial, daysInclusive, daysInMonth, excelSerialToDate,
  fromDayNumber, monthsBetween, toDayNumber,
} from './dates';

describe('dates', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    fc.assert(fc.property(fc.integer({ min: -200000, max: 200000 }), (n) => toDayNumber(fromDayNumber(n)) === n));
  });

  it('adds days, months and counts inclusive days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(monthsBetween('2024-11', '2025-02')).toBe(3);
    expect(addMonthsToDate('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('converts Excel serial dates like Excel (1900 system)', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(45658)).toBe('2025-01-01');
    expect(dateToExcelSerial('2025-01-01')).toBe(45658);
    expect(dateToExcelSerial('1900-01-01')).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => dateToExcelSerial(excelSerialToDate(s)) === s),
    );
  });
});
