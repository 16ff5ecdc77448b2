/**
 * `ifo-prognos forecast --workbook <book.xlsx> --as-of YYYY-MM [--unit CODE]... [--json]`: computes the five
 * proposals and their backtests for every unit × cost line (or the given units) and writes them to the
 * workbook's IFO_Prognosforslag table. Prints a Swedish summary, or with --json the contract
 * {"asOf","rows":[{"costCenter","costLine","budgetOre","actualToDateOre","proposals":{…},"backtest":{…}}]}.
 * Everything is computed before the workbook is written: refused input (exit 2) leaves the file untouched.
 */
import { resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, printJson, type CliIO } from '../io';
import { t } from '../../core/strings';
import { formatOre, type Ore } from '../../core/money';
import { parseRound } from '../../core/forecast/rounds';
import { computeProposals, proposalsJson, writeProposals, type ProposalBatch } from '../../core/forecast/service';
import type { PlacementsOf } from '../../core/forecast/data';
import { FORECAST_METHODS } from '../../core/forecast/types';
import { placementsFor } from '../../core/placements/workbook';
import { openXlsxFile, saveXlsxFile } from '../../file/node';
import type { XlsxWorkbook } from '../../file/xlsxWorkbook';

const tkr = (v: Ore | null) => (v === null ? '–' : formatOre(v, { unit: 'tkr', groupSeparator: ' ', asciiMinus: true }));

function printSummary(io: CliIO, batch: ProposalBatch, file: string): void {
  io.out(t('forecast.cli.heading', { asOf: batch.asOf, rows: batch.rows.length, file }));
  const methods = FORECAST_METHODS.map((m) => t(`forecast.method.${m}`));
  const head = [t('forecast.cli.costCenter').padEnd(8), t('forecast.cli.costLine').padEnd(36), t('forecast.cli.budget').padStart(12), t('forecast.cli.actual').padStart(12)];
  io.out([...head, ...methods.map((m) => m.padStart(16))].join(' '));
  for (const r of batch.rows) {
    const cells = [
      r.costCenter.padEnd(8),
      r.costLine.slice(0, 36).padEnd(36),
      tkr(r.budgetOre).padStart(12),
      tkr(r.actualToDateOre).padStart(12),
      ...FORECAST_METHODS.map((m) => {
        const p = r.proposals[m];
        return (p.ok ? tkr(p.ore) : '–').padStart(16);
      }),
    ];
    io.out(cells.join(' '));
  }
  io.out(t('forecast.cli.legend'));
}

export interface ForecastCommandDeps {
  /**
   * The placement register's outlook per unit × purchased-care line for a workbook (the placements area's
   * projection: committed cost to planned end or year end + expected new placements). Without it the placements
   * method reports "saknar placeringsregister".
   */
  placementsFor?: (workbook: XlsxWorkbook, asOf: string) => Promise<PlacementsOf | undefined>;
}

export function makeForecastCommand(deps: ForecastCommandDeps = {}): CliCommand {
  return {
    name: 'forecast',
    summary: 'forecast.cli.summary',
    help: 'forecast.cli.help',
    async run(args, io) {
      const { values } = parseCommandArgs(args, {
        workbook: { type: 'string' },
        'as-of': { type: 'string' },
        unit: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      });
      const path = resolve(io.cwd, required(values.workbook, '--workbook'));
      const asOf = parseRound(required(values['as-of'], '--as-of')).key;
      const units = (values.unit ?? []).flatMap((u) => u.split(',')).map((u) => u.trim()).filter(Boolean);
      const workbook = await openXlsxFile(path);
      const placementsOf = deps.placementsFor ? await deps.placementsFor(workbook, asOf) : undefined;
      const batch = await computeProposals({ port: workbook, placementsOf }, asOf, units);
      await writeProposals(workbook, batch);
      await saveXlsxFile(workbook, path);
      if (values.json) printJson(io, proposalsJson(batch));
      else printSummary(io, batch, path);
      if (batch.unmapped.length) {
        const list = batch.unmapped.map((u) => `${u.account} (${formatOre(u.ore, { groupSeparator: ' ', asciiMinus: true })})`).join(', ');
        io.err(t('forecast.cli.unmapped', { count: batch.unmapped.length, accounts: list }));
      }
      return EXIT_OK;
    },
  };
}

export const forecastCommand: CliCommand = makeForecastCommand({ placementsFor });
