import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CliCommand } from './types';
import { EXIT_OK, printJson, type CliIO } from '../io';
import { parseCommandArgs, required } from '../args';
import { UserError } from '../../core/errors';
import { isPeriod, periodLabelSv } from '../../core/dates';
import { formatNumber, formatOre } from '../../core/money';
import { t } from '../../core/strings';
import type { ExampleOptions } from '../../core/example';
import { generateExampleFiles, type ExampleFilesResult } from '../../file/exampleFiles';

const OPTIONS = {
  out: { type: 'string' },
  year: { type: 'string' },
  through: { type: 'string' },
  seed: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Reads --year, --through and --seed; refuses bad values (exit code 2) before anything is written. */
export function exampleOptionsFromArgs(values: { year?: string; through?: string; seed?: string }): ExampleOptions {
  const options: ExampleOptions = {};
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) throw new UserError('example.option.year', { value: values.year });
    options.year = Number(values.year);
  }
  if (values.through !== undefined) {
    if (!isPeriod(values.through)) throw new UserError('example.option.through', { value: values.through });
    const throughYear = Number(values.through.slice(0, 4));
    if (options.year !== undefined && options.year !== throughYear) {
      throw new UserError('example.option.throughYear', { through: values.through, year: options.year });
    }
    options.year = throughYear;
    options.throughMonth = Number(values.through.slice(5, 7));
  }
  if (values.seed !== undefined) {
    if (!/^\d{1,10}$/.test(values.seed)) throw new UserError('example.option.seed', { value: values.seed });
    options.seed = Number(values.seed);
  }
  return options;
}

function printSummary(io: CliIO, result: ExampleFilesResult, dir: string): void {
  const o = result.options;
  io.out(t('example.cli.heading', { seed: o.seed, previousYear: o.previousYear, year: o.year, through: periodLabelSv(o.throughPeriod) }));
  io.out('');
  const nameWidth = Math.max(...result.files.map((f) => f.name.length), 4) + 2;
  io.out(t('example.cli.file').padEnd(nameWidth) + t('example.cli.rows').padStart(8) + t('example.cli.total').padStart(22));
  for (const f of result.files) {
    const rows = f.kind === 'facts' ? '' : formatNumber(f.rows);
    const total = f.totalOre === null ? '' : formatOre(f.totalOre, { suffix: true });
    io.out(f.name.padEnd(nameWidth) + rows.padStart(8) + total.padStart(22));
  }
  io.out('');
  const late = result.facts.lateBatch;
  io.out(
    t('example.cli.lateBatch', {
      count: late.count,
      period: periodLabelSv(late.period),
      amount: formatOre(late.totalOre),
    }),
  );
  io.out(t('example.cli.written', { count: result.files.length, dir }));
}

/** `ifo-prognos example --out DIR [--year YYYY] [--through YYYY-MM] [--seed N] [--json]`: writes the Exempelkommun files. */
export const exampleCommand: CliCommand = {
  name: 'example',
  summary: 'cli.example.summary',
  help: 'cli.example.help',
  async run(args, io) {
    const { values } = parseCommandArgs(args, OPTIONS);
    const out = required(values.out, '--out');
    const options = exampleOptionsFromArgs(values);
    // Generate first (validates everything), then write.
    const result = await generateExampleFiles(options);
    const dir = resolve(io.cwd, out);
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      throw new UserError('example.cli.cannotWrite', { dir, message: e instanceof Error ? e.message : String(e) });
    }
    for (const f of result.files) await writeFile(join(dir, f.name), f.bytes);
    if (values.json) {
      const o = result.options;
      printJson(io, {
        dir,
        seed: o.seed,
        previousYear: o.previousYear,
        year: o.year,
        throughPeriod: o.throughPeriod,
        asOf: o.asOf,
        files: result.files.map((f) => ({ name: f.name, kind: f.kind, rows: f.rows, totalOre: f.totalOre, bytes: f.bytes.length })),
        lateBatch: { period: result.facts.lateBatch.period, count: result.facts.lateBatch.count, totalOre: result.facts.lateBatch.totalOre },
      });
    } else {
      printSummary(io, result, dir);
    }
    return EXIT_OK;
  },
};
