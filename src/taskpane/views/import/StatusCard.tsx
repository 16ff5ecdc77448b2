/** What the workbook holds after imports: the newest entries of the import log, totals and structure gaps. */
import { Body1, Caption1, Card, Subtitle2, Text } from '@fluentui/react-components';
import { CheckmarkCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import { statusView, type ImportStatus } from '../../../core/import';
import { useImportStyles } from './styles';

export function StatusCard({ status }: { status: ImportStatus | null }) {
  const styles = useImportStyles();
  if (!status) return null;
  const v = statusView(status);
  return (
    <Card className={styles.card} data-testid="import-status">
      <Subtitle2 as="h3" className={styles.heading}>{t('import.pane.statusHeading')}</Subtitle2>
      {v.importCount === 0 ? (
        <Body1>{t('import.pane.statusEmpty')}</Body1>
      ) : (
        <>
          <Caption1 className={styles.muted}>{t('import.pane.statusLog', { count: v.importCount })}</Caption1>
          <ul className={styles.rejects} style={{ maxHeight: 'none' }}>
            {v.entries.map((e) => (
              <li key={`${e.id}|${e.file}`} className={styles.reject} data-testid="import-status-entry" data-file={e.file}>
                <div className={styles.spread}>
                  <Text weight="semibold" className={styles.wrap}>
                    {e.file}
                  </Text>
                  <Caption1 className={styles.muted} style={{ whiteSpace: 'nowrap' }}>
                    {e.time}
                  </Caption1>
                </div>
                <Caption1 className={styles.wrap}>{e.line}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Body1 data-testid="import-status-actuals">{v.actuals}</Body1>
      {v.budget && <Body1>{v.budget}</Body1>}
      {v.gaps.map((g, i) => (
        <Caption1 key={i} className={styles.wrap} data-testid="import-status-gap">
          <WarningRegular aria-hidden /> {g}
        </Caption1>
      ))}
      {v.noGaps && (
        <Caption1 data-testid="import-status-nogaps">
          <CheckmarkCircleRegular aria-hidden /> {t('import.status.noGaps')}
        </Caption1>
      )}
    </Card>
  );
}
