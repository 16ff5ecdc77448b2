import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main';
import type { CliIO } from '../io';
import { decodeCp1252 } from '../../core/encoding/cp1252';
import {
  closedPeriods, placementDifferences, readLedger, readRegister,
} from '../../core/example/exampleReading.test-util';
import type { ExampleFacts } from '../../core/example';
import { exampleOptionsFromArgs } from './example';

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ifo-example-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const EXPECTED_FILES = [
  'budget_2025_2026.csv',
  'exempelkommun.json',
  'huvudbok_2025.csv',
  'huvudbok_2026-01_2026-10.csv',
  'organisation.csv',
  'placeringsregister.csv',
  'stratsys_uppfoljning_2026-10.xlsx',
];

describe('ifo-prognos example', () => {
  let dir: string;
  let io: ReturnType<typeof capture>;
  let code: number;

  beforeAll(async () => {
    const cwd = tempDir();
    io = capture(cwd);
    code = await main(['example', '--out', 'ut'], io);
    dir = join(cwd, 'ut');
  });

  it('writes the files (relative --out resolved against the working directory) and exits 0', () => {
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(EXPECTED_FILES);
  });

  it('prints a Swedish summary: file, rows, total, the late batch', () => {
    const text = io.stdout.join('\n');
    expect(text).toMatch(/Exempelkommun \(frö 20261\): 2025 helt år och 2026 t\.o\.m\. oktober 2026\./);
    expect(text).toMatch(/Fil\s+Rader\s+Summa/);
    expect(text).toMatch(/huvudbok_2025\.csv\s+\d[\d\u00a0]*\s+\d[\d\u00a0]*,\d\d\u00a0kr/);
    expect(text).toMatch(/Sen fakturabunt: \d fakturor för oktober 2026 saknas i huvudboken/);
    expect(text).toContain('7 filer skrivna till');
  });

  it('re-reads the written files: ledger placement costs agree with the register to the öre, except the late batch', () => {
    const facts = JSON.parse(readFileSync(join(dir, 'exempelkommun.json'), 'utf8')) as ExampleFacts;
    const register = readRegister(readFileSync(join(dir, 'placeringsregister.csv'), 'utf8'));
    const ledger = [
      ...readLedger(decodeCp1252(readFileSync(join(dir, 'huvudbok_2025.csv')))),
      ...readLedger(decodeCp1252(readFileSync(join(dir, 'huvudbok_2026-01_2026-10.csv')))),
    ];
    const diff = placementDifferences(register, ledger, closedPeriods(2025, 2026, 10));
    // Every month and ansvar agrees, except October 2026 for the ansvar of the late invoices.
    const expected = new Map<string, number>();
    for (const i of facts.lateBatch.invoices) {
      const k = `${i.period}|${i.costCenter}`;
      expected.set(k, (expected.get(k) ?? 0) + i.amountOre);
    }
    expect(diff).toEqual(expected);
    expect([...diff.values()].reduce((s, v) => s + v, 0)).toBe(facts.lateBatch.totalOre);
    expect(facts.lateBatch.totalOre).toBeGreaterThan(0);
    // Per account too: the late batch sits on the HVB/SiS accounts.
    const lateAccounts = new Set(facts.lateBatch.invoices.map((i) => i.account));
    for (const a of lateAccounts) expect(['46311', '46312', '46331']).toContain(a);
  });

  it('writes the same bytes again for the same seed, different bytes for another seed', async () => {
    const cwd = tempDir();
    const again = capture(cwd);
    expect(await main(['example', '--out', join(cwd, 'a'), '--seed', '20261', '--through', '2026-10'], again)).toBe(0);
    for (const f of EXPECTED_FILES) {
      expect({ f, same: readFileSync(join(cwd, 'a', f)).equals(readFileSync(join(dir, f))) }).toEqual({ f, same: true });
    }
    expect(await main(['example', '--out', join(cwd, 'b'), '--seed', '8'], capture(cwd))).toBe(0);
    expect(readFileSync(join(cwd, 'b', 'huvudbok_2025.csv')).equals(readFileSync(join(dir, 'huvudbok_2025.csv')))).toBe(false);
  });

  it('prints JSON with --json and honours --year and --through', async () => {
    const cwd = tempDir();
    const j = capture(cwd);
    expect(await main(['example', '--out', 'x', '--through', '2027-03', '--seed', '5', '--json'], j)).toBe(0);
    const out = JSON.parse(j.stdout.join('\n'));
    expect(out).toMatchObject({ seed: 5, previousYear: 2026, year: 2027, throughPeriod: '2027-03', asOf: '2027-03-31' });
    expect(out.files.map((f: { name: string }) => f.name)).toContain('huvudbok_2027-01_2027-03.csv');
    expect(out.lateBatch.period).toBe('2027-03');
    expect(existsSync(join(cwd, 'x', 'huvudbok_2026.csv'))).toBe(true);
    expect(await main(['example', '--out', 'y', '--year', '2024'], capture(cwd))).toBe(0);
    expect(existsSync(join(cwd, 'y', 'huvudbok_2024-01_2024-10.csv'))).toBe(true);
  });

  it.each([
    [['--year', 'tjugo'], /Året måste vara/],
    [['--year', '1999'], /Året måste vara/],
    [['--through', '2026-13'], /ÅÅÅÅ-MM/],
    [['--through', '202610'], /ÅÅÅÅ-MM/],
    [['--year', '2026', '--through', '2025-10'], /ligger inte i året 2026/],
    [['--seed', '-3'], /Felaktiga argument|Fröet/],
    [['--seed', '99999999999'], /Fröet/],
    [['--seed', 'abc'], /Fröet/],
    [['--bogus'], /Felaktiga argument/],
  ])('refuses %j with exit code 2 and writes nothing', async (args, message) => {
    const cwd = tempDir();
    const e = capture(cwd);
    expect(await main(['example', '--out', 'z', ...args], e)).toBe(2);
    expect(e.stderr.join('\n')).toMatch(message);
    expect(existsSync(join(cwd, 'z'))).toBe(false);
  });

  it('refuses a missing --out and an --out that is a file', async () => {
    const cwd = tempDir();
    const e = capture(cwd);
    expect(await main(['example'], e)).toBe(2);
    expect(e.stderr.join('\n')).toMatch(/--out saknas/);
    writeFileSync(join(cwd, 'fil'), 'x');
    const f = capture(cwd);
    expect(await main(['example', '--out', 'fil'], f)).toBe(2);
    expect(f.stderr.join('\n')).toMatch(/Kan inte skriva till katalogen/);
  });

  it('shows its options in --help', async () => {
    const h = capture(tempDir());
    expect(await main(['example', '--help'], h)).toBe(0);
    const text = h.stdout.join('\n');
    for (const o of ['--out', '--year', '--through', '--seed', '--json']) expect(text).toContain(o);
  });

  it('reads the options strictly', () => {
    expect(exampleOptionsFromArgs({})).toEqual({});
    expect(exampleOptionsFromArgs({ through: '2026-04' })).toEqual({ year: 2026, throughMonth: 4 });
    expect(exampleOptionsFromArgs({ year: '2026', through: '2026-12', seed: '0' })).toEqual({ year: 2026, throughMonth: 12, seed: 0 });
  });
});
