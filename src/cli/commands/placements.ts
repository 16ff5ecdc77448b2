/**
 * `ifo-prognos placements --workbook <book.xlsx> --year YYYY [--as-of YYYY-MM-DD] [--inflow N] [--json]`:
 * projects the workbook's placement register for the year (core: src/core/placements), writes the sheet
 * "Placeringar" (and the default lists Prislista, Placeringsformer, Lagrum when the workbook lacks them) and saves
 * the workbook. Prints a Swedish summary, or with --json exactly the contract
 * {"year","asOf","monthly":[{"month","costOre","careDays","countAtMonthEnd"}],"committedToYearEndOre",
 *  "expectedNewOre","byForm":{"<form>":{"costOre","careDays"}},"alerts":[{"caseKey","kind","date"}],
 *  "accrual":[{"costCenter","account","earnedOre","bookedOre","unbilledOre"}]}.
 * Everything is read and computed before the workbook is written: refused input (exit 2) leaves it untouched.
 */
import { resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, printJson, type CliIO } from '../io';
import { UserError } from '../../core/errors';
import { isIsoDate, periodLabelSv } from '../../core/dates';
import { formatOre, type Ore } from '../../core/money';
import { t } from '../../core/strings';
import {
  ALERT_KINDS,
  loadPlacements,
  projectWorkbook,
  projectionJson,
  writePlacementsSheet,
  type InflowSetting,
  type PlacementProjection,
} from '../../core/placements';
import { openXlsxFile, saveXlsxFile } from '../../file/node';

const kr = (ore: Ore) => formatOre(ore, { decimals: 0, groupSeparator: ' ', asciiMinus: true });

/** "0,5" / "2" / "1.25" new placements per month → × 1000; at most three decimals. */
export function parseInflow(text: string): number {
  const m = /^(\d{1,4})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) throw new UserError('placements.cli.inflow', { value: text });
  return +m[1] * 1000 + (m[2] ? +m[2].padEnd(3, '0') : 0);
}

function printSummary(io: CliIO, p: PlacementProjection, file: string, sheet: string): void {
  const closed = p.closedThrough ? t('placements.sheet.closedThrough', { month: periodLabelSv(p.closedThrough) }) : t('placements.sheet.noneClosed');
  io.out(t('placements.cli.heading', { year: p.year, asOf: p.asOf, closed, file }));
  io.out(t('placements.cli.register', { count: p.placements, active: p.activeAtAsOf }));
  io.out('');
  io.out([t('placements.sheet.month').padEnd(9), t('placements.cli.cost').padStart(14), t('placements.sheet.careDays').padStart(10), t('placements.cli.count').padStart(10)].join(' '));
  for (const m of p.monthly) {
    io.out([m.month.padEnd(9), kr(m.costOre).padStart(14), String(m.careDays).padStart(10), String(m.countAtMonthEnd).padStart(10)].join(' '));
  }
  io.out([t('placements.sheet.year').padEnd(9), kr(p.costOre).padStart(14), String(p.careDays).padStart(10)].join(' '));
  io.out('');
  const line = (label: string, ore: Ore) => io.out(`${label.padEnd(52)} ${kr(ore).padStart(14)}`);
  line(p.closedThrough ? t('placements.sheet.earnedToDate', { month: periodLabelSv(p.closedThrough) }) : t('placements.sheet.earnedNone'), p.earnedToDateOre);
  line(t('placements.sheet.committed'), p.committedToYearEndOre);
  line(t('placements.sheet.expectedNew'), p.expectedNewOre);
  if (p.bookedToDateOre !== null) {
    line(t('placements.cli.booked'), p.bookedToDateOre);
    line(t('placements.cli.unbilled'), p.unbilledOre);
  }
  const counts = ALERT_KINDS.map((k) => [k, p.alerts.filter((a) => a.kind === k).length] as const).filter(([, n]) => n > 0);
  io.out(t('placements.cli.alerts', { count: p.alerts.length, list: counts.map(([k, n]) => `${n} ${t(`placements.alert.${k}`).toLowerCase()}`).join(', ') || '–' }));
  io.out(t('placements.cli.written', { sheet, file }));
}

export const placementsCommand: CliCommand = {
  name: 'placements',
  summary: 'placements.cli.summary',
  help: 'placements.cli.help',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      workbook: { type: 'string' },
      year: { type: 'string' },
      'as-of': { type: 'string' },
      inflow: { type: 'string' },
      json: { type: 'boolean' },
    });
    const path = resolve(io.cwd, required(values.workbook, '--workbook'));
    const yearText = required(values.year, '--year');
    if (!/^\d{4}$/.test(yearText) || +yearText < 2000 || +yearText > 2100) throw new UserError('placements.cli.year', { value: yearText });
    const year = +yearText;
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new UserError('placements.cli.asOf', { value: asOf });
    const inflow: InflowSetting | undefined = values.inflow !== undefined ? { mode: 'set', perMonthMilli: parseInflow(values.inflow) } : undefined;

    const workbook = await openXlsxFile(path);
    const today = new Date().toISOString().slice(0, 10);
    const data = await loadPlacements(workbook, today);
    if (inflow) data.inflow = inflow;
    const projection = projectWorkbook(data, year, asOf);
    const sheet = await writePlacementsSheet(workbook, data, projection);
    await saveXlsxFile(workbook, path);
    if (values.json) printJson(io, projectionJson(projection));
    else printSummary(io, projection, path, sheet);
    return EXIT_OK;
  },
};
