// Compiles the Node side of IFO Prognos (src/core, src/file, src/cli) to dist/node as CommonJS with swc.
// Runs on `npm install` (prepare) so that `npx ifo-prognos` works right after installing.
import { transformFile } from '@swc/core';
import { mkdir, readdir, writeFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'node');
const folders = ['src/core', 'src/file', 'src/cli'];

async function* walk(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.ts$/.test(e.name) && !/\.(test|test-util)\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) yield p;
  }
}

await rm(out, { recursive: true, force: true });
let n = 0;
const jobs = [];
for (const f of folders) {
  for await (const file of walk(join(root, f))) {
    const target = join(out, relative(join(root, 'src'), file)).replace(/\.ts$/, '.js');
    jobs.push(
      transformFile(file, {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      }).then(async (r) => {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, r.code);
        n++;
      }),
    );
  }
}
await Promise.all(jobs);
if (!process.argv.includes('--quiet')) console.log(`build-cli: ${n} filer → ${relative(root, out)}`);
