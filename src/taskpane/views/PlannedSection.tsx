/**
 * The page a section shows until its issue is built: what it will do, plainly, and no figures.
 * A view replaces its use of this component when it is implemented.
 */
import {
  Badge,
  Body1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { t, type StringKey } from '../../core/strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface PlannedSectionProps {
  title: StringKey;
  lead: StringKey;
  points: StringKey[];
  testId: string;
}

export function PlannedSection({ title, lead, points, testId }: PlannedSectionProps) {
  const styles = useStyles();
  return (
    <article className={styles.root} data-testid={testId}>
      <div className={styles.heading}>
        <Title3 as="h2" className={styles.title}>
          {t(title)}
        </Title3>
        <Badge appearance="tint" color="informative">
          {t('pane.planned.badge')}
        </Badge>
      </div>
      <Body1>{t(lead)}</Body1>
      <Subtitle2 as="h3">{t('pane.planned.willDo')}</Subtitle2>
      <ul className={styles.list}>
        {points.map((p) => (
          <li key={p}>
            <Body1>{t(p)}</Body1>
          </li>
        ))}
      </ul>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('pane.planned.note')}</MessageBarBody>
      </MessageBar>
    </article>
  );
}
