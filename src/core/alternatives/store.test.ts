import fixtureJson from '../../../test/fixtures/alternatives/bu-2026-014.json';
import type { TableData } from '../port';
import { DEFAULT_PRICE_LIST } from '../prices';
import { validateCase, type CaseFile } from './model';
import { CASES_TABLE, CASE_JSON_CHUNK, caseRows, splitText, storedCases, upsertCaseRows } from './store';

const fixture = (): CaseFile => validateCase(structuredClone(fixtureJson), DEFAULT_PRICE_LIST).file;
const asTable = (rows: TableData['rows']): TableData => ({
  name: CASES_TABLE.name,
  sheet: CASES_TABLE.sheet,
  headers: CASES_TABLE.columns.map((c) => c.header),
  rows,
});

describe('stored cases', () => {
  it('splits text without breaking surrogate pairs', () => {
    const s = 'a'.repeat(9) + '😀' + 'b'.repeat(5);
    const parts = splitText(s, 10);
    expect(parts.join('')).toBe(s);
    expect(parts[0]).toBe('a'.repeat(9));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(10);
  });

  it('keeps a short case in one row and reads it back', () => {
    const file = fixture();
    const rows = caseRows(file, '2026-03-10T10:00:00');
    expect(rows).toHaveLength(1);
    const back = storedCases(asTable(rows));
    expect(back).toHaveLength(1);
    expect(JSON.parse(back[0].json)).toEqual(file);
  });

  it('splits a case longer than a cell over rows (below 32,767 characters each) and joins it again', () => {
    const file = fixture();
    file.reason = 'Lång motivering. '.repeat(2000); // not validated here: the store must cope with any size
    const rows = caseRows(file, '2026-03-10T10:00:00');
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(String(r[5]).length).toBeLessThanOrEqual(CASE_JSON_CHUNK);
    expect(CASE_JSON_CHUNK).toBeLessThan(32_767);
    // Parts may come back in any order.
    const back = storedCases(asTable([...rows].reverse()));
    expect(JSON.parse(back[0].json)).toEqual(file);
  });

  it('replaces an earlier save of the same key and keeps other cases', () => {
    const a = fixture();
    const b = { ...fixture(), caseKey: 'BU-2026-015' };
    let rows = upsertCaseRows(null, a, '2026-03-10T10:00:00');
    rows = upsertCaseRows(asTable(rows), b, '2026-03-11T10:00:00');
    const a2 = { ...a, reason: 'Ändrad.' };
    rows = upsertCaseRows(asTable(rows), a2, '2026-03-12T10:00:00');
    const back = storedCases(asTable(rows));
    expect(back.map((c) => c.caseKey)).toEqual(['BU-2026-014', 'BU-2026-015']);
    expect(JSON.parse(back[0].json).reason).toBe('Ändrad.');
  });
});
