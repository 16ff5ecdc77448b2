/**
 * `ifo-prognos report` in-process on the constructed municipality saved as an .xlsx: the JSON contract (exact keys,
 * the figures the sheets show), --out (the source untouched), --stratsys (.csv / .xlsx), --collect (a returned unit
 * workbook submitted out there fills in a missing forecast), refusals with exit code 2 and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openXlsxFile, saveXlsxFile } from '../../src/file/node';
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { readSheetRows } from '../../src/file/readSheetRows';
import { REPORT_SHEETS, VARIANCE_SHEET, VC, buildReportSheets, computeReport, reportJson, ACTION_PLAN_TABLE } from '../../src/core/report';
import { distributeUnit } from '../../src/core/forecast/distribute';
import { openUnit } from '../../src/core/forecast/service';
import { oreToKronor } from '../../src/core/money';
import { smallMunicipality, writeFixture } from './fixture.test-util';

jest.setTimeout(120_000);

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
}

let dir: string;
let book: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ifo-report-cli-'));
  book = join(dir, 'bok.xlsx');
  const wb = await XlsxWorkbook.create('bok.xlsx');
  await writeFixture(wb, smallMunicipality());
  await saveXlsxFile(wb, book);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ifo-prognos report', () => {
  it('--json prints the contract with the figures the sheets show', async () => {
    const io = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join('\n'));
    expect(Object.keys(json)).toEqual(['period', 'units', 'total', 'missingForecasts']);
    for (const u of json.units) expect(Object.keys(u)).toEqual(['costCenter', 'budgetOre', 'actualToDateOre', 'forecastOre', 'varianceOre']);
    expect(Object.keys(json.total)).toEqual(['budgetOre', 'actualToDateOre', 'forecastOre', 'varianceOre']);
    expect(json.period).toBe('2026-03');
    expect(json.missingForecasts).toEqual(['630']);

    // The sheets written into the workbook show the same figures: each unit's total row and the total row.
    const saved = await openXlsxFile(book);
    const model = await computeReport(saved, { period: '2026-03' });
    expect(json).toEqual(reportJson(model));
    const { layouts } = buildReportSheets(model);
    const sheet = await saved.readRange(VARIANCE_SHEET);
    const cell = (row: number, col: number) => sheet.values[row]?.[col] ?? null;
    const asJson = (row: number) => ({
      budgetOre: Math.round((cell(row, VC.budgetYear) as number) * 100),
      actualToDateOre: Math.round((cell(row, VC.actualToDate) as number) * 100),
      forecastOre: cell(row, VC.forecast) === null ? null : Math.round((cell(row, VC.forecast) as number) * 100),
      varianceOre: cell(row, VC.varianceYear) === null ? null : Math.round((cell(row, VC.varianceYear) as number) * 100),
    });
    layouts.variance.units.forEach((u, i) => expect({ costCenter: u.costCenter, ...asJson(u.totalRow) }).toEqual(json.units[i]));
    expect(asJson(layouts.variance.totalRow)).toEqual(json.total);
    expect(oreToKronor(json.total.forecastOre)).toBe(5_626_000);
  });

  it('prints a Swedish summary, writes the sheets into the workbook; a second run replaces them', async () => {
    const io = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--unit', 'kr'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('Månadsrapport mars 2026 (Prognos mars 2026) skriven till');
    expect(text).toContain('Saknar inlämnad prognos (1): 630.');
    expect(text).toContain('Åtgärdsplan: 3 åtgärder');
    expect(await main(['report', '--workbook', book, '--period', '2026-03'], capture(dir))).toBe(0);
    const names = (await (await openXlsxFile(book)).listSheets()).map((s) => s.name);
    for (const n of REPORT_SHEETS) expect(names.filter((x) => x === n)).toHaveLength(1);
  });

  it('--out writes the report to its own workbook and leaves the source as it was', async () => {
    const before = readFileSync(book);
    const out = join(dir, 'rapport.xlsx');
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--out', out], capture(dir))).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(true);
    const names = (await (await openXlsxFile(out)).listSheets()).map((s) => s.name);
    expect(names).toEqual([...REPORT_SHEETS]);
  });

  it('--stratsys writes the upload file as CSV or xlsx', async () => {
    const csv = join(dir, 'stratsys.csv');
    const xlsx = join(dir, 'stratsys.xlsx');
    const io = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--out', join(dir, 'r.xlsx'), '--stratsys', csv], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('Stratsys-fil skriven');
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Period;Ansvar;Benämning;Kostnadsslag;Prognos helår;Kommentar');
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--out', join(dir, 'r.xlsx'), '--stratsys', xlsx], capture(dir))).toBe(0);
    const rows = (await readSheetRows(readFileSync(xlsx))).rows;
    expect(rows[3]).toEqual(['Period', 'Ansvar', 'Benämning', 'Kostnadsslag', 'Prognos helår', 'Kommentar']);
    expect(rows.length).toBe(4 + 5);
  });

  it('--collect takes a returned unit workbook before reporting', async () => {
    const wb = await openXlsxFile(book);
    const unit = await XlsxWorkbook.create('enhet-630.xlsx');
    await distributeUnit({ port: wb, user: 'Ekonom' }, unit, '630', '2026-03');
    const s = await openUnit({ port: unit, user: 'Enhetschef', now: () => '2026-04-03 10:00:00' }, '630', '2026-03');
    await s.save({ kind: 'cause', costLine: 'Ekonomiskt bistånd', text: 'Fler hushåll med långvarigt bistånd.' });
    await s.save({ kind: 'action', costLine: 'Ekonomiskt bistånd', text: 'Arbetsmarknadsinsatser tillsammans med AME.' });
    expect((await s.submit()).status).toBe('done');
    const unitFile = join(dir, 'enhet-630.xlsx');
    await saveXlsxFile(unit, unitFile);
    const io = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--collect', unitFile], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('Insamling: 1 enheter insamlade, 0 oförändrade, 0 konflikter.');
    expect(io.stdout.join('\n')).toContain('Alla enheter har lämnat in prognos.');
    const json = capture(dir);
    await main(['report', '--workbook', book, '--period', '2026-03', '--json'], json);
    expect(JSON.parse(json.stdout.join('\n')).missingForecasts).toEqual([]);
  });

  it('refuses bad input with exit code 2 and writes nothing', async () => {
    const io = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-3'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('Perioden "2026-3" går inte att läsa');
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--unit', 'mnkr'], capture(dir))).toBe(2);
    expect(await main(['report', '--workbook', book, '--period', '2026-03', '--stratsys', join(dir, 'x.txt')], capture(dir))).toBe(2);

    // A bad action plan row: refused, the workbook not touched.
    const wb = await openXlsxFile(book);
    await wb.appendTableRows(ACTION_PLAN_TABLE, [['Ny åtgärd', 'Chef', '999', 'mycket', '2026-05', 'Beslutad']]);
    await saveXlsxFile(wb, book);
    const mtime = statSync(book).mtimeMs;
    const before = readFileSync(book);
    const bad = capture(dir);
    expect(await main(['report', '--workbook', book, '--period', '2026-03'], bad)).toBe(2);
    expect(bad.stderr.join('\n')).toContain('rad 5, kolumn Belopp, värde "mycket": Beloppet är inte ett tal i kronor.');
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(statSync(book).mtimeMs).toBe(mtime);
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });
});
