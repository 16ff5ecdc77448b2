import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastCommand, makeForecastCommand } from '../../src/cli/commands/forecast';
import { reportError, type CliIO } from '../../src/cli/io';
import type { CliCommand } from '../../src/cli/commands/types';
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { FORECAST_PROPOSALS_TABLE } from '../../src/core/forecast/tables';
import { LINES, kr, writeFixture } from './fixture.test-util';

jest.setTimeout(30_000);

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

/** Runs a command the way main() does: refused input → 2, anything else → 1. */
async function run(cmd: CliCommand, args: string[], io: CliIO): Promise<number> {
  try {
    return await cmd.run(args, io);
  } catch (e) {
    return reportError(io, e);
  }
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ifo-forecast-'));
  const x = await XlsxWorkbook.create('bok.xlsx');
  await writeFixture(x);
  writeFileSync(join(dir, 'bok.xlsx'), await x.save());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ifo-prognos forecast', () => {
  it('prints the JSON contract and writes the proposals to the workbook', async () => {
    const io = capture(dir);
    expect(await run(forecastCommand, ['--workbook', 'bok.xlsx', '--as-of', '2025-03', '--unit', '610', '--unit', '630', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['asOf', 'rows']);
    expect(json.asOf).toBe('2025-03');
    expect(json.rows.map((r: { costCenter: string; costLine: string }) => `${r.costCenter} ${r.costLine}`)).toEqual([
      `610 ${LINES.revenue}`,
      `610 ${LINES.personnel}`,
      `610 ${LINES.institution}`,
      `630 ${LINES.aid}`,
    ]);
    const inst = json.rows[2];
    expect(Object.keys(inst)).toEqual(['costCenter', 'costLine', 'budgetOre', 'actualToDateOre', 'proposals', 'backtest']);
    expect(inst.proposals).toEqual({ runRate: kr(1_800_000), budgetProfile: kr(2_025_000), lastYearSeason: kr(3_150_000), placements: null, trend: 169_143_357 });
    expect(inst.backtest.runRate).toEqual({ errorOre: kr(-900_000), errorPct: -42.9 });
    expect(inst.backtest.placements).toBeNull();
    expect(io.stderr.join('\n')).toMatch(/Varning: 1 konton saknar kostnadsslag i Kontoplan.*29990 \(1 000,00\)/);

    const back = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(dir, 'bok.xlsx'))));
    const table = await back.readTable(FORECAST_PROPOSALS_TABLE.name);
    expect(table?.rows).toHaveLength(4);
    expect(table?.rows[2].slice(0, 8)).toEqual(['2025-03', '610', LINES.institution, 2_100_000, 525_000, 450_000, 1_800_000, 2_025_000]);
  });

  it('uses the placement register’s outlook when the placements area provides it', async () => {
    const io = capture(dir);
    const cmd = makeForecastCommand({
      placementsFor: async () => (cc, line) => (cc === '610' && line === LINES.institution ? { committedOre: kr(1_000_000), expectedNewOre: kr(50_000) } : null),
    });
    expect(await run(cmd, ['--workbook', join(dir, 'bok.xlsx'), '--as-of', '2025-03', '--unit', '610', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).rows[2].proposals.placements).toBe(kr(1_500_000));
  });

  it('prints a Swedish summary without --json; a second run replaces the round’s rows', async () => {
    const io = capture(dir);
    expect(await run(forecastCommand, ['--workbook', 'bok.xlsx', '--as-of', '2025-03'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^Prognosförslag per 2025-03: 6 rader skrivna till .*bok\.xlsx/);
    expect(text).toMatch(/Ansvar\s+Kostnadsslag\s+Budget\s+Utfall\s+Löptakt\s+Budgetprofil\s+Fjolårets säsong\s+Placeringar\s+Trend/);
    expect(text).toMatch(/610\s+Köpt vård institution barn och unga\s+2 100\s+450\s+1 800\s+2 025\s+3 150\s+–\s+1 691/);
    const back = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(dir, 'bok.xlsx'))));
    expect((await back.readTable(FORECAST_PROPOSALS_TABLE.name))?.rows).toHaveLength(6);
  });

  it('refuses bad input with exit code 2 and leaves the workbook untouched', async () => {
    const before = readFileSync(join(dir, 'bok.xlsx'));
    const cases: [string[], RegExp][] = [
      [['--workbook', 'bok.xlsx'], /Flaggan --as-of saknas/],
      [['--as-of', '2025-03'], /Flaggan --workbook saknas/],
      [['--workbook', 'bok.xlsx', '--as-of', '2025-13'], /Ogiltig prognosomgång "2025-13"/],
      [['--workbook', 'bok.xlsx', '--as-of', '2025-05'], /inget utfall för 2025-05/],
      [['--workbook', 'bok.xlsx', '--as-of', '2025-03', '--unit', '999'], /Okänt ansvar: 999/],
      [['--workbook', 'saknas.xlsx', '--as-of', '2025-03'], /saknas\.xlsx/],
      [['--workbook', 'bok.xlsx', '--as-of', '2025-03', '--bogus'], /Felaktiga argument/],
    ];
    for (const [args, message] of cases) {
      const io = capture(dir);
      expect({ args, code: await run(forecastCommand, args, io) }).toEqual({ args, code: 2 });
      expect(io.stderr.join('\n')).toMatch(message);
    }
    expect(readFileSync(join(dir, 'bok.xlsx')).equals(before)).toBe(true);
  });

  it('exits 1 on an internal error', async () => {
    const io = capture(dir);
    const cmd = makeForecastCommand({
      placementsFor: async () => {
        throw new Error('trasig');
      },
    });
    expect(await run(cmd, ['--workbook', 'bok.xlsx', '--as-of', '2025-03'], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/Ett internt fel uppstod: trasig/);
  });
});
