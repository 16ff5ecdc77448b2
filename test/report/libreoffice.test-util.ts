/**
 * LibreOffice headless for the report tests: recalculating a written xlsx (a private profile forces "recalculate
 * on load" for OOXML, so cached results are not trusted) and rendering to PDF/PNG. Each call uses its own profile
 * folder: parallel runs must not share (and lock) one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

function has(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }).status === 0;
  } catch {
    return false;
  }
}

export const hasLibreOffice = has('libreoffice', ['--version']);
export const hasPoppler = has('pdftoppm', ['-v']) && has('pdfinfo', ['-v']);

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profile(dir: string): string {
  const p = join(dir, 'lo-profile');
  const user = join(p, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(join(user, 'registrymodifications.xcu'), RECALC_XCU);
  return `file://${p}`;
}

function convert(dir: string, input: string, to: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync('libreoffice', [`-env:UserInstallation=${profile(dir)}`, '--headless', '--convert-to', to, '--outdir', outDir, input], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const out = join(outDir, basename(input).replace(/\.xlsx$/, '.' + to.split(':')[0]));
  if (!existsSync(out)) throw new Error(`libreoffice wrote no ${out}`);
  return out;
}

/** Opens the xlsx in LibreOffice, recalculates every formula and saves it as xlsx again; returns the new path. */
export function recalculate(dir: string, xlsx: string): string {
  return convert(dir, xlsx, 'xlsx:Calc MS Excel 2007 XML', join(dir, 'recalculated'));
}

/** Renders to PDF; returns the PDF's path. */
export function toPdf(dir: string, xlsx: string): string {
  return convert(dir, xlsx, 'pdf', join(dir, 'pdf'));
}

export function pdfPages(pdf: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages, widthPt: Number(size?.[1] ?? 0), heightPt: Number(size?.[2] ?? 0) };
}

/** PNG per page (prefix-1.png, prefix-2.png …) at the given resolution. */
export function toPngs(pdf: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { timeout: 120_000 });
}
