// `npm run bench`: compiles the bench files (and the code they measure) with swc, then runs each bench file
// in its own Node process (so peak RSS is its own) and prints medians, ratios and figures.
// Usage: npm run bench [-- <name filter>]
import { transformFile } from '@swc/core';
import { mkdir, readdir, writeFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bench');
const folders = ['src/core', 'src/file', 'src/excel', 'src/cli', 'test/fake', 'test/data', 'bench'];

async function* walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

await rm(out, { recursive: true, force: true });
const jobs = [];
for (const f of folders) {
  for await (const file of walk(join(root, f))) {
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    jobs.push(
      transformFile(file, {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      }).then(async (r) => {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, r.code);
      }),
    );
  }
}
await Promise.all(jobs);

const filter = process.argv[2];
const benchDir = join(out, 'bench');
const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.js')).sort();
console.log(`IFO Prognos benchmarks — node ${process.version}, ${new Date().toISOString()}`);
console.log('Each figure: median of N runs; baseline measured in the same run; ratio = subject / baseline.\n');
let failed = false;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', join(benchDir, 'run.js'), join(benchDir, f)], {
    stdio: 'inherit',
    env: { ...process.env, ...(filter ? { BENCH_FILTER: filter } : {}) },
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
