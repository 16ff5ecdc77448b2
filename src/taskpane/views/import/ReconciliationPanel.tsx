/**
 * The reconciliation before writing (or of a refused import): rows read / to import / skipped / rejected, the
 * total and the sum per period over all files, then per file (accordion): format, columns, skipped rows by reason,
 * sums per period and cost centre, masked personnummer, unmapped accounts and cost centres, warnings and every
 * rejected row with its row, column and value. All figures come from core (summarizeReconciliation, fileView).
 */
import {
  Body1,
  Caption1,
  Card,
  Subtitle2,
  Text,
  mergeClasses,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { t } from '../../../core/strings';
import { fileView, summarizeReconciliation, type FileView, type ImportReconciliation } from '../../../core/import';
import { useImportStyles } from './styles';

interface Props {
  reconciliation: ImportReconciliation;
  refused: boolean;
  /** Buttons under the figures (import / discard). */
  actions?: ReactNode;
}

export function ReconciliationPanel({ reconciliation, refused, actions }: Props) {
  const styles = useImportStyles();
  const s = summarizeReconciliation(reconciliation);
  const files = reconciliation.files.map(fileView);
  return (
    <Card className={styles.card} data-testid="import-recon" data-refused={refused ? 'true' : 'false'}>
      <Subtitle2 as="h3" className={styles.heading}>{refused ? t('import.pane.refusedHeading') : t('import.pane.reconHeading')}</Subtitle2>
      <Caption1 className={styles.wrap}>{refused ? t('import.pane.refusedLead') : t('import.pane.reconLead')}</Caption1>
      <dl className={styles.figures} data-testid="import-recon-figures" style={{ margin: 0 }}>
        {s.figures.map((f) => (
          <div key={f.key} style={{ display: 'contents' }}>
            <dt>
              <Body1>{f.label}</Body1>
            </dt>
            <dd style={{ margin: 0 }} className={styles.figureValue} data-testid={`import-recon-${f.key}`}>
              <Text weight="semibold" className={f.tone === 'danger' ? styles.danger : undefined}>
                {f.value}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      {actions}
      {s.byPeriod.length > 0 && (
        <div className={styles.stack}>
          <Caption1 as="h4" className={mergeClasses(styles.heading, styles.muted)}>
            {t('import.pane.byPeriod')}
          </Caption1>
          <div className={styles.scroll} style={{ maxHeight: '18rem', overflowY: 'auto' }} tabIndex={0}>
            <table className={styles.table} data-testid="import-recon-periods">
              <thead>
                <tr>
                  <th scope="col">{t('import.pane.periodColumn')}</th>
                  {s.periodColumns.map((c) => (
                    <th key={c.kind} scope="col" className={styles.num}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.byPeriod.map((p) => (
                  <tr key={p.period}>
                    <td>{p.period}</td>
                    {p.amounts.map((a, i) => (
                      <td key={i} className={styles.num}>
                        {a}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <Caption1 as="h4" className={mergeClasses(styles.heading, styles.muted)}>
        {t('import.pane.perFile')}
      </Caption1>
      <div className={styles.fileList}>
        {files.map((f) => (
          <FileItem key={f.file} f={f} />
        ))}
      </div>
    </Card>
  );
}

function FileItem({ f }: { f: FileView }) {
  const styles = useImportStyles();
  return (
    // A native disclosure (details/summary): keyboard and screen readers for free; opened where there are problems.
    <details className={styles.fileItem} data-testid="import-recon-file" data-file={f.file} open={!!(f.error || f.rejects.length) || undefined}>
      <summary className={styles.fileSummary}>
        <span className={styles.wrap}>
          <Text weight="semibold">{f.title}</Text> <Text className={styles.muted}>({f.kind})</Text>
          <br />
          <Caption1 className={f.error || f.rejects.length ? styles.danger : styles.muted}>{f.headline}</Caption1>
        </span>
      </summary>
      <div className={styles.accordionPanel}>
        {f.format && <Caption1 className={styles.muted}>{f.format}</Caption1>}
        {f.mapping.length > 0 && (
          <Caption1 className={styles.wrap}>
            {f.mapping.map((m) => `${m.label} ← ${m.header}`).join(' · ')}
          </Caption1>
        )}
        {f.skipped.length > 0 && (
          <div>
            <Caption1 className={styles.muted}>{t('import.pane.fileSkipped')}</Caption1>
            <ul className={styles.list} data-testid="import-recon-skipped">
              {f.skipped.map((x) => (
                <li key={x.reason}>
                  <Caption1>
                    {x.count} {x.label}
                    {x.amount ? ` (${x.amount})` : ''}
                  </Caption1>
                </li>
              ))}
            </ul>
          </div>
        )}
        {f.reportLine && <Caption1 className={styles.wrap}>{f.reportLine}</Caption1>}
        {f.byPeriod.length > 0 && (
          <AmountTable caption={t('import.pane.fileByPeriod')} head={t('import.pane.periodColumn')} rows={f.byPeriod.map((p) => [p.period, p.amount])} />
        )}
        {f.byCostCenter.length > 0 && (
          <AmountTable
            caption={t('import.pane.fileByCostCenter', { count: f.byCostCenter.length })}
            head={t('import.pane.costCenterColumn')}
            rows={f.byCostCenter.map((p) => [p.code, p.amount])}
          />
        )}
        <Caption1>{f.masked}</Caption1>
        {f.unmappedAccounts.length > 0 && (
          <Caption1 className={styles.wrap} data-testid="import-recon-unmapped-accounts">
            {t('import.report.unmappedAccounts', { list: f.unmappedAccounts.join(', ') })}
          </Caption1>
        )}
        {f.unmappedCostCenters.length > 0 && (
          <Caption1 className={styles.wrap} data-testid="import-recon-unmapped-costcenters">
            {t('import.report.unmappedCostCenters', { list: f.unmappedCostCenters.join(', ') })}
          </Caption1>
        )}
        {f.warnings.map((w, i) => (
          <Caption1 key={i} className={styles.wrap}>
            {t('import.report.warning', { text: w })}
          </Caption1>
        ))}
        {f.rejects.length > 0 && (
          <div className={styles.tightStack}>
            <Caption1 className={styles.danger}>{t('import.pane.rejects', { count: f.rejects.length })}</Caption1>
            <ul className={styles.rejects} data-testid="import-recon-rejects" tabIndex={0}>
              {f.rejects.map((r, i) => (
                <li key={i} className={styles.reject}>
                  <Caption1 className={styles.muted}>
                    {[t('common.location.row', { row: r.row }), r.column ? t('common.location.column', { column: r.column }) : null].filter(Boolean).join(' · ')}
                  </Caption1>
                  <Caption1 className={styles.mono}>{t('common.location.value', { value: r.value })}</Caption1>
                  <Body1>{r.reason}</Body1>
                </li>
              ))}
            </ul>
            {f.rejectsNotListed > 0 && <Caption1>{t('import.pane.rejectsMore', { count: f.rejectsNotListed })}</Caption1>}
          </div>
        )}
      </div>
    </details>
  );
}

function AmountTable({ caption, head, rows }: { caption: string; head: string; rows: [string, string][] }) {
  const styles = useImportStyles();
  return (
    <div className={styles.tightStack}>
      <Caption1 className={styles.muted}>{caption}</Caption1>
      <div className={styles.scroll} style={{ maxHeight: '16rem', overflowY: 'auto' }}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{head}</th>
              <th scope="col" className={styles.num}>
                {t('import.pane.amountColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([k, v]) => (
              <tr key={k}>
                <td>{k}</td>
                <td className={styles.num}>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
