/**
 * The bundle budget (scripts/check-bundle.mjs) on the production build the e2e run serves, and the check itself
 * on small constructed builds: over budget fails, a lazy library in the initial JS fails, static ES imports count.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, webDir } from './helpers';

const SCRIPT = join(ROOT, 'scripts', 'check-bundle.mjs');

function check(dir: string, budgetKb = 400) {
  const r = spawnSync(process.execPath, [SCRIPT, '--dir', relative(ROOT, dir), '--budget-kb', String(budgetKb)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

/** Random bytes as hex: text that gzip cannot shrink much. */
const incompressible = (bytes: number) =>
  '/*' + Array.from({ length: bytes / 2 }, () => Math.floor(Math.random() * 256).toString(16).padStart(2, '0')).join('') + '*/';

describe('bundle budget', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ifo-bundle-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function build(name: string, files: Record<string, string>, html: string): string {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    writeFileSync(join(dir, 'taskpane.html'), html);
    return dir;
  }

  test('the served production build is within 400 KB gzip and loads ExcelJS and mathjs lazily', () => {
    const r = check(webDir());
    expect(r.out).toMatch(/inom budget \((\d+\.\d) av 400 KB gzip\)/);
    expect(r.code).toBe(0);
    console.log(r.out);
  });

  test('counts the scripts of taskpane.html and their static imports, not office.js or lazy chunks', () => {
    const dir = build(
      'ok',
      { 'a.js': 'import "./b.js";' + incompressible(2048), 'b.js': incompressible(2048), 'lazy.js': incompressible(50_000) },
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="a.js"></script>',
    );
    const r = check(dir, 10);
    expect(r.code).toBe(0);
    expect(r.out).toContain('a.js');
    expect(r.out).toContain('b.js');
    expect(r.out).not.toContain('lazy.js');
    expect(r.out).not.toContain('office.js');
  });

  test('fails above the budget', () => {
    const dir = build('big', { 'a.js': incompressible(20_000) }, '<script src=a.js></script>');
    const r = check(dir, 5);
    expect(r.code).toBe(1);
    expect(r.out).toContain('över budgeten 5 KB');
  });

  test('fails when ExcelJS or mathjs is in the initial JavaScript', () => {
    const excel = build('excel', { 'a.js': 'var p="xl/sharedStrings.xml";' }, '<script src="a.js"></script>');
    expect(check(excel)).toMatchObject({ code: 1, out: expect.stringContaining('ExcelJS finns i a.js') });
    const math = build('math', { 'a.js': 'throw new TypeError("Unexpected type of argument in function add")' }, '<script src="a.js"></script>');
    expect(check(math)).toMatchObject({ code: 1, out: expect.stringContaining('mathjs finns i a.js') });
  });

  test('says to build first when there is no build', () => {
    expect(check(join(tmp, 'nothing')).code).toBe(2);
  });
});
