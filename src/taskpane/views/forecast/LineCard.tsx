/**
 * One cost line of the unit as a card that fits a 350–450 px pane: closed it shows the line, its forecast and
 * variance and what is missing; open it shows the figures, the five proposals with last year's error, the
 * full-year and month-by-month inputs and orsak/åtgärd. Every figure is the core view's (LineForecast).
 */
import { useState } from 'react';
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  ChevronDownRegular,
  ChevronRightRegular,
  ErrorCircleRegular,
  StarFilled,
} from '@fluentui/react-icons';
import { t, type StringKey } from '../../../core/strings';
import {
  FORECAST_METHODS,
  amountText,
  backtestMiss,
  varianceTone,
  type ForecastEdit,
  type ForecastMessage,
  type ForecastMethod,
  type LineForecast,
  type PhasingProfile,
  type UnitForecast,
} from '../../../core/forecast';
import { AmountField, CommentField, type CommitOutcome } from './fields';
import { DisclosureButton, PhasingDropdown } from './controls';
import { draftKey, type DraftJournal } from './drafts';
import { kr, krOrDash, monthShort, percentText, signedKr, toneText } from './format';
import { VIEW_STYLES } from '../styles';

const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export const useLineStyles = makeStyles({
  ...VIEW_STYLES,
  card: { minWidth: 0, padding: 0, rowGap: 0, overflow: 'visible' },
  cardIssue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  head: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    color: 'inherit',
    font: 'inherit',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { marginTop: '2px', color: tokens.colorNeutralForeground3 },
  headText: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, rowGap: '2px' },
  name: { overflowWrap: 'anywhere' },
  summary: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM, rowGap: '2px' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    minWidth: 0,
  },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  proposals: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  proposal: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  proposalChosen: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  proposalText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  proposalHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  amount: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  inputRow: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actuals: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: '2px',
  },
  actual: {
    display: 'flex',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXXS,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
  },
  months: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  footer: { color: tokens.colorNeutralForeground3 },
});

/** The method shown as "the proposal": the one chosen, else the best last year, else the first that has a figure. */
export function primaryMethod(line: LineForecast): ForecastMethod | null {
  const chosen = line.source && (FORECAST_METHODS as readonly string[]).includes(line.source) ? (line.source as ForecastMethod) : null;
  if (chosen && line.proposals[chosen].ok) return chosen;
  if (line.bestMethod) return line.bestMethod;
  return FORECAST_METHODS.find((m) => line.proposals[m].ok) ?? null;
}

const methodName = (m: ForecastMethod | 'manual' | 'previousRound') => t(`forecast.method.${m}` as StringKey);

/** "I fjol 326 322 kr för lågt (3,5 %)": how far the method missed last year's outcome. */
function missText(errorOre: number, errorPct: number | null): string {
  const m = backtestMiss(errorOre, errorPct);
  if (m.direction === 'exact') return t('forecast.pane.proposals.exact');
  const error = kr(m.errorOre);
  if (m.errorPct === null) return t(m.direction === 'over' ? 'forecast.pane.proposals.overNoPct' : 'forecast.pane.proposals.underNoPct', { error });
  return t(m.direction === 'over' ? 'forecast.pane.proposals.over' : 'forecast.pane.proposals.under', { error, pct: percentText(m.errorPct) });
}

interface LineCardProps {
  line: LineForecast;
  unit: UnitForecast;
  user: string;
  journal: DraftJournal;
  expanded: boolean;
  onToggle: () => void;
  /** Show the rule issues (after a submit attempt). */
  showIssues: boolean;
  save: (edit: ForecastEdit) => Promise<CommitOutcome>;
  onRestored: () => void;
  /** Open the month inputs at once (a month typed before the pane was closed is waiting to be saved). */
  initialShowMonths?: boolean;
}

export function LineCard({ line, unit, user, journal, expanded, onToggle, showIssues, save, onRestored, initialShowMonths = false }: LineCardProps) {
  const s = useLineStyles();
  const [profile, setProfile] = useState<PhasingProfile>('budget');
  const [showMonths, setShowMonths] = useState(initialShowMonths);
  const [pending, setPending] = useState<{ edit: ForecastEdit; questions: ForecastMessage[] } | null>(null);
  const [lineError, setLineError] = useState<string | null>(null);
  const key = (field: string) => draftKey(user, unit.costCenter, unit.round, line.costLine, field);
  const editable = unit.editable;
  const month = monthShort(unit.elapsed);
  const proposal = primaryMethod(line);
  const proposed = proposal ? line.proposals[proposal] : null;
  const issue = (field: 'forecast' | 'cause' | 'action') => (showIssues ? line.issues.find((i) => i.field === field)?.message : undefined);
  const hasIssues = line.issues.length > 0;
  const tone = line.varianceOre === null ? null : varianceTone(line.varianceOre);
  const toneClass = tone === 'surplus' ? s.surplus : tone === 'deficit' ? s.deficit : s.even;
  const currentProfile = line.forecast?.phasing ?? null;
  const slug = line.costLine;

  /** A one-click action (proposal, re-phasing): its question or error shows on the card. */
  const act = async (edit: ForecastEdit) => {
    setLineError(null);
    const r = await save(edit);
    if (r.status === 'confirm') setPending({ edit, questions: r.questions });
    else if (r.status === 'refused') setLineError(r.errors.map((e) => e.message).join(' '));
    else setPending(null);
  };

  const amountCommit = (edit: (text: string) => ForecastEdit) => (text: string, confirmed: boolean) => save({ ...edit(text), confirmed });

  return (
    <Card className={mergeClasses(s.card, showIssues && hasIssues && s.cardIssue)} data-testid="fc-line" data-line={slug} data-issues={line.issues.length}>
      <button type="button" className={s.head} aria-expanded={expanded} onClick={onToggle} data-testid="fc-line-toggle" title={t('forecast.pane.line.expand', { line: line.costLine })}>
        <span className={s.chevron}>{expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}</span>
        <span className={s.headText}>
          <span className={s.titleRow}>
            <Body1Strong className={s.name}>{line.costLine}</Body1Strong>
            {line.kind === 'revenue' && (
              <Badge size="small" appearance="tint" color="informative">
                {t('forecast.pane.line.kind.revenue')}
              </Badge>
            )}
            {line.purchasedCare && (
              <Badge size="small" appearance="tint" color="brand">
                {t('forecast.pane.line.purchasedCare')}
              </Badge>
            )}
            {line.issues.filter((i) => showIssues || i.field !== 'forecast').map((i) => (
              <Badge key={i.field} size="small" appearance="tint" color={showIssues ? 'danger' : 'warning'} icon={<ErrorCircleRegular />} data-testid={`fc-badge-${i.field}`}>
                {t(i.field === 'forecast' ? 'forecast.pane.line.needsForecast' : i.field === 'cause' ? 'forecast.pane.line.needsCause' : 'forecast.pane.line.needsAction')}
              </Badge>
            ))}
            {!hasIssues && line.forecast?.stored && (
              <Badge size="small" appearance="tint" color="success" icon={<CheckmarkCircleFilled />}>
                {t('forecast.pane.line.ok')}
              </Badge>
            )}
          </span>
          <span className={s.summary}>
            {line.forecast ? (
              <Body1 data-testid="fc-line-forecast">
                {t('forecast.pane.line.forecast')} <span className={s.amount}>{kr(line.forecast.fullYearOre)}</span>
              </Body1>
            ) : (
              <Body1 className={s.muted}>{t('forecast.pane.line.noForecast')}</Body1>
            )}
            {line.varianceOre !== null && tone !== null && (
              <Body1 className={toneClass} data-testid="fc-line-variance">
                <span className={s.amount}>{signedKr(line.varianceOre)}</span> {toneText(tone)}
              </Body1>
            )}
          </span>
          {!line.forecast && proposal && proposed?.ok && (
            <Caption1 className={s.muted}>
              {t('forecast.pane.line.proposal', { method: methodName(proposal) })}: <span className={s.amount}>{kr(proposed.ore)}</span>
            </Caption1>
          )}
          {line.forecast && !line.forecast.stored && <Caption1 className={s.muted}>{t('forecast.pane.line.carried')}</Caption1>}
        </span>
      </button>

      {expanded && (
        <div className={s.body} data-testid="fc-line-body">
          <dl className={s.figures}>
            <dt className={s.dt}>{t('forecast.pane.figures.budgetYear')}</dt>
            <dd className={s.dd}>{krOrDash(line.budgetYearOre)}</dd>
            <dt className={s.dt}>{t('forecast.pane.figures.budgetToDate', { month })}</dt>
            <dd className={s.dd}>{krOrDash(line.budgetToDateOre)}</dd>
            <dt className={s.dt}>{t('forecast.pane.figures.actualToDate', { month })}</dt>
            <dd className={s.dd}>{krOrDash(line.actualToDateOre)}</dd>
            <dt className={mergeClasses(s.dt, s.strong)}>{t('forecast.pane.figures.forecast')}</dt>
            <dd className={mergeClasses(s.dd, s.strong)} data-testid="fc-fig-forecast">
              {krOrDash(line.forecast?.fullYearOre ?? null)}
            </dd>
            <dt className={s.dt}>{t('forecast.pane.figures.variance')}</dt>
            <dd className={mergeClasses(s.dd, toneClass)} data-testid="fc-fig-variance">
              {line.varianceOre === null ? t('forecast.pane.figures.none') : signedKr(line.varianceOre)}
            </dd>
            <dt className={s.dt}>{t('forecast.pane.figures.change')}</dt>
            <dd className={s.dd} data-testid="fc-fig-change">
              {line.changeSincePreviousOre === null ? t('forecast.pane.figures.none') : signedKr(line.changeSincePreviousOre)}
            </dd>
          </dl>

          <section className={s.section}>
            <Subtitle2 as="h4">{t('forecast.pane.proposals.heading')}</Subtitle2>
            <ul className={s.proposals}>
              {FORECAST_METHODS.map((m) => {
                const p = line.proposals[m];
                const b = line.backtests[m];
                const chosen = line.source === m;
                return (
                  <li key={m} className={mergeClasses(s.proposal, chosen && s.proposalChosen)} data-testid={`fc-proposal-${m}`}>
                    <span className={s.proposalText}>
                      <span className={s.proposalHead}>
                        <Body1Strong>{methodName(m)}</Body1Strong>
                        {line.bestMethod === m && (
                          <Tooltip content={t('forecast.pane.proposals.best')} relationship="label">
                            <StarFilled color={tokens.colorPaletteMarigoldForeground1} aria-label={t('forecast.pane.proposals.best')} />
                          </Tooltip>
                        )}
                        {chosen && (
                          <Badge size="small" appearance="filled" color="brand">
                            {t('forecast.pane.proposals.chosen')}
                          </Badge>
                        )}
                      </span>
                      {p.ok ? (
                        <Body1 className={s.amount}>{kr(p.ore)}</Body1>
                      ) : (
                        <Caption1 className={s.muted} data-testid={`fc-proposal-${m}-missing`}>
                          {t('forecast.pane.proposals.missing', { reason: t(p.reason, p.params) })}
                        </Caption1>
                      )}
                      {p.ok && <Caption1 className={s.muted}>{b.ok ? missText(b.errorOre, b.errorPct) : t('forecast.pane.proposals.noBacktest', { reason: t(b.reason, b.params) })}</Caption1>}
                    </span>
                    {p.ok && (
                      <Button
                        size="small"
                        appearance={chosen ? 'subtle' : 'secondary'}
                        disabled={!editable}
                        aria-label={t('forecast.pane.proposals.useLabel', { method: methodName(m), line: line.costLine })}
                        onClick={() => void act({ kind: 'proposal', costLine: line.costLine, method: m, profile })}
                        data-testid={`fc-use-${m}`}
                      >
                        {t('forecast.pane.proposals.use')}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>

          {pending && (
            <MessageBar intent="warning" layout="multiline" data-testid="fc-line-confirm">
              <MessageBarBody>
                {pending.questions.map((q) => (
                  <div key={q.key + q.message}>{q.message}</div>
                ))}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={() => void act({ ...pending.edit, confirmed: true })} data-testid="fc-line-confirm-yes">
                  {t('forecast.pane.input.confirm')}
                </Button>
                <Button size="small" onClick={() => setPending(null)}>
                  {t('forecast.pane.input.undo')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {lineError && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{lineError}</MessageBarBody>
            </MessageBar>
          )}

          <div className={s.inputRow}>
            <AmountField
              label={t('forecast.pane.input.fullYear')}
              hint={t('forecast.pane.input.fullYearHint')}
              stored={line.forecast ? amountText(line.forecast.fullYearOre) : ''}
              placeholder={proposed?.ok ? amountText(proposed.ore) : undefined}
              journal={journal}
              journalKey={key('fullYear')}
              disabled={!editable}
              commit={amountCommit((text) => ({ kind: 'fullYear', costLine: line.costLine, text, profile }))}
              ruleMessage={issue('forecast')}
              testId="fc-fullyear"
              onRestored={onRestored}
            />
            <PhasingDropdown
              className={s.control}
              disabled={!editable}
              value={currentProfile ?? profile}
              onSelect={(p) => {
                setProfile(p);
                if (line.forecast) void act({ kind: 'phasing', costLine: line.costLine, profile: p });
              }}
              testId="fc-phasing"
            />
          </div>

          <section className={s.section}>
            <DisclosureButton open={showMonths} onToggle={() => setShowMonths((x) => !x)} testId="fc-months-toggle">
              {t('forecast.pane.input.months')}
            </DisclosureButton>
            {showMonths && (
              <>
                <Caption1 className={s.muted}>{t('forecast.pane.input.monthsHint')}</Caption1>
                <div className={s.actuals} aria-label={t('forecast.pane.input.actual')}>
                  {MONTH_NUMBERS.map((m, i) =>
                    m <= unit.elapsed ? (
                      <span key={m} className={s.actual} title={t('forecast.pane.input.actual')}>
                        <span>{monthShort(m)}</span>
                        <span>{line.actualMonths[i] === null ? t('forecast.pane.figures.none') : kr(line.actualMonths[i] as number)}</span>
                      </span>
                    ) : null,
                  )}
                </div>
                <div className={s.months}>
                  {MONTH_NUMBERS.map((m, i) =>
                    m > unit.elapsed ? (
                      <AmountField
                        key={m}
                        compact
                        label={monthShort(m)}
                        ariaLabel={t('forecast.pane.input.monthAria', { line: line.costLine, month: monthShort(m) })}
                        stored={line.forecast ? amountText(line.forecast.months[i]) : ''}
                        placeholder={line.budgetMonths?.[i] != null ? amountText(line.budgetMonths[i] as number) : undefined}
                        journal={journal}
                        journalKey={key(`month-${m}`)}
                        disabled={!editable}
                        commit={amountCommit((text) => ({ kind: 'month', costLine: line.costLine, month: m, text }))}
                        testId={`fc-month-${m}`}
                        onRestored={onRestored}
                      />
                    ) : null,
                  )}
                </div>
              </>
            )}
          </section>

          <CommentField
            label={t('forecast.pane.input.cause')}
            hint={t('forecast.pane.input.causeHint')}
            required={line.commentRequired}
            ruleMessage={issue('cause')}
            stored={line.cause}
            journal={journal}
            journalKey={key('cause')}
            disabled={!editable}
            commit={(text, confirmed) => save({ kind: 'cause', costLine: line.costLine, text, confirmed })}
            testId="fc-cause"
            onRestored={onRestored}
          />
          <CommentField
            label={t('forecast.pane.input.action')}
            hint={t('forecast.pane.input.actionHint')}
            required={line.actionRequired}
            ruleMessage={issue('action')}
            stored={line.action}
            journal={journal}
            journalKey={key('action')}
            disabled={!editable}
            commit={(text, confirmed) => save({ kind: 'action', costLine: line.costLine, text, confirmed })}
            testId="fc-action"
            onRestored={onRestored}
          />
          {line.changedAt && (
            <Caption1 className={s.footer}>
              {t('forecast.pane.line.changed', { time: line.changedAt.slice(0, 16), user: line.changedBy })}
              {line.source ? ` · ${methodName(line.source)}` : ''}
            </Caption1>
          )}
        </div>
      )}
    </Card>
  );
}
