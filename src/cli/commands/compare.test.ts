import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';
import type { CliIO } from '../io';
import { openXlsxFile, saveXlsxFile } from '../../file/node';
import { DEFAULT_PRICE_LIST, PRICE_LIST_TABLE, priceListRows } from '../../core/prices';
import { CASES_TABLE, computeCase, listStoredCases, loadStoredCase, parseCaseJson, toCompareJson } from '../../core/alternatives';

const FIXTURES = join(__dirname, '../../../test/fixtures/alternatives');
const FIXTURE = join(FIXTURES, 'bu-2026-014.json');

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ifo-compare-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a variant of the fixture case into the temp dir. */
function writeCase(name: string, mutate?: (c: Record<string, unknown> & { alternatives: Record<string, unknown>[] }) => void): string {
  const c = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  mutate?.(c);
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(c, null, 2));
  return p;
}

describe('ifo-prognos compare', () => {
  it('prints the JSON of the contract with --json', async () => {
    const io = capture(dir);
    const code = await main(['compare', '--case', FIXTURE, '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['alternatives', 'cheapest', 'breakEven']);
    for (const a of json.alternatives) expect(Object.keys(a)).toEqual(['name', 'totalOre', 'currentYearOre', 'expectedOre', 'monthlyOre']);
    for (const b of json.breakEven) expect(Object.keys(b)).toEqual(['a', 'b', 'month']);
    const expected = toCompareJson(computeCase(parseCaseJson(readFileSync(FIXTURE, 'utf8'), DEFAULT_PRICE_LIST)));
    expect(json).toEqual(expected);
    expect(json.cheapest).toBe('C Hemmaplan');
    expect(json.alternatives[0].monthlyOre).toHaveLength(12);
    expect(json.breakEven).toContainEqual({ a: 'B Konsulentstött familjehem', b: 'C Hemmaplan', month: 4 });
  });

  it('prints a Swedish summary without --json', async () => {
    const io = capture(dir);
    expect(await main(['compare', '--case', FIXTURE], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('Kostnadsunderlag BU-2026-014: apr 2026 – mar 2027 (12 mån)');
    expect(text).toMatch(/C Hemmaplan\s+374 500 kr\s+325 150 kr\s+567 800 kr/);
    expect(text).toContain('Billigast: C Hemmaplan');
  });

  it.each<[string, (c: Record<string, unknown> & { alternatives: Record<string, unknown>[] }) => void, RegExp]>([
    ['unknown unit', (c) => ((c.alternatives[1].components as Record<string, unknown>[])[2].unit = 'kvartal'), /fält alternatives\[1\]\.components\[2\]\.unit: okänd enhet/],
    ['to before from', (c) => Object.assign((c.alternatives[1].components as Record<string, unknown>[])[2], { from: 5, to: 3 }), /fält alternatives\[1\]\.components\[2\]\.to: slutmånaden/],
    ['unknown price name', (c) => ((c.alternatives[0].components as Record<string, unknown>[])[0].price = 'hvb_dygn'), /fält alternatives\[0\]\.components\[0\]\.price: namnet "hvb_dygn" finns inte i prislistan/],
    ['blocked expression', (c) => ((c.alternatives[2].components as Record<string, unknown>[])[1].quantity = 'evaluate("2")'), /fält alternatives\[2\]\.components\[1\]\.quantity: tecken 1: "evaluate" är spärrat/],
    ['risk pointing at itself', (c) => (c.alternatives[2].risk = { probability: 0.3, afterMonth: 4, then: 'C Hemmaplan' }), /fält alternatives\[2\]\.risk\.then: alternativet "C Hemmaplan" kan inte följas av sig självt/],
  ])('refuses a case with %s: exit 2 and a Swedish message naming the field', async (_what, mutate, message) => {
    const p = writeCase('bad.json', mutate);
    const io = capture(dir);
    expect(await main(['compare', '--case', p, '--json'], io)).toBe(2);
    expect(io.stdout).toEqual([]);
    const err = io.stderr.join('\n');
    expect(err).toContain('Ärendefilen bad.json avvisades: 1 fel. Ingenting har skrivits.');
    expect(err).toMatch(message);
  });

  it('refuses bad JSON, a missing file and a missing --case with exit 2', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ "caseKey": "BU-1", ');
    let io = capture(dir);
    expect(await main(['compare', '--case', 'broken.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/fält \$: filen är inte giltig JSON/);
    io = capture(dir);
    expect(await main(['compare', '--case', 'saknas.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/Ärendefilen saknas.json kunde inte läsas/);
    io = capture(dir);
    expect(await main(['compare'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('Flaggan --case saknas.');
  });

  it('creates the workbook with the sheet, the stored case and the price list', async () => {
    const io = capture(dir);
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx'], io)).toBe(0);
    expect(io.stderr.join('\n')).toContain('Skrev bladet "Kostnadsunderlag BU-2026-014" i bok.xlsx.');
    const wb = await openXlsxFile(join(dir, 'bok.xlsx'));
    const sheets = await wb.listSheets();
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Kostnadsunderlag BU-2026-014', 'IFO Ärenden', 'Prislista']));
    expect(sheets.map((s) => s.name)).not.toContain('Blad1');
    expect(sheets.find((s) => s.name === 'IFO Ärenden')?.visibility).toBe('hidden');
    // The totals row of the sheet, read back from the file.
    const data = await wb.readRange('Kostnadsunderlag BU-2026-014');
    const totalRow = data.values.find((r) => r[0] === 'Total kostnad, 12 mån');
    expect(totalRow?.slice(1, 4)).toEqual([1237159.1, 672361, 374500]);
    // The case can be reopened from the workbook.
    const stored = await listStoredCases(wb);
    expect(stored.map((s) => s.caseKey)).toEqual(['BU-2026-014']);
    const reopened = await loadStoredCase(wb, 'BU-2026-014');
    expect(reopened?.alternatives.map((a) => a.name)).toEqual(['A HVB', 'B Konsulentstött familjehem', 'C Hemmaplan']);
    expect((await wb.readTable(PRICE_LIST_TABLE.name))?.rows).toHaveLength(DEFAULT_PRICE_LIST.length);
  });

  it('leaves the workbook untouched when the case is refused (and does not create a missing one)', async () => {
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx'], capture(dir))).toBe(0);
    const path = join(dir, 'bok.xlsx');
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const bad = writeCase('bad.json', (c) => ((c.alternatives[0].components as Record<string, unknown>[])[0].unit = 'år'));
    expect(await main(['compare', '--case', bad, '--workbook', 'bok.xlsx'], capture(dir))).toBe(2);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(await main(['compare', '--case', bad, '--workbook', 'ny.xlsx'], capture(dir))).toBe(2);
    expect(existsSync(join(dir, 'ny.xlsx'))).toBe(false);
  });

  it('writes again without duplicates and keeps other stored cases', async () => {
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx'], capture(dir))).toBe(0);
    const other = writeCase('other.json', (c) => (c.caseKey = 'BU-2026-015'));
    expect(await main(['compare', '--case', other, '--workbook', 'bok.xlsx'], capture(dir))).toBe(0);
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx'], capture(dir))).toBe(0);
    const wb = await openXlsxFile(join(dir, 'bok.xlsx'));
    const names = (await wb.listSheets()).map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Kostnadsunderlag'))).toEqual(['Kostnadsunderlag BU-2026-014', 'Kostnadsunderlag BU-2026-015']);
    expect((await listStoredCases(wb)).map((s) => s.caseKey).sort()).toEqual(['BU-2026-014', 'BU-2026-015']);
    expect((await wb.readTable(CASES_TABLE.name))?.rows).toHaveLength(2);
  });

  it("uses the workbook's price list instead of the defaults", async () => {
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx'], capture(dir))).toBe(0);
    const path = join(dir, 'bok.xlsx');
    const wb = await openXlsxFile(path);
    const rows = priceListRows(DEFAULT_PRICE_LIST);
    rows.find((r) => r[0] === 'hvb_barn_dygn')![4] = 4000;
    await wb.replaceTable(PRICE_LIST_TABLE, rows);
    await saveXlsxFile(wb, path);
    const io = capture(dir);
    expect(await main(['compare', '--case', FIXTURE, '--workbook', 'bok.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    // HVB at 4 000 kr/dygn instead of 3 283: apr 2026 = 4 000 × 30 + 2 500 = 122 500 kr.
    expect(json.alternatives[0].monthlyOre[0]).toBe(12_250_000);
  });

  it('reports masked personnummer on stderr and keeps them out of the workbook', async () => {
    const p = writeCase('pnr.json', (c) => (c.reason = 'Gäller 121212-1212.'));
    const io = capture(dir);
    expect(await main(['compare', '--case', p, '--workbook', 'bok.xlsx'], io)).toBe(0);
    expect(io.stderr.join('\n')).toContain('1 personnummer maskerades i fritexten.');
    const wb = await openXlsxFile(join(dir, 'bok.xlsx'));
    const sheet = await wb.readRange('Kostnadsunderlag BU-2026-014');
    const table = await wb.readTable(CASES_TABLE.name);
    const all = JSON.stringify([sheet.values, table?.rows]);
    expect(all).not.toContain('1212-1212');
    expect(all).toContain('ÅÅMMDD-****');
  });

  it('lists compare in the help', async () => {
    const io = capture(dir);
    await main(['--help'], io);
    expect(io.stdout.join('\n')).toMatch(/compare\s+jämför placeringsalternativ/);
    const io2 = capture(dir);
    expect(await main(['compare', '--help'], io2)).toBe(0);
    expect(io2.stdout.join('\n')).toContain('ifo-prognos compare --case');
  });

  it('computes the five-alternative, 36-month fixture', async () => {
    const io = capture(dir);
    expect(await main(['compare', '--case', join(FIXTURES, 'bu-2026-021-fem-alternativ.json'), '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(json.alternatives).toHaveLength(5);
    expect(json.alternatives[0].monthlyOre).toHaveLength(36);
    expect(json.breakEven).toHaveLength(10);
  });
});
