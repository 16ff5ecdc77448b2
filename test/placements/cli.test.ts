/**
 * `ifo-prognos placements` end to end on Exempelkommun: real files imported with the CLI, the JSON contract,
 * the sheet written and read back, exit codes (0 / 2, the workbook untouched byte for byte on refusal), --help,
 * and the forecast's placements method fed by the register.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { generateExample, type ExampleBytesFile } from '../../src/core/example';
import { REGISTER_TABLE } from '../../src/core/placements';
import { XlsxWorkbook } from '../../src/file';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed CLI JSON, checked field by field
type Json = any;

function capture(cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { cwd, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  return { io, stdout, stderr };
}

async function run(cwd: string, ...args: string[]) {
  const c = capture(cwd);
  const code = await main(args, c.io);
  return { code, out: c.stdout.join('\n'), err: c.stderr.join('\n'), json: (): Json => JSON.parse(c.stdout.join('\n')) };
}

jest.setTimeout(60_000);

const ex = generateExample();
const { facts } = ex;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ifo-placements-'));
  for (const f of ex.files) if (f.format !== 'xlsx') writeFileSync(join(dir, f.name), (f as ExampleBytesFile).bytes);
  for (const f of ex.files.filter((x) => x.kind === 'ledger' || x.kind === 'placements')) {
    const r = await run(dir, 'import', f.name, '--workbook', 'bok.xlsx');
    expect(r.code).toBe(0);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ifo-prognos placements', () => {
  it('prints exactly the JSON contract with the register\'s figures and writes the sheet', async () => {
    const r = await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '2026', '--json');
    expect(r.code).toBe(0);
    const j = r.json();
    expect(Object.keys(j)).toEqual(['year', 'asOf', 'monthly', 'committedToYearEndOre', 'expectedNewOre', 'byForm', 'alerts', 'accrual']);
    expect(j.year).toBe(2026);
    expect(j.asOf).toBe(facts.asOf);
    expect(j.monthly).toHaveLength(12);
    for (const m of j.monthly) {
      const f = facts.placements.perMonth[m.month];
      expect(m).toEqual({ month: m.month, costOre: f.costOre, careDays: f.careDays, countAtMonthEnd: f.activeAtMonthEnd });
    }
    expect(Object.keys(j.byForm).sort()).toEqual(Object.keys(j.byForm));
    expect(Object.values(j.byForm).every((v) => Object.keys(v as object).join() === 'costOre,careDays')).toBe(true);
    expect(j.alerts.every((a: Json) => Object.keys(a).join() === 'caseKey,kind,date')).toBe(true);
    expect(j.accrual.every((a: Json) => Object.keys(a).join() === 'costCenter,account,earnedOre,bookedOre,unbilledOre')).toBe(true);
    expect(j.accrual.reduce((s: number, a: Json) => s + a.unbilledOre, 0)).toBe(facts.lateBatch.totalOre);

    const wb = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(dir, 'bok.xlsx'))), 'bok.xlsx');
    const sheets = (await wb.listSheets()).map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(['Placeringar', 'Placeringsregister', 'Placeringsformer', 'Lagrum', 'Prislista']));
    const values = (await wb.readRange('Placeringar')).values;
    const cost = values.find((row) => row[0] === 'Kostnad (kr)');
    expect(cost?.slice(1, 13)).toEqual(j.monthly.map((m: Json) => m.costOre / 100));
    expect(cost?.[13]).toBeCloseTo(j.monthly.reduce((s: number, m: Json) => s + m.costOre, 0) / 100, 2);
  });

  it('prints a Swedish summary and takes the as-of date and an inflow', async () => {
    const r = await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '2026', '--as-of', '2026-09-30');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Placeringar 2026 per 2026-09-30 (bokfört t.o.m. september 2026)');
    expect(r.out).toContain('Bladet "Placeringar" är skrivet i');
    const history = (await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '2026', '--json')).json();
    const none = (await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '2026', '--inflow', '0', '--json')).json();
    const two = (await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '2026', '--inflow', '2,0', '--json')).json();
    expect(none.expectedNewOre).toBe(0);
    expect(two.expectedNewOre).toBeGreaterThan(history.expectedNewOre);
    expect(two.committedToYearEndOre).toBe(history.committedToYearEndOre);
  });

  it('refuses bad options and a workbook without a register with exit 2, the workbook untouched', async () => {
    const before = readFileSync(join(dir, 'bok.xlsx'));
    for (const args of [
      ['--year', '20x6'],
      ['--year', '2026', '--as-of', '2026-02-30'],
      ['--year', '2026', '--inflow', 'många'],
      ['--year', '2026', '--unknown'],
    ]) {
      const r = await run(dir, 'placements', '--workbook', 'bok.xlsx', ...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
    }
    expect((await run(dir, 'placements', '--workbook', 'bok.xlsx', '--year', '20x6')).err).toContain('--year ska vara ett årtal');
    expect(readFileSync(join(dir, 'bok.xlsx')).equals(before)).toBe(true);

    const empty = await XlsxWorkbook.create('tom.xlsx');
    writeFileSync(join(dir, 'tom.xlsx'), await empty.save());
    const emptyBefore = readFileSync(join(dir, 'tom.xlsx'));
    const r = await run(dir, 'placements', '--workbook', 'tom.xlsx', '--year', '2026');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Arbetsboken har inget placeringsregister');
    expect(readFileSync(join(dir, 'tom.xlsx')).equals(emptyBefore)).toBe(true);
  });

  it('refuses an invalid register row edited in Excel, naming the sheet, row, column and value', async () => {
    const wb = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(dir, 'bok.xlsx'))), 'bok.xlsx');
    const t = await wb.readTable(REGISTER_TABLE.name);
    await wb.updateTableRows(REGISTER_TABLE, [{ index: 2, values: [...t!.rows[2].slice(0, 0), 'Anna Svensson', ...t!.rows[2].slice(1)] }]);
    writeFileSync(join(dir, 'edited.xlsx'), await wb.save());
    const r = await run(dir, 'placements', '--workbook', 'edited.xlsx', '--year', '2026');
    expect(r.code).toBe(2);
    expect(r.err).toContain('blad Placeringsregister, rad 4, kolumn Ärende, värde "Anna Svensson": Ärendenyckeln ser ut som ett namn.');
  });

  it('keeps --help true', async () => {
    const r = await run(dir, 'placements', '--help');
    expect(r.code).toBe(0);
    for (const opt of ['--workbook', '--year', '--as-of', '--inflow', '--json', 'committedToYearEndOre', 'unbilledOre']) expect(r.out).toContain(opt);
    const all = await run(dir, '--help');
    expect(all.out).toContain('placements');
  });

  it('feeds the forecast command\'s placements method', async () => {
    const r = await run(dir, 'forecast', '--workbook', 'bok.xlsx', '--as-of', facts.throughPeriod, '--json');
    expect(r.code).toBe(0);
    const rows = r.json().rows as Json[];
    const line = rows.find((x) => x.costCenter === '52110' && x.costLine === 'Köpt vård institution barn och unga');
    expect(typeof line.proposals.placements).toBe('number');
    expect(line.proposals.placements).toBeGreaterThan(line.actualToDateOre);
    const salaries = rows.find((x) => x.costCenter === '52110' && x.costLine === 'Personal');
    expect(salaries.proposals.placements).toBeNull();
  });
});
