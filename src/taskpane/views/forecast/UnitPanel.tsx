/**
 * One unit in one round for the enhetschef: the unit's totals and status, "accept a proposal for all lines", the
 * lines as cards, and submit. Every figure is the core session's view(); every edit goes through session.save
 * (written to the workbook at once) and the view is re-rendered from the session afterwards.
 */
import { useCallback, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, CheckmarkRegular, SendRegular } from '@fluentui/react-icons';
import { t, type StringKey } from '../../../core/strings';
import {
  FORECAST_METHODS,
  varianceTone,
  type AcceptAllEdit,
  type ForecastEdit,
  type ForecastEnv,
  type ForecastMessage,
  type ForecastMethod,
  type ForecastStatus,
  type PhasingProfile,
  type UnitForecast,
} from '../../../core/forecast';
import { useNoticeActions } from './notices';
import type { CommitOutcome } from './fields';
import type { DraftJournal } from './drafts';
import { LineCard } from './LineCard';
import { PhasingDropdown, withMember } from './controls';
import { useUnitSession } from './useUnitSession';
import { kr, monthShort, signedKr, toneText } from './format';
import { VIEW_STYLES } from '../styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  headRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  totals: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    margin: 0,
  },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUS_COLOR: Record<ForecastStatus, 'warning' | 'informative' | 'success'> = { draft: 'warning', submitted: 'informative', approved: 'success' };

interface UnitPanelProps {
  env: ForecastEnv;
  costCenter: string;
  round: string;
  journal: DraftJournal;
}

export function UnitPanel({ env, costCenter, round, journal }: UnitPanelProps) {
  const s = useStyles();
  const notices = useNoticeActions();
  const unit = useUnitSession(env, costCenter, round);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(journal.pendingFields(env.user, costCenter, round).keys()));
  const pending = useMemo(() => journal.pendingFields(env.user, costCenter, round), [journal, env.user, costCenter, round]);
  const [showIssues, setShowIssues] = useState(false);
  const [submitErrors, setSubmitErrors] = useState<ForecastMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const [method, setMethod] = useState<ForecastMethod>('budgetProfile');
  const [profile, setProfile] = useState<PhasingProfile>('budget');
  const [allResult, setAllResult] = useState<{ intent: 'success' | 'warning' | 'error'; lines: string[] } | null>(null);
  const [allQuestions, setAllQuestions] = useState<ForecastMessage[] | null>(null);
  const { session, view, update } = unit;

  const save = useCallback(
    async (edit: ForecastEdit): Promise<CommitOutcome> => {
      if (!session) return { status: 'failed' };
      try {
        const r = await session.save(edit);
        update();
        if (r.status === 'saved') {
          setSubmitErrors([]);
          if (r.notes.length) notices.show({ intent: 'info', title: r.notes.map((n) => n.message).join(' ') });
          return { status: 'saved' };
        }
        if (r.status === 'refused') return { status: 'refused', errors: r.errors };
        return { status: 'confirm', questions: r.questions };
      } catch (e) {
        notices.showError(e);
        return { status: 'failed' };
      }
    },
    [session, update, notices],
  );

  const onRestored = useCallback(() => notices.show({ intent: 'info', title: t('forecast.pane.input.restored') }), [notices]);

  const acceptAll = async (confirmed: boolean) => {
    if (!session) return;
    setBusy(true);
    setAllResult(null);
    try {
      const edit: AcceptAllEdit = { method, profile, confirmed };
      const r = await session.acceptAll(edit);
      update();
      if (r.status === 'confirm') setAllQuestions(r.questions.map((q) => ({ ...q, message: `${q.costLine}: ${q.message}` })));
      else if (r.status === 'refused') setAllResult({ intent: 'error', lines: r.errors.map((e) => e.message) });
      else {
        setAllQuestions(null);
        const lines = [t('forecast.pane.acceptAll.done', { method: t(`forecast.method.${method}` as StringKey), count: r.lines.length })];
        if (r.skipped.length) lines.push(t('forecast.pane.acceptAll.skipped', { lines: r.skipped.map((x) => x.costLine).join(', ') }));
        for (const n of r.notes) lines.push(n.message);
        setAllResult({ intent: r.skipped.length ? 'warning' : 'success', lines });
      }
    } catch (e) {
      notices.showError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!session) return;
    setBusy(true);
    try {
      const r = await session.submit();
      update();
      if (r.status === 'refused') {
        setShowIssues(true);
        setSubmitErrors(r.errors);
        // Open the lines that need something.
        setExpanded((x) => new Set([...x, ...r.errors.map((e) => e.costLine).filter((l): l is string => !!l)]));
      } else {
        setShowIssues(false);
        setSubmitErrors([]);
        notices.show({ intent: 'success', title: t('forecast.pane.submit.done', { unit: r.unit.name ? `${r.unit.costCenter} ${r.unit.name}` : r.unit.costCenter }) });
      }
    } catch (e) {
      notices.showError(e);
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    try {
      await unit.reload();
    } catch (e) {
      notices.showError(e);
    }
  };

  if (unit.error) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="fc-unit-error">
        <MessageBarBody>{errorText(unit.error)}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!view) return <Spinner size="small" label={t('forecast.pane.loading')} data-testid="fc-unit-loading" />;

  const toggle = (line: string) =>
    setExpanded((x) => withMember(x, line, !x.has(line)));

  return (
    <div className={s.root} data-testid="fc-unit" data-status={view.status}>
      <Totals view={view} />

      {view.editable && view.lines.length > 0 && (
        <Card className={s.card} data-testid="fc-accept-all">
          <Subtitle2 as="h3">{t('forecast.pane.acceptAll.heading')}</Subtitle2>
          <div className={s.grid}>
            <Field label={t('forecast.pane.acceptAll.method')}>
              <Dropdown
                className={s.control}
                value={t(`forecast.method.${method}` as StringKey)}
                selectedOptions={[method]}
                onOptionSelect={(_, d) => setMethod(d.optionValue as ForecastMethod)}
                data-testid="fc-all-method"
              >
                {FORECAST_METHODS.map((m) => (
                  <Option key={m} value={m}>
                    {t(`forecast.method.${m}` as StringKey)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <PhasingDropdown className={s.control} value={profile} onSelect={setProfile} testId="fc-all-phasing" />
          </div>
          <Caption1 className={s.muted}>{t(`forecast.method.${method}.help` as StringKey)}</Caption1>
          <div className={s.row}>
            <Button icon={<CheckmarkRegular />} onClick={() => void acceptAll(false)} disabled={busy} data-testid="fc-all-accept">
              {t('forecast.pane.acceptAll.button')}
            </Button>
          </div>
          {allQuestions && (
            <MessageBar intent="warning" layout="multiline" data-testid="fc-all-confirm">
              <MessageBarBody>
                <ul className={s.list}>
                  {allQuestions.map((q, i) => (
                    <li key={i}>{q.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" appearance="primary" onClick={() => void acceptAll(true)} data-testid="fc-all-confirm-yes">
                  {t('forecast.pane.input.confirm')}
                </Button>
                <Button size="small" onClick={() => setAllQuestions(null)}>
                  {t('forecast.pane.input.undo')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {allResult && (
            <MessageBar intent={allResult.intent} layout="multiline" data-testid="fc-all-result">
              <MessageBarBody>
                {allResult.lines.map((l, i) => (
                  <div key={i}>{l}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}

      <div className={s.lines} data-testid="fc-lines">
        {view.lines.map((l) => (
          <LineCard
            key={l.costLine}
            line={l}
            unit={view}
            user={env.user}
            journal={journal}
            expanded={expanded.has(l.costLine)}
            onToggle={() => toggle(l.costLine)}
            showIssues={showIssues}
            save={save}
            onRestored={onRestored}
            initialShowMonths={(pending.get(l.costLine) ?? []).some((f) => f.startsWith('month-'))}
          />
        ))}
      </div>

      {view.status === 'draft' && (
        <Card className={s.card} data-testid="fc-submit-card">
          <Subtitle2 as="h3">{t('forecast.pane.submit.heading')}</Subtitle2>
          <Caption1>{t('forecast.pane.submit.lead')}</Caption1>
          {submitErrors.length > 0 && (
            <MessageBar intent="error" layout="multiline" data-testid="fc-submit-errors">
              <MessageBarBody>
                <MessageBarTitle>{t('forecast.pane.submit.blocked')}</MessageBarTitle>
                <ul className={s.list}>
                  {submitErrors.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={s.row}>
            <Button appearance="primary" icon={<SendRegular />} onClick={() => void submit()} disabled={busy || !view.editable} data-testid="fc-submit">
              {t('forecast.pane.submit.button')}
            </Button>
          </div>
        </Card>
      )}
      <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={() => void reload()} style={{ alignSelf: 'flex-start' }} data-testid="fc-reload">
        {t('forecast.pane.refresh')}
      </Button>
    </div>
  );
}

function errorText(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(e);
}

function Totals({ view }: { view: UnitForecast }) {
  const s = useStyles();
  const tt = view.totals;
  const tone = varianceTone(tt.varianceOre);
  const toneClass = tone === 'surplus' ? s.surplus : tone === 'deficit' ? s.deficit : s.even;
  const month = monthShort(view.elapsed);
  return (
    <Card className={s.card} data-testid="fc-totals">
      <div className={s.headRow}>
        <Subtitle2 as="h3" className={s.title}>
          {view.name ? `${view.costCenter} ${view.name}` : view.costCenter}
        </Subtitle2>
        <Badge appearance="filled" color={STATUS_COLOR[view.status]} data-testid="fc-status">
          {t(`forecast.status.${view.status}`)}
        </Badge>
      </div>
      <Caption1 className={s.muted}>
        {view.roundLabel}
        {view.statusChangedAt
          ? ` · ${t('forecast.pane.status.by', { status: t(`forecast.status.${view.status}`), time: view.statusChangedAt.slice(0, 16), user: view.statusChangedBy })}`
          : ''}
      </Caption1>
      {!view.actualsImported && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('forecast.error.noActualsForPeriod', { period: view.round })}</MessageBarBody>
        </MessageBar>
      )}
      {view.lockReason && (
        <MessageBar intent={view.status === 'approved' ? 'success' : 'info'} layout="multiline" data-testid="fc-lock">
          <MessageBarBody>{view.lockReason.message}</MessageBarBody>
        </MessageBar>
      )}
      {view.status === 'draft' && view.statusComment && (
        <MessageBar intent="warning" layout="multiline" data-testid="fc-reopened">
          <MessageBarBody>{t('forecast.pane.reopened', { user: view.statusChangedBy, comment: view.statusComment })}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={s.totals}>
        <dt className={s.dt}>{t('forecast.pane.totals.budgetYear')}</dt>
        <dd className={s.dd}>{kr(tt.budgetYearOre)}</dd>
        <dt className={s.dt}>{t('forecast.pane.totals.actualToDate', { month })}</dt>
        <dd className={s.dd}>{kr(tt.actualToDateOre)}</dd>
        <dt className={mergeClasses(s.dt, s.strong)}>{t('forecast.pane.totals.forecast')}</dt>
        <dd className={mergeClasses(s.dd, s.strong)} data-testid="fc-total-forecast">
          {kr(tt.forecastOre)}
        </dd>
        <dt className={s.dt}>{t('forecast.pane.totals.variance')}</dt>
        <dd className={mergeClasses(s.dd, toneClass)} data-testid="fc-total-variance">
          {signedKr(tt.varianceOre)} {toneText(tone)}
        </dd>
        {tt.changeSincePreviousOre !== null && (
          <>
            <dt className={s.dt}>{t('forecast.pane.totals.change')}</dt>
            <dd className={s.dd}>{signedKr(tt.changeSincePreviousOre)}</dd>
          </>
        )}
      </dl>
      <Caption1 className={s.muted}>{t('forecast.rule.varianceSign')}</Caption1>
      {tt.missingForecasts > 0 && (
        <Body1 className={s.muted} data-testid="fc-missing">
          {t('forecast.pane.totals.missing', { count: tt.missingForecasts })}
        </Body1>
      )}
      {view.editable && <Caption1 className={s.muted}>{t('forecast.pane.legend')}</Caption1>}
    </Card>
  );
}
