/** The reconciliation as lines of text (Swedish by default), for the CLI and the task pane. */
import { formatOre } from '../money';
import { hasText, t } from '../strings';
import type { FileReconciliation, ImportReconciliation } from './types';

export interface ReportOptions {
  /** Rejects listed per file (the rest counted). Default 200. */
  maxRejects?: number;
  /** Cost centres listed per file. Default 100. */
  maxCostCenters?: number;
}

const kr = (ore: number) => formatOre(ore, { suffix: true, groupSeparator: ' ' });

function kindLabel(kind: string): string {
  const key = `import.report.kind.${kind}`;
  return hasText(key) ? t(key) : kind;
}

function skipLabel(reason: string): string {
  const key = `import.skip.${reason}`;
  return hasText(key) ? t(key) : reason;
}

export function fileReportLines(f: FileReconciliation, opts: ReportOptions = {}): string[] {
  const out: string[] = [t('import.report.file', { file: f.sheet ? `${f.file} [${f.sheet}]` : f.file, kind: kindLabel(f.kind) })];
  const ind = (s: string) => out.push('  ' + s);
  if (f.error) ind(t('import.report.error', { text: f.error }));
  if (f.headerRow) {
    ind(t('import.report.format', { encoding: f.encoding ?? '–', delimiter: f.delimiter ?? '–', row: f.headerRow }));
    ind(t('import.report.mapping', { mapping: Object.entries(f.mapping).map(([k, v]) => `${k}=${v}`).join(', ') }));
  }
  if (f.error && !f.rowsRead) return out;
  const skippedTotal = Object.values(f.rowsSkipped).reduce((a, b) => a + b, 0);
  ind(t('import.report.rows', { read: f.rowsRead, imported: f.rowsImported, skipped: skippedTotal, rejected: f.rowsRejected }));
  for (const [reason, count] of Object.entries(f.rowsSkipped)) {
    ind(t('import.report.skipped', { count, reason: skipLabel(reason) }));
    const amount = f.skippedAmountsOre?.[reason];
    if (amount !== undefined) ind(t('import.report.skippedAmount', { reason: skipLabel(reason), amount: kr(amount) }));
  }
  ind(t('import.report.total', { amount: kr(f.totalOre) }));
  if (f.reportPeriod) {
    ind(t('import.report.reportPeriod', { period: f.reportPeriod, amount: kr(f.forecastTotalOre ?? 0), comments: f.comments ?? 0 }));
  }
  const periods = Object.entries(f.totalsByPeriodOre);
  if (periods.length) {
    ind(t('import.report.byPeriod'));
    for (const [p, v] of periods) ind(`  ${p}  ${kr(v).padStart(22)}`);
  }
  const ccs = Object.entries(f.totalsByCostCenterOre);
  if (ccs.length) {
    ind(t('import.report.byCostCenter'));
    const max = opts.maxCostCenters ?? 100;
    for (const [cc, v] of ccs.slice(0, max)) ind(`  ${cc.padEnd(10)}  ${kr(v).padStart(22)}`);
    if (ccs.length > max) ind('  ' + t('cli.moreIssues', { count: ccs.length - max }));
  }
  ind(t('import.report.masked', { count: f.maskedPersonalNumbers }));
  if (f.unmappedAccounts?.length) ind(t('import.report.unmappedAccounts', { list: f.unmappedAccounts.join(', ') }));
  if (f.unmappedCostCenters?.length) ind(t('import.report.unmappedCostCenters', { list: f.unmappedCostCenters.join(', ') }));
  for (const w of f.warnings ?? []) ind(t('import.report.warning', { text: w }));
  const max = opts.maxRejects ?? 200;
  if (f.rejects.length && max > 0) {
    ind(t('import.report.rejectsHeader'));
    for (const r of f.rejects.slice(0, max)) {
      const where = [t('common.location.row', { row: r.row })];
      if (r.column) where.push(t('common.location.column', { column: r.column }));
      where.push(t('common.location.value', { value: r.value }));
      ind(`  ${where.join(', ')}: ${r.reason}`);
    }
    const more = f.rejects.length - max + (f.rejectsNotListed ?? 0);
    if (more > 0) ind('  ' + t('cli.moreIssues', { count: more }));
  }
  return out;
}

/** The whole reconciliation: a title, then each file. */
export function reconciliationLines(r: ImportReconciliation, importId: string | null, opts: ReportOptions = {}): string[] {
  const out = [importId ? t('import.report.title', { id: importId }) : t('import.report.refusedTitle')];
  for (const f of r.files) out.push(...fileReportLines(f, opts));
  return out;
}
