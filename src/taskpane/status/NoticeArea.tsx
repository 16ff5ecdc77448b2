/** The notice above the view: an error (with the input's issues listed), a cancellation, or a result. */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { t } from '../../core/strings';
import { issueLocation } from './describeError';
import { useNotices } from './StatusProvider';

/** More than this many issues are summarised ("… och 812 till"); the CLI and the import log keep them all. */
export const MAX_ISSUES_SHOWN = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  message: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  issues: {
    maxHeight: '45vh',
    overflowY: 'auto',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  issue: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    display: 'flex',
    flexDirection: 'column',
    overflowWrap: 'anywhere',
  },
  where: { color: tokens.colorNeutralForeground2 },
  value: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
});

export function NoticeArea() {
  const styles = useStyles();
  const { notice, clear } = useNotices();
  const headingId = useId();
  if (!notice) return null;
  const shown = notice.issues.slice(0, MAX_ISSUES_SHOWN);
  const more = notice.issues.length - shown.length;
  return (
    <div className={styles.root} data-testid="notice">
      <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
        <MessageBarBody>
          <MessageBarTitle>{notice.title}</MessageBarTitle>
          {notice.message && <div className={styles.message}>{notice.message}</div>}
        </MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              icon={<DismissRegular />}
              aria-label={t('pane.notice.dismiss')}
              onClick={clear}
            />
          }
        />
      </MessageBar>
      {shown.length > 0 && (
        <>
          <Subtitle2 id={headingId} as="h3">
            {t('pane.error.issuesHeading', { count: notice.issues.length.toLocaleString('sv-SE') })}
          </Subtitle2>
          <ul className={styles.issues} aria-labelledby={headingId} data-testid="notice-issues" tabIndex={0}>
            {shown.map((i, n) => {
              const where = issueLocation(i);
              return (
                <li key={n} className={styles.issue}>
                  {where && <Caption1 className={styles.where}>{where}</Caption1>}
                  {i.value !== undefined && (
                    <Caption1 className={styles.value}>{t('common.location.value', { value: i.value })}</Caption1>
                  )}
                  <Body1>{i.reason}</Body1>
                </li>
              );
            })}
          </ul>
          {more > 0 && <Caption1>{t('pane.error.moreIssues', { count: more.toLocaleString('sv-SE') })}</Caption1>}
        </>
      )}
    </div>
  );
}
