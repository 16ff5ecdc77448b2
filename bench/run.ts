/** Runs the cases of one bench file (a module exporting `cases: BenchCase[]`) and prints them; JSON on request. */
import { formatResult, runCase, type BenchCase, type BenchResult } from './harness';

async function run(): Promise<void> {
  const file = process.argv[2];
  const filter = process.env.BENCH_FILTER;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { cases: BenchCase[] };
  const results: BenchResult[] = [];
  for (const c of mod.cases) {
    if (filter && !c.name.toLowerCase().includes(filter.toLowerCase())) continue;
    const r = await runCase(c);
    results.push(r);
    process.stdout.write(formatResult(r) + '\n');
  }
  if (process.env.BENCH_JSON) process.stderr.write('BENCH_JSON ' + JSON.stringify(results) + '\n');
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
