/**
 * Test helpers that read Exempelkommun's files back the way an outsider would: a simple quoted-CSV reader, the
 * register and ledger parsed from their text, and the placement reconciliation (register × cost.ts vs ledger).
 * Used by the tests of core, src/file and the CLI. Deliberately independent of the generator's internals.
 */
import { parseAmount } from '../money';
import { periodsOfYear, type Period } from '../dates';
import { parseUpliftPercent, placementYearCost, type PlacementCostTerms } from '../placements/cost';

/** A strict semicolon CSV reader: quoted fields, doubled quotes, CRLF or LF. Throws on a stray quote. */
export function readCsv(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
          throw new Error(`text after closing quote at ${i}`);
        }
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (!fieldStart) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      fieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStart = true;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStart = false;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Amount text → öre; throws when it is not a number. */
export function amount(text: string): number {
  const r = parseAmount(text, { decimalSeparator: ',' });
  if (!r.ok) throw new Error(`not an amount: "${text}"`);
  return r.ore;
}

/** Records keyed by header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export interface RegisterEntry {
  caseKey: string;
  costCenter: string;
  account: string;
  terms: PlacementCostTerms;
}

/** The register file's text (BOM stripped) → entries with cost terms. */
export function readRegister(text: string): RegisterEntry[] {
  return records(readCsv(text.replace(/^\ufeff/, ''))).map((r) => {
    const opt = (k: string) => (r[k] === '' ? 0 : amount(r[k]));
    const bp = parseUpliftPercent(r['Uppräkning']);
    if (bp === null) throw new Error(`bad uplift ${r['Uppräkning']}`);
    return {
      caseKey: r['Ärende'],
      costCenter: r['Ansvar'],
      account: r['Konto'],
      terms: {
        startDate: r['Startdatum'],
        endDate: r['Slutdatum'] === '' ? null : r['Slutdatum'],
        pricePerDayOre: opt('Pris per dygn'),
        pricePerMonthOre: opt('Pris per månad'),
        expensesPerMonthOre: opt('Omkostnad per månad'),
        extraPerMonthOre: opt('Extra kostnad per månad'),
        uplift: r['Uppräkningsdatum'] ? { basisPoints: bp, firstDate: r['Uppräkningsdatum'] } : null,
      },
    };
  });
}

export interface LedgerRow {
  period: Period;
  costCenter: string;
  account: string;
  accountLabel: string;
  text: string;
  supplier: string;
  invoiceNumber: string;
  amountOre: number;
}

/** The ledger file's text → rows (Period YYYYMM → 'YYYY-MM', Konto "46311 Köp …" → '46311'). */
export function readLedger(text: string): LedgerRow[] {
  return records(readCsv(text)).map((r) => ({
    period: `${r['Period'].slice(0, 4)}-${r['Period'].slice(4, 6)}`,
    costCenter: r['Ansvar'],
    account: r['Konto'].split(' ')[0],
    accountLabel: r['Konto'],
    text: r['Text'],
    supplier: r['Leverantör'],
    invoiceNumber: r['Fakturanummer'],
    amountOre: amount(r['Belopp']),
  }));
}

/**
 * Register cost (cost.ts) minus ledger bookings on the register's accounts, per 'period|ansvar', over the
 * given closed periods. Only non-zero differences are returned.
 */
export function placementDifferences(
  register: readonly RegisterEntry[],
  ledger: readonly LedgerRow[],
  closedPeriods: readonly Period[],
): Map<string, number> {
  const accounts = new Set(register.map((r) => r.account));
  const closed = new Set(closedPeriods);
  const diff = new Map<string, number>();
  const add = (k: string, v: number) => diff.set(k, (diff.get(k) ?? 0) + v);
  const years = [...new Set(closedPeriods.map((p) => +p.slice(0, 4)))];
  for (const r of register) {
    for (const y of years) {
      for (const m of placementYearCost(r.terms, y)) if (closed.has(m.period)) add(`${m.period}|${r.costCenter}`, m.totalOre);
    }
  }
  for (const l of ledger) if (accounts.has(l.account) && closed.has(l.period)) add(`${l.period}|${l.costCenter}`, -l.amountOre);
  for (const [k, v] of [...diff]) if (v === 0) diff.delete(k);
  return diff;
}

export function closedPeriods(previousYear: number, year: number, throughMonth: number): Period[] {
  return [...periodsOfYear(previousYear), ...periodsOfYear(year).slice(0, throughMonth)];
}

/** Luhn over a digit string (last digit = check digit). */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Every personnummer-like number in a text: 10 or 12 digits (optionally `-`/`+` before the last four), a possible
 * date (samordningsnummer: day + 60) and a valid Luhn digit.
 */
export function findPersonnummer(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:18|19|20)?)(\d{6})([-+]?)(\d{4})(?!\d)/g)) {
    const yymmdd = m[2];
    const mm = +yymmdd.slice(2, 4);
    let dd = +yymmdd.slice(4, 6);
    if (dd > 60) dd -= 60;
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) continue;
    if (luhn(yymmdd + m[4])) out.push(m[0]);
  }
  return out;
}
