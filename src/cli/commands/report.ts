/**
 * `ifo-prognos report --workbook <book.xlsx> --period YYYY-MM [--out <report.xlsx>] [--json] [--unit tkr|kr]
 *  [--stratsys <file.xlsx|file.csv>] [--round YYYY-MM] [--collect <unit.xlsx>]...`
 *
 * The month's report: "Sammanställning nämnd", "Avvikelse per enhet", "Prognossäkerhet" and "Diagram uppföljning".
 * Without --out the sheets are written into the workbook (saved in place; running again replaces them); with --out
 * they go to a workbook of their own and the source is left as it is (unless --collect changed it). --collect first
 * collects returned unit workbooks into the workbook (conflicts listed). --stratsys writes the forecasts and comments
 * as a Stratsys upload file (.csv or .xlsx by the file name). With --json:
 * {"period","units":[{"costCenter","budgetOre","actualToDateOre","forecastOre","varianceOre"}],"total":{…},
 * "missingForecasts":[codes]} — the figures the sheets show (öre; forecast and variance null without a forecast).
 * Everything is read and checked before anything is written: refused input (exit 2) leaves every file untouched.
 */
import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, printJson, type CliIO } from '../io';
import { UserError } from '../../core/errors';
import { t } from '../../core/strings';
import { formatOre, type Ore } from '../../core/money';
import { periodLabelSv } from '../../core/dates';
import type { SheetSpec } from '../../core/port';
import { collectUnits, type CollectReport } from '../../core/forecast/distribute';
import {
  buildReportSheets,
  checkPeriod,
  computeReport,
  createMonthlyReport,
  reportJson,
  stratsysCsvBytes,
  stratsysRows,
  stratsysSheet,
  type ReportModel,
} from '../../core/report';
import { XlsxWorkbook } from '../../file';
import { openXlsxFile, saveXlsxFile } from '../../file/node';

const amount = (v: Ore | null, unit: 'kr' | 'tkr') =>
  v === null ? '–' : formatOre(v, { unit, decimals: 0, groupSeparator: ' ', asciiMinus: true, suffix: true });

function user(): string {
  try {
    return userInfo().username || 'ekonom';
  } catch {
    return 'ekonom';
  }
}

/** A workbook holding only the given sheets, as bytes. */
export async function sheetsOnly(specs: SheetSpec[], fileName: string): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.create(fileName);
  await wb.writeSheets(specs, { activate: specs[0]?.name });
  for (const s of await wb.listSheets()) if (!specs.some((x) => x.name === s.name)) await wb.deleteSheet(s.name);
  return wb.save();
}

/** The Stratsys upload file's bytes for a path ending in .csv or .xlsx. */
export async function stratsysFile(m: ReportModel, path: string): Promise<Uint8Array> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return stratsysCsvBytes(m);
  if (ext === '.xlsx') return sheetsOnly([stratsysSheet(m)], basename(path));
  throw new UserError('report.cli.stratsysExtension', { file: path });
}

function printSummary(io: CliIO, m: ReportModel, written: string, stratsys: string | null, collect: CollectReport | null): void {
  const u = m.unit;
  io.out(t('report.cli.heading', { period: periodLabelSv(m.period), round: m.roundLabel ?? t('report.cli.noRound'), file: written }));
  if (collect) {
    io.out(t('report.cli.collected', { collected: collect.collected.length, unchanged: collect.unchanged.length, conflicts: collect.conflicts.length }));
    for (const c of collect.conflicts) io.out('  ' + c.message);
  }
  const head = [t('report.col.costCenter').padEnd(8), t('report.col.name').padEnd(36), t('report.col.budgetYear').padStart(14), t('report.col.actualToDate').padStart(14), t('report.col.forecast').padStart(14), t('report.col.varianceYear').padStart(14)];
  io.out(head.join(' '));
  for (const x of m.units) {
    io.out(
      [
        x.costCenter.padEnd(8),
        x.name.slice(0, 36).padEnd(36),
        amount(x.total.budgetYearOre, u).padStart(14),
        amount(x.total.actualToDateOre, u).padStart(14),
        amount(x.total.forecastOre, u).padStart(14),
        amount(x.total.varianceYearOre, u).padStart(14),
      ].join(' '),
    );
  }
  const tot = m.total;
  io.out(
    [
      t('report.group.total').padEnd(45),
      amount(tot.budgetYearOre, u).padStart(14),
      amount(tot.actualToDateOre, u).padStart(14),
      amount(tot.forecastOre, u).padStart(14),
      amount(tot.varianceYearOre, u).padStart(14),
    ].join(' '),
  );
  if (m.actions.length) io.out(t('report.cli.actions', { count: m.actions.length, effect: amount(m.actionsTotalOre, u), after: amount(tot.forecastAfterActionsOre, u) }));
  io.out(
    m.missingForecasts.length
      ? t('report.cli.missing', { count: m.missingForecasts.length, units: m.missingForecasts.map((x) => x.costCenter).join(', ') })
      : t('report.summary.noneMissing'),
  );
  if (stratsys) io.out(t('report.cli.stratsysWritten', { file: stratsys, rows: stratsysRows(m).length }));
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'report.cli.summary',
  help: 'report.cli.help',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      workbook: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      unit: { type: 'string' },
      stratsys: { type: 'string' },
      round: { type: 'string' },
      collect: { type: 'string', multiple: true },
    });
    const path = resolve(io.cwd, required(values.workbook, '--workbook'));
    const period = checkPeriod(required(values.period, '--period'));
    const unit = values.unit ?? 'tkr';
    if (unit !== 'kr' && unit !== 'tkr') throw new UserError('report.cli.badUnit', { value: unit });
    const round = values.round === undefined ? undefined : checkPeriod(values.round);
    const out = values.out ? resolve(io.cwd, values.out) : null;
    const stratsysPath = values.stratsys ? resolve(io.cwd, values.stratsys) : null;
    if (stratsysPath && !['.csv', '.xlsx'].includes(extname(stratsysPath).toLowerCase())) {
      throw new UserError('report.cli.stratsysExtension', { file: stratsysPath });
    }
    const workbook = await openXlsxFile(path);

    let collect: CollectReport | null = null;
    if (values.collect?.length) {
      const returned = [];
      for (const f of values.collect) {
        const p = resolve(io.cwd, f);
        returned.push({ name: basename(p), port: await openXlsxFile(p) });
      }
      collect = await collectUnits({ port: workbook, user: user() }, returned);
    }

    let model: ReportModel;
    let written: string;
    if (out) {
      model = await computeReport(workbook, { period, unit, round });
      const bytes = await sheetsOnly(buildReportSheets(model).specs, basename(out));
      if (collect && collect.collected.length) await saveXlsxFile(workbook, path);
      await writeFile(out, bytes);
      written = out;
    } else {
      model = (await createMonthlyReport(workbook, { period, unit, round })).model;
      await saveXlsxFile(workbook, path);
      written = path;
    }
    if (stratsysPath) await writeFile(stratsysPath, await stratsysFile(model, stratsysPath));

    if (values.json) printJson(io, reportJson(model));
    else printSummary(io, model, written, stratsysPath, collect);
    return EXIT_OK;
  },
};
