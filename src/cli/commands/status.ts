/** `ifo-prognos status --workbook <book.xlsx> [--json]`: the import log and totals over the stored actuals. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, printJson } from '../io';
import { UserError } from '../../core/errors';
import { formatOre } from '../../core/money';
import { t } from '../../core/strings';
import { readImportStatus } from '../../core/import/status';
import { openXlsxFile } from '../../file/node';

const kr = (ore: number) => formatOre(ore, { suffix: true, groupSeparator: ' ' });

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'cli.status.summary',
  help: 'cli.status.help',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { workbook: { type: 'string' }, json: { type: 'boolean' } });
    const path = resolve(io.cwd, required(values.workbook, '--workbook'));
    if (!existsSync(path)) throw new UserError('import.status.workbookMissing', { file: path });
    const st = await readImportStatus(await openXlsxFile(path));
    if (values.json) {
      printJson(io, {
        imports: st.imports.map((i) => ({
          file: i.file,
          hash: i.hash,
          kind: i.kind,
          periods: i.periods,
          rows: i.rowsImported,
          totalOre: i.totalOre,
          importId: i.importId,
          time: i.time,
          rowsRead: i.rowsRead,
          rowsRejected: i.rowsRejected,
          user: i.user,
        })),
        actualRows: st.actualRows,
        totalOre: st.totalOre,
        totalsByPeriodOre: st.totalsByPeriodOre,
        totalsByCostCenterOre: st.totalsByCostCenterOre,
        budgetTotalOre: st.budgetTotalOre,
        budgetByPeriodOre: st.budgetByPeriodOre,
        unmappedAccounts: st.unmappedAccounts,
        unmappedCostCenters: st.unmappedCostCenters,
      });
      return EXIT_OK;
    }
    const lines = [t('import.status.title', { file: path })];
    if (!st.imports.length) lines.push(t('import.status.noImports'));
    else {
      lines.push(t('import.status.imports'));
      for (const i of st.imports) {
        lines.push(
          t('import.status.entry', {
            id: i.importId,
            time: i.time,
            file: i.file,
            kind: i.kind,
            periods: i.periods.join(', ') || '–',
            rows: i.rowsImported,
            amount: kr(i.totalOre),
          }),
        );
      }
    }
    lines.push(t('import.status.actuals', { amount: kr(st.totalOre), rows: st.actualRows }));
    if (Object.keys(st.totalsByPeriodOre).length) {
      lines.push(t('import.report.byPeriod'));
      for (const [p, v] of Object.entries(st.totalsByPeriodOre)) lines.push(`  ${p}  ${kr(v).padStart(22)}`);
      lines.push(t('import.report.byCostCenter'));
      for (const [cc, v] of Object.entries(st.totalsByCostCenterOre)) lines.push(`  ${cc.padEnd(10)}  ${kr(v).padStart(22)}`);
    }
    if (st.budgetTotalOre) lines.push(t('import.status.budget', { amount: kr(st.budgetTotalOre) }));
    if (st.unmappedAccounts.length) lines.push(t('import.report.unmappedAccounts', { list: st.unmappedAccounts.join(', ') }));
    if (st.unmappedCostCenters.length) lines.push(t('import.report.unmappedCostCenters', { list: st.unmappedCostCenters.join(', ') }));
    if (st.actualRows && !st.unmappedAccounts.length && !st.unmappedCostCenters.length) lines.push(t('import.status.noGaps'));
    io.out(lines.join('\n'));
    return EXIT_OK;
  },
};
