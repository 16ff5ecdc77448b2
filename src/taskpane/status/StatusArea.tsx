/** The status area at the bottom of the pane: what runs, its progress, and a cancel button. */
import { Button, Caption1, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { useLongOperation } from './StatusProvider';

const useStyles = makeStyles({
  root: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  label: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  detail: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

const count = (n: number) => n.toLocaleString('sv-SE');

export function StatusArea() {
  const styles = useStyles();
  const op = useLongOperation();
  const s = op.state;
  if (!s) return null;
  const { done, total, detail, unit } = s.progress;
  const determinate = done !== undefined && total !== undefined && total > 0;
  return (
    <section
      className={styles.root}
      role="status"
      aria-live="polite"
      aria-label={t('pane.status.region')}
      data-testid="status-area"
    >
      <div className={styles.line}>
        <Text weight="semibold" className={styles.label} title={s.label}>
          {s.cancelling ? t('pane.status.cancelling') : s.label}
        </Text>
        <Button
          size="small"
          icon={<DismissRegular />}
          onClick={op.cancel}
          disabled={s.cancelling}
          data-testid="status-cancel"
        >
          {t('pane.status.cancel')}
        </Button>
      </div>
      <ProgressBar
        thickness="large"
        value={determinate ? Math.min(done, total) : undefined}
        max={determinate ? total : undefined}
        aria-label={s.label}
      />
      {(determinate || detail) && (
        <Caption1 className={styles.detail}>
          {[detail, determinate ? t('pane.status.count', { done: count(done), total: count(total) }) + (unit ? `\u00a0${unit}` : '') : undefined]
            .filter(Boolean)
            .join(' · ')}
        </Caption1>
      )}
    </section>
  );
}
