import ExcelJS from 'exceljs';
import { decodeCp1252 } from '../core/encoding/cp1252';
import { divRound } from '../core/money';
import { COST_CENTERS, STRATSYS_HEADERS, costLineOfAccount, decodeUtf8 } from '../core/example';
import { amount, readCsv, readLedger } from '../core/example/exampleReading.test-util';
import { exampleWorkbookBytes, generateExampleFiles, type ExampleFilesResult } from './exampleFiles';

let result: ExampleFilesResult;
beforeAll(async () => {
  result = await generateExampleFiles();
});

function file(name: string): Uint8Array {
  const f = result.files.find((x) => x.name === name);
  if (!f) throw new Error(`no file ${name}`);
  return f.bytes;
}

async function readSheet(bytes: Uint8Array): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: (string | number | null)[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: (string | number | null)[] = [];
    for (let c = 1; c <= STRATSYS_HEADERS.length; c++) {
      const v = ws.getRow(r).getCell(c).value;
      row.push(v === null || v === undefined ? null : (v as string | number));
    }
    rows.push(row);
  }
  return rows;
}

/** A Stratsys cell in whole kronor: a number, or text with spaces ("1 234 567"). */
function kronor(v: string | number | null): number {
  if (typeof v === 'number') return v;
  if (v === null) throw new Error('empty cell');
  expect(v).toMatch(/^-?\d{1,3}( \d{3})*$/);
  return amount(v) / 100;
}

describe('exampleFiles', () => {
  it('returns every file as bytes, the report as a real .xlsx (zip)', () => {
    expect(result.files.map((f) => f.name)).toEqual([
      'huvudbok_2025.csv', 'huvudbok_2026-01_2026-10.csv', 'budget_2025_2026.csv', 'stratsys_uppfoljning_2026-10.xlsx',
      'placeringsregister.csv', 'organisation.csv', 'exempelkommun.json',
    ]);
    const x = file('stratsys_uppfoljning_2026-10.xlsx');
    expect([x[0], x[1], x[2], x[3]]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    for (const f of result.files) expect(f.bytes.length).toBeGreaterThan(500);
  });

  it('writes byte-identical files for the same seed, whatever the clock says', async () => {
    jest.useFakeTimers({
      now: new Date('2031-05-17T13:14:15Z'),
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'performance', 'hrtime'],
    });
    let later: ExampleFilesResult;
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      later = await generateExampleFiles({ seed: result.options.seed });
    } finally {
      jest.useRealTimers();
    }
    for (let i = 0; i < result.files.length; i++) {
      const same = Buffer.from(later.files[i].bytes).equals(Buffer.from(result.files[i].bytes));
      expect({ name: result.files[i].name, same }).toEqual({ name: result.files[i].name, same: true });
    }
    const other = await generateExampleFiles({ seed: 3 });
    expect(Buffer.from(other.files[3].bytes).equals(Buffer.from(result.files[3].bytes))).toBe(false);
  });

  it('writes the Stratsys report with title rows, header, subtotals and a total row', async () => {
    const rows = await readSheet(file('stratsys_uppfoljning_2026-10.xlsx'));
    expect(rows[0][0]).toMatch(/^Månadsuppföljning/);
    expect(rows[1][0]).toBe('Period: oktober 2026');
    expect(rows[2][0]).toMatch(/^Utskriftsdatum: 2026-11-\d\d$/);
    expect(rows[3].every((c) => c === null)).toBe(true);
    expect(rows[4]).toEqual([...STRATSYS_HEADERS]);
    const labels = rows.slice(5).map((r) => r[0]);
    expect(labels[labels.length - 1]).toBe('Totalt');
    const units = [...new Set(COST_CENTERS.map((c) => c.unit))];
    for (const u of units) expect(labels).toContain(`Summa ${u}`);
    // Some number columns are text with spaces, others numbers.
    const first = rows[5];
    expect(typeof first[2]).toBe('string');
    expect(typeof first[3]).toBe('string');
    expect(typeof first[5]).toBe('number');
    expect(rows.slice(5).some((r) => typeof r[2] === 'string' && / \d{3} \d{3}$/.test(r[2]))).toBe(true);
    // Comments in Swedish, without personal data.
    const comments = rows.slice(5).map((r) => r[8]).filter((c): c is string => typeof c === 'string' && c !== '');
    expect(comments.length).toBeGreaterThanOrEqual(3);
    expect(comments.some((c) => /Åtgärd:/.test(c))).toBe(true);
    expect(comments.join(' ')).not.toMatch(/\d{6}[-+]?\d{4}|BU-\d|VU-\d/);
  });

  it('agrees with the ledger and the budget (whole kronor), per row, per unit and in total', async () => {
    const rows = (await readSheet(file('stratsys_uppfoljning_2026-10.xlsx'))).slice(5);
    const ledger = readLedger(decodeCp1252(file('huvudbok_2026-01_2026-10.csv')));
    const budgetRows = readCsv(decodeUtf8(file('budget_2025_2026.csv')).replace(/^\ufeff/, '')).slice(1).filter((r) => r[0] === '2026');
    const key = (cc: string, line: string) => `${cc}|${line}`;
    const toDate = new Map<string, number>();
    const period = new Map<string, number>();
    const budgetYear = new Map<string, number>();
    const budgetToDate = new Map<string, number>();
    const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
    for (const l of ledger) {
      const k = key(l.costCenter, costLineOfAccount(l.account));
      add(toDate, k, l.amountOre);
      if (l.period === '2026-10') add(period, k, l.amountOre);
    }
    for (const b of budgetRows) {
      add(budgetYear, key(b[1], b[2]), amount(b[3]));
      add(budgetToDate, key(b[1], b[2]), b.slice(4, 14).map(amount).reduce((s, x) => s + x, 0));
    }
    const kr = (ore: number) => divRound(ore, 100);
    const unitOf = new Map(COST_CENTERS.map((c) => [c.code, c.unit]));
    const unitSums = new Map<string, number[]>();
    const total = [0, 0, 0, 0];
    const seen = new Set<string>();
    for (const r of rows) {
      const label = String(r[0]);
      const figures = [kronor(r[2]), kronor(r[3]), kronor(r[4]), kronor(r[5]), kronor(r[6])];
      if (label === 'Totalt') {
        expect(figures.slice(0, 4)).toEqual([kr(total[0]), kr(total[1]), kr(total[2]), kr(total[3])]);
        expect(figures[4]).toBe(kr(total[1] - total[3]));
        continue;
      }
      if (label.startsWith('Summa ')) {
        const s = unitSums.get(label.slice(6))!;
        expect(figures.slice(0, 4)).toEqual(s.map(kr));
        expect(figures[4]).toBe(kr(s[1] - s[3]));
        continue;
      }
      const cc = label.slice(0, 5);
      const k = key(cc, String(r[1]));
      seen.add(k);
      const exact = [budgetYear.get(k) ?? 0, budgetToDate.get(k) ?? 0, period.get(k) ?? 0, toDate.get(k) ?? 0];
      expect({ k, figures }).toEqual({ k, figures: [...exact.map(kr), kr(exact[1] - exact[3])] });
      const u = unitOf.get(cc)!;
      const s = unitSums.get(u) ?? [0, 0, 0, 0];
      exact.forEach((v, i) => (s[i] += v));
      unitSums.set(u, s);
      exact.forEach((v, i) => (total[i] += v));
    }
    // Every ledger and budget combination has its row.
    for (const k of [...toDate.keys(), ...budgetYear.keys()]) expect(seen.has(k)).toBe(true);
    expect(kr(total[3])).toBe(kr(result.facts.ledgers[1].totalOre));
    expect(total[0]).toBe(result.facts.budget.perYear['2026']);
  });

  it('writes any workbook data it is given', async () => {
    const bytes = await exampleWorkbookBytes({
      creator: 'Test',
      created: '2026-01-15',
      sheets: [{ name: 'Blad', rows: [['Rubrik'], [], ['a', 1, '1 234']], columnWidths: [10, 10, 10], boldRows: [0], headerRow: 0, numberColumns: [1] }],
    });
    const rows = await readSheet(bytes);
    expect(rows[0][0]).toBe('Rubrik');
    expect(rows[2].slice(0, 3)).toEqual(['a', 1, '1 234']);
  });
});
