/**
 * Benchmark harness. Benchmarks are not tests: they print figures. Each case measures a subject and a
 * baseline in the same process and run (machines are shared and noisy), alternating them, and reports
 * medians and the ratio subject/baseline, plus the subject's own figures (syncs, bytes, peak RSS …).
 */

export type Metrics = Record<string, number | string>;

export interface BenchCase {
  /** What is measured, e.g. 'Skriv 200 000 × 6 värden (Office.js på fake)'. */
  name: string;
  /** Measured runs of each side (after one warm-up). Default 5. */
  runs?: number;
  /** Once before the runs (generate input files …). */
  setup?: () => Promise<void> | void;
  baseline: { name: string; run: () => Promise<void> | void };
  /** The measured work; may return extra figures (the last run's are printed). */
  subject: () => Promise<Metrics | void> | Metrics | void;
  /** Target: subject ≤ maxRatio × baseline (printed as met or missed). */
  maxRatio?: number;
  /** Target: subject median ≤ maxMs. */
  maxMs?: number;
  /** Target: peak RSS during the subject ≤ maxRssMb. */
  maxRssMb?: number;
}

export interface BenchResult {
  name: string;
  baselineName: string;
  subjectMs: number;
  baselineMs: number;
  ratio: number;
  peakRssMb: number;
  metrics: Metrics;
  targets: { what: string; met: boolean }[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

async function timed(fn: () => unknown): Promise<{ ms: number; value: unknown; peakRss: number }> {
  gc();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const r = process.memoryUsage().rss;
    if (r > peak) peak = r;
  }, 10);
  const t0 = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  const r = process.memoryUsage().rss;
  if (r > peak) peak = r;
  return { ms, value, peakRss: peak };
}

export async function runCase(c: BenchCase): Promise<BenchResult> {
  await c.setup?.();
  const runs = c.runs ?? 5;
  // Warm-up (JIT, caches).
  await timed(c.baseline.run);
  await timed(c.subject);
  const base: number[] = [];
  const subj: number[] = [];
  let metrics: Metrics = {};
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const b = await timed(c.baseline.run);
    base.push(b.ms);
    const s = await timed(c.subject);
    subj.push(s.ms);
    peak = Math.max(peak, s.peakRss);
    if (s.value && typeof s.value === 'object') metrics = s.value as Metrics;
  }
  const subjectMs = median(subj);
  const baselineMs = median(base);
  const ratio = subjectMs / baselineMs;
  const peakRssMb = peak / (1024 * 1024);
  const targets: { what: string; met: boolean }[] = [];
  if (c.maxRatio !== undefined) targets.push({ what: `ratio ≤ ${c.maxRatio}`, met: ratio <= c.maxRatio });
  if (c.maxMs !== undefined) targets.push({ what: `median ≤ ${c.maxMs} ms`, met: subjectMs <= c.maxMs });
  if (c.maxRssMb !== undefined) targets.push({ what: `peak RSS ≤ ${c.maxRssMb} MB`, met: peakRssMb <= c.maxRssMb });
  return { name: c.name, baselineName: c.baseline.name, subjectMs, baselineMs, ratio, peakRssMb, metrics, targets };
}

export function formatResult(r: BenchResult): string {
  const lines = [
    `■ ${r.name}`,
    `    subject median  ${r.subjectMs.toFixed(1).padStart(10)} ms`,
    `    baseline median ${r.baselineMs.toFixed(1).padStart(10)} ms   (${r.baselineName})`,
    `    ratio           ${r.ratio.toFixed(2).padStart(10)} ×`,
    `    peak RSS        ${r.peakRssMb.toFixed(0).padStart(10)} MB`,
  ];
  for (const [k, v] of Object.entries(r.metrics)) lines.push(`    ${k.padEnd(16)}${String(v).padStart(11)}`);
  for (const t of r.targets) lines.push(`    target ${t.what}: ${t.met ? 'met' : 'MISSED'}`);
  return lines.join('\n');
}
