/**
 * `ifo-prognos compare --case <case.json> [--workbook <book.xlsx>] [--json]`: the resource board's placement
 * alternatives with their cost basis. Prints a summary (or the JSON contract with --json); with --workbook it also
 * writes the sheet "Kostnadsunderlag <case key>" and stores the case in the workbook (created when missing).
 * The case is validated and computed before anything is written: a refused case leaves the workbook untouched.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, printJson, type CliIO } from '../io';
import { UserError } from '../../core/errors';
import { t } from '../../core/strings';
import { formatOre } from '../../core/money';
import { periodShortSv } from '../../core/dates';
import { DEFAULT_PRICE_LIST } from '../../core/prices';
import {
  computeCase,
  costBasisSheetName,
  loadPriceList,
  parseCaseJson,
  toCompareJson,
  writeCostBasis,
  type CaseResult,
  type ResourceCase,
} from '../../core/alternatives';
import { XlsxWorkbook } from '../../file/xlsxWorkbook';
import { openXlsxFile, saveXlsxFile } from '../../file/node';

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true, groupSeparator: ' ', asciiMinus: true }).replace('\u00a0', ' ');

function printSummary(io: CliIO, rc: ResourceCase, r: CaseResult): void {
  io.out(
    t('alternatives.cli.heading', {
      key: rc.caseKey,
      from: periodShortSv(r.periods[0]),
      to: periodShortSv(r.periods[r.periods.length - 1]),
      months: rc.horizonMonths,
    }),
  );
  const nameWidth = Math.max(12, ...r.alternatives.map((a) => a.name.length)) + 2;
  const cols = [t('alternatives.cli.total'), t('alternatives.cli.currentYear', { year: r.budgetYear }), t('alternatives.cli.expected')];
  io.out(t('alternatives.cli.alternative').padEnd(nameWidth) + cols.map((c) => c.padStart(18)).join(''));
  for (const a of r.alternatives) {
    io.out(a.name.padEnd(nameWidth) + [a.totalOre, a.currentYearOre, a.expectedOre].map((v) => kr(v).padStart(18)).join(''));
  }
  io.out(t('alternatives.cli.cheapest', { name: r.cheapest }));
  for (const b of r.breakEven) {
    io.out(
      b.month === null || b.period === null
        ? t('alternatives.cli.breakEvenNever', { a: b.a, b: b.b })
        : t('alternatives.cli.breakEvenAt', { a: b.a, b: b.b, month: b.month, period: periodShortSv(b.period) }),
    );
  }
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'alternatives.cli.summary',
  help: 'alternatives.cli.help',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      case: { type: 'string' },
      workbook: { type: 'string' },
      json: { type: 'boolean' },
    });
    const casePath = resolve(io.cwd, required(values.case, '--case'));
    let text: string;
    try {
      text = await readFile(casePath, 'utf8');
    } catch (e) {
      throw new UserError('alternatives.cli.caseUnreadable', { file: basename(casePath), message: e instanceof Error ? e.message : String(e) });
    }

    // Open (or create in memory) the workbook first: its price list is the one the case is validated against.
    const bookPath = values.workbook ? resolve(io.cwd, values.workbook) : null;
    let book: XlsxWorkbook | null = null;
    let created = false;
    if (bookPath) {
      if (await exists(bookPath)) book = await openXlsxFile(bookPath);
      else {
        book = await XlsxWorkbook.create(basename(bookPath));
        created = true;
      }
    }
    const prices = book ? await loadPriceList(book) : DEFAULT_PRICE_LIST;
    const rc = parseCaseJson(text, prices, { file: basename(casePath) });
    const result = computeCase(rc);

    if (book && bookPath) {
      await writeCostBasis(book, rc, new Date().toISOString().slice(0, 19));
      if (created && (await book.listSheets()).some((s) => s.name === 'Blad1')) await book.deleteSheet('Blad1');
      await saveXlsxFile(book, bookPath);
    }

    if (values.json) printJson(io, toCompareJson(result));
    else printSummary(io, rc, result);
    if (rc.maskedCount > 0) io.err(t('alternatives.cli.masked', { count: rc.maskedCount }));
    if (bookPath) io.err(t('alternatives.cli.wrote', { sheet: costBasisSheetName(rc.caseKey), file: basename(bookPath) }));
    return EXIT_OK;
  },
};
