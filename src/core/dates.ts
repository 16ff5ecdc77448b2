/**
 * Calendar helpers on plain integers: no Date objects with time zones in the arithmetic.
 * A period is 'YYYY-MM'; a date is 'YYYY-MM-DD'.
 */

export type Period = string; // 'YYYY-MM'
export type IsoDate = string; // 'YYYY-MM-DD'

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function makePeriod(year: number, month: number): Period {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function isPeriod(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
}

export function periodParts(p: Period): { year: number; month: number } {
  if (!isPeriod(p)) throw new RangeError(`ogiltig period: ${p}`);
  return { year: +p.slice(0, 4), month: +p.slice(5, 7) };
}

/** Adds n months (n may be negative). */
export function addMonths(p: Period, n: number): Period {
  const { year, month } = periodParts(p);
  const idx = year * 12 + (month - 1) + n;
  return makePeriod(Math.floor(idx / 12), (idx % 12) + 1);
}

/** Number of months from a to b (b − a). */
export function monthsBetween(a: Period, b: Period): number {
  const pa = periodParts(a);
  const pb = periodParts(b);
  return (pb.year - pa.year) * 12 + (pb.month - pa.month);
}

/** The 12 periods of a year. */
export function periodsOfYear(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => makePeriod(year, i + 1));
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function dateParts(d: IsoDate): { year: number; month: number; day: number } {
  if (!isIsoDate(d)) throw new RangeError(`ogiltigt datum: ${d}`);
  return { year: +d.slice(0, 4), month: +d.slice(5, 7), day: +d.slice(8, 10) };
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${makePeriod(year, month)}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), exact integer arithmetic. */
export function toDayNumber(d: IsoDate): number {
  const { year, month, day } = dateParts(d);
  return civilDayNumber(year, month, day);
}

/** Days since 1970-01-01 of a calendar date given as integers (not validated), for loops that avoid date strings. */
export function civilDayNumber(year: number, month: number, day: number): number {
  // Algorithm from Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return makeDate(m <= 2 ? y + 1 : y, m, d);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** Inclusive count of days from a to b (a ≤ b gives ≥ 1). */
export function daysInclusive(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a) + 1;
}

/** Adds months to a date, clamping the day to the month's length (2026-08-31 + 6 → 2027-02-28). */
export function addMonthsToDate(d: IsoDate, n: number): IsoDate {
  const { year, month, day } = dateParts(d);
  const p = periodParts(addMonths(makePeriod(year, month), n));
  return makeDate(p.year, p.month, Math.min(day, daysInMonth(p.year, p.month)));
}

export function periodOfDate(d: IsoDate): Period {
  return d.slice(0, 7);
}

export function firstDayOf(p: Period): IsoDate {
  return p + '-01';
}

export function lastDayOf(p: Period): IsoDate {
  const { year, month } = periodParts(p);
  return makeDate(year, month, daysInMonth(year, month));
}

/** Excel serial date (1900 date system; serial 1 = 1900-01-01, with Excel's phantom 1900-02-29). */
const EXCEL_EPOCH_DAY = toDayNumber('1899-12-30');

export function excelSerialToDate(serial: number): IsoDate {
  const whole = Math.floor(serial);
  if (whole < 1) throw new RangeError(`ogiltigt Excel-datum: ${serial}`);
  if (whole === 60) throw new RangeError('Excel-datumet 1900-02-29 finns inte');
  // Serials below 61 sit before Excel's phantom leap day.
  return fromDayNumber(EXCEL_EPOCH_DAY + whole + (whole < 60 ? 1 : 0));
}

export function dateToExcelSerial(d: IsoDate): number {
  const n = toDayNumber(d) - EXCEL_EPOCH_DAY;
  return n < 61 ? n - 1 : n;
}

/** Swedish month name of a period ("mars 2025"). */
export const MONTH_NAMES_SV = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];
export const MONTH_SHORT_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export function periodLabelSv(p: Period): string {
  const { year, month } = periodParts(p);
  return `${MONTH_NAMES_SV[month - 1]} ${year}`;
}

/** Short Swedish month and year of a period ("mar 2025"). */
export function periodShortSv(p: Period): string {
  const { year, month } = periodParts(p);
  return `${MONTH_SHORT_SV[month - 1]} ${year}`;
}
