#!/usr/bin/env node
// Builds Exempelkommun for the browser preview, at build time, with the product's own CLI:
//   1. `ifo-prognos example --out <tmp>`      → the example municipality's input files (ledger CSV, budget,
//                                                Stratsys-style follow-up, placement register …);
//   2. copies them to <out>/exempelkommun/ (the preview lists them; the Import view can load them);
//   3. `ifo-prognos import <file> --workbook <out>/exempelkommun.xlsx` for each file the import accepts
//      → the workbook the preview opens by default;
//   4. writes <out>/exempelkommun/index.json: { workbook: 'exempelkommun.xlsx' | null, files: [...], notes: [...] }
//      — always, so the preview knows what the build holds without probing for missing files.
// The CLI is compiled from src into a private temporary folder under .cache/ (dist/node is left alone: other processes may be
// running it). When a command does not exist yet (the CLI grows issue by issue) the step is skipped and said so;
// the preview then falls back to a new workbook with the example files listed. Results are cached in
// .cache/exempelkommun/<hash of the compiled CLI>, so repeated builds do not regenerate them.
//
//   node scripts/build-example-workbook.mjs [--out dist/web] [--no-cache]
//
// Exit code 0 also when a step is skipped (the build goes on); 1 on an unexpected failure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = resolve(outIdx >= 0 ? args[outIdx + 1] : join(root, 'dist', 'web'));
const useCache = !args.includes('--no-cache');
const log = (m) => console.log(`build-example-workbook: ${m}`);

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/**
 * Compiles the CLI (src/core, src/file, src/cli) into a private temporary folder, as scripts/build-cli.mjs does for
 * dist/node — but without touching dist/node, which other processes may be running at the same moment.
 */
async function compileCli(target) {
  const { transformFile } = await import('@swc/core');
  const jobs = [];
  for (const folder of ['src/core', 'src/file', 'src/cli']) {
    for (const file of walk(join(root, folder))) {
      if (!/\.ts$/.test(file) || /\.(test|test-util)\.ts$/.test(file) || file.endsWith('.d.ts')) continue;
      const out = join(target, relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
      jobs.push(
        transformFile(file, {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
          module: { type: 'commonjs' },
        }).then((r) => {
          mkdirSync(dirname(out), { recursive: true });
          writeFileSync(out, r.code);
        }),
      );
    }
  }
  await Promise.all(jobs);
  writeFileSync(
    join(target, 'run.js'),
    "require('./cli/main.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n",
  );
}

function cliKey(dir) {
  const h = createHash('sha256');
  for (const p of [...walk(dir)].sort()) h.update(relative(dir, p)).update(readFileSync(p));
  return h.digest('hex').slice(0, 16);
}

let cliRunner = '';

function run(cliArgs) {
  return spawnSync(process.execPath, [cliRunner, ...cliArgs], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const hasCommand = (name) => run([name, '--help']).status === 0;

/** Structure (organisation, account map) first, then ledger and budget, follow-up after, anything else last: the order an ekonom would load them. */
function importOrder(name) {
  const n = name.toLowerCase();
  if (/organisation|kontoplan/.test(n)) return -1;
  if (/huvudbok|ledger|utfall/.test(n)) return 0;
  if (/budget/.test(n)) return 1;
  if (/stratsys|uppfoljning|uppföljning|followup/.test(n)) return 2;
  return 3;
}

function generate(target) {
  const files = join(target, 'files');
  mkdirSync(files, { recursive: true });
  const notes = [];
  if (!hasCommand('example')) {
    notes.push('`ifo-prognos example` finns inte ännu – inga exempelfiler.');
    return { notes, workbook: false };
  }
  const ex = run(['example', '--out', files]);
  if (ex.status !== 0) {
    notes.push(`\`ifo-prognos example\` misslyckades (kod ${ex.status}): ${(ex.stderr || ex.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    return { notes, workbook: false };
  }
  const list = [...walk(files)].map((p) => relative(files, p)).sort();
  notes.push(`${list.length} exempelfiler`);
  if (!hasCommand('import')) {
    notes.push('`ifo-prognos import` finns inte ännu – exempelkommun.xlsx byggs inte; förhandsvisningen visar en ny arbetsbok.');
    return { notes, workbook: false };
  }
  const book = join(target, 'exempelkommun.xlsx');
  const candidates = list.filter((p) => /\.(csv|txt|tsv|xlsx)$/i.test(p)).sort((a, b) => importOrder(a) - importOrder(b) || a.localeCompare(b));
  let imported = 0;
  for (const p of candidates) {
    const r = run(['import', join(files, p), '--workbook', book]);
    if (r.status === 0) {
      imported++;
      notes.push(`importerad: ${p}`);
    } else {
      notes.push(`inte importerad (kod ${r.status}): ${p} – ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}`);
    }
  }
  return { notes, workbook: imported > 0 && existsSync(book) };
}

async function main() {
  // Inside the project, so that the compiled code finds node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const cliDir = mkdtempSync(join(root, '.cache', 'example-cli-'));
  try {
    await compileCli(cliDir);
    cliRunner = join(cliDir, 'run.js');
    await buildFrom(cliKey(cliDir));
  } finally {
    rmSync(cliDir, { recursive: true, force: true });
  }
}

async function buildFrom(key) {
  const cacheDir = join(root, '.cache', 'exempelkommun', key);
  if (!useCache || !existsSync(join(cacheDir, 'done.json'))) {
    rmSync(cacheDir, { recursive: true, force: true });
    const tmp = mkdtempSync(join(tmpdir(), 'exempelkommun-'));
    try {
      const result = generate(tmp);
      mkdirSync(cacheDir, { recursive: true });
      cpSync(tmp, cacheDir, { recursive: true });
      writeFileSync(join(cacheDir, 'done.json'), JSON.stringify(result, null, 2));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const result = JSON.parse(readFileSync(join(cacheDir, 'done.json'), 'utf8'));
  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'exempelkommun'), { recursive: true, force: true });
  rmSync(join(out, 'exempelkommun.xlsx'), { force: true });
  const dest = join(out, 'exempelkommun');
  mkdirSync(dest, { recursive: true });
  const filesDir = join(cacheDir, 'files');
  const list = existsSync(filesDir) ? [...walk(filesDir)].map((p) => relative(filesDir, p)).sort() : [];
  if (list.length) cpSync(filesDir, dest, { recursive: true });
  if (result.workbook) cpSync(join(cacheDir, 'exempelkommun.xlsx'), join(out, 'exempelkommun.xlsx'));
  const index = {
    workbook: result.workbook ? 'exempelkommun.xlsx' : null,
    files: list.map((p) => ({ name: p.split(/[\\/]/).pop(), path: p.split('\\').join('/'), bytes: statSync(join(filesDir, p)).size })),
    notes: result.notes,
  };
  writeFileSync(join(dest, 'index.json'), JSON.stringify(index, null, 2));
  for (const n of result.notes) log(n);
  log(result.workbook ? `${relative(root, join(out, 'exempelkommun.xlsx'))} klar` : 'ingen exempelkommun.xlsx (förhandsvisningen startar på en ny arbetsbok)');
}

main().catch((e) => {
  console.error(`build-example-workbook: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
