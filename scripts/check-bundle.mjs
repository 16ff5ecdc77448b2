#!/usr/bin/env node
// Bundle budget (`npm run bundle:check`, after `npm run build`): the JavaScript the task pane loads before it can
// show anything — the <script src> files of dist/web/taskpane.html (webpack lists every initial chunk there; lazy
// chunks such as ExcelJS, mathjs and the views are loaded later by import()) plus any static ES imports they
// make — gzipped, must stay within the budget. Office.js from Microsoft's CDN is not ours and is not counted.
// Also fails when a library that must stay lazy (ExcelJS, mathjs) is found in the initial JavaScript.
//
//   node scripts/check-bundle.mjs [--dir dist/web] [--budget-kb 400]
// Exit: 0 within budget, 1 over budget or a lazy library loaded up front, 2 no build found.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const dir = join(root, opt('--dir', join('dist', 'web')));
const budgetKb = Number(opt('--budget-kb', '400'));
const KB = 1024;

/** Markers of libraries that must only arrive through dynamic import(). */
const LAZY_MARKERS = [
  { name: 'ExcelJS', pattern: /xl\/sharedStrings\.xml|ExcelJS\b.*\bWorkbook/ },
  { name: 'mathjs', pattern: /Unexpected type of argument in function/ }, // typed-function, mathjs' core
];

/** The script URLs of an HTML page, in order (inline scripts and other origins excluded). */
export function scriptSources(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    const url = src && (src[1] ?? src[2] ?? src[3]);
    if (url && !/^(https?:)?\/\//i.test(url)) out.push(url.split('?')[0]);
  }
  return out;
}

/** Static ES imports of a module (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('.') || m[1].startsWith('/')) out.push(m[1]);
  }
  return out;
}

export function measure(webDir, page = 'taskpane.html') {
  const html = readFileSync(join(webDir, page), 'utf8');
  const seen = new Set();
  const files = [];
  const queue = scriptSources(html).map((s) => posix.normalize(s.replace(/^\//, '')));
  while (queue.length) {
    const rel = queue.shift();
    if (seen.has(rel)) continue;
    seen.add(rel);
    const path = join(webDir, rel);
    if (!existsSync(path)) throw new Error(`${page} laddar ${rel}, som saknas i ${relative(root, webDir)}`);
    const code = readFileSync(path);
    files.push({ file: rel, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, code: code.toString('utf8') });
    for (const imp of staticImports(code.toString('utf8'))) queue.push(posix.normalize(posix.join(posix.dirname(rel), imp)));
  }
  return files;
}

function main() {
  if (!existsSync(join(dir, 'taskpane.html'))) {
    console.error(`bundle:check: ${relative(root, join(dir, 'taskpane.html'))} saknas – kör npm run build först.`);
    process.exit(2);
  }
  const files = measure(dir);
  const total = files.reduce((s, f) => s + f.gzip, 0);
  const raw = files.reduce((s, f) => s + f.bytes, 0);
  const w = Math.max(...files.map((f) => f.file.length), 10);
  console.log('Åtgärdsfönstrets JavaScript vid start (taskpane.html) / initial task pane JS:');
  for (const f of files) {
    console.log(`  ${f.file.padEnd(w)}  ${(f.bytes / KB).toFixed(1).padStart(8)} KB  ${(f.gzip / KB).toFixed(1).padStart(7)} KB gzip`);
  }
  console.log(`  ${'summa'.padEnd(w)}  ${(raw / KB).toFixed(1).padStart(8)} KB  ${(total / KB).toFixed(1).padStart(7)} KB gzip  (budget ${budgetKb} KB gzip)`);
  let failed = false;
  for (const { name, pattern } of LAZY_MARKERS) {
    const hit = files.find((f) => pattern.test(f.code));
    if (hit) {
      console.error(`bundle:check: ${name} finns i ${hit.file} – det ska bara laddas med import() (dynamiskt).`);
      failed = true;
    }
  }
  if (total > budgetKb * KB) {
    console.error(`bundle:check: ${(total / KB).toFixed(1)} KB gzip är över budgeten ${budgetKb} KB.`);
    failed = true;
  }
  if (failed) process.exit(1);
  console.log(`bundle:check: inom budget (${(total / KB).toFixed(1)} av ${budgetKb} KB gzip).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
