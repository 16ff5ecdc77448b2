/**
 * Renders the sheet "Kostnadsunderlag <case key>" through the xlsx adapter and LibreOffice (headless) to PDF and
 * PNG, checks that it is ONE A4 landscape page, and keeps the PNGs in artifacts/resursrad/ to look at.
 * Skipped, with a message, when libreoffice or pdftoppm is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../file/xlsxWorkbook';
import { DEFAULT_PRICE_LIST } from '../../core/prices';
import { buildCostBasisSheet, computeCase, parseCaseJson } from '../../core/alternatives';

function has(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
  } catch {
    return false;
  }
}

const available = has('libreoffice', ['--version']) && has('pdftoppm', ['-v']) && has('pdfinfo', ['-v']);
if (!available) {
  console.warn('compare.render.test: libreoffice/pdftoppm/pdfinfo saknas – renderingen av Kostnadsunderlag hoppas över.');
}

const ROOT = join(__dirname, '../../..');
const ARTIFACTS = join(ROOT, 'artifacts', 'resursrad');
const FIXTURES = join(ROOT, 'test/fixtures/alternatives');

(available ? describe : describe.skip)('Kostnadsunderlag rendered by LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ifo-render-'));
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['bu-2026-014', 'bu-2026-021-fem-alternativ'])('%s prints on one A4 landscape page', async (name) => {
    const rc = parseCaseJson(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'), DEFAULT_PRICE_LIST);
    const spec = buildCostBasisSheet(rc, computeCase(rc));
    // A workbook holding only the sheet, so the PDF shows exactly what the committee prints.
    const wb = await XlsxWorkbook.create(`${name}.xlsx`);
    await wb.writeSheets([spec]);
    await wb.deleteSheet('Blad1');
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await wb.save());

    // A private LibreOffice profile: parallel runs must not share (and lock) one.
    const profile = `file://${join(dir, 'lo-profile')}`;
    execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const pdf = join(dir, `${name}.pdf`);
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Pages:\s+1\n/);
    // A4 landscape: 841.89 × 595.28 pt.
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(size).not.toBeNull();
    expect(Math.round(Number(size![1]))).toBe(842);
    expect(Math.round(Number(size![2]))).toBe(595);

    execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join(dir, name)], { timeout: 60_000 });
    const png = join(dir, `${name}.png`);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    copyFileSync(png, join(ARTIFACTS, `kostnadsunderlag-${name}.png`));
    copyFileSync(pdf, join(ARTIFACTS, `kostnadsunderlag-${name}.pdf`));
  }, 180_000);
});
