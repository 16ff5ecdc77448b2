/**
 * The "Prognos" section of the task pane (issue 4): each enhetschef's full-year forecast per cost line, and the
 * ekonom's follow-up of the round.
 *
 * - Who edits: the name entered once on this computer (or the Office user where the host tells it) — it goes into
 *   the audit trail with every change.
 * - Enhetschef: picks their unit(s) once (kept per user in the workbook settings), sees per cost line budget,
 *   actuals, the five proposals with last year's error, enters a full-year or month-by-month forecast, orsak and
 *   åtgärd, and submits. Every edit is written to the workbook at once (forecast/fields.tsx, no save button).
 * - Ekonom: the round's units and statuses (approve, reopen), a new round, thresholds, one workbook per unit and
 *   collecting them back.
 * The view is thin: every figure and rule is core's (src/core/forecast); this file only wires them to the screen.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, PersonRegular } from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { forecastStart, type ForecastEnv, type ForecastStart, type PlacementsOf } from '../../core/forecast';
import { placementsFor } from '../../core/placements/workbook';
import { usePaneEnvironment } from '../context';
import { useNoticeActions } from './forecast/notices';
import { DraftJournal, browserStore, readName, readRole, writeName, writeRole, type Role } from './forecast/drafts';
import { ManagerPanel } from './forecast/ManagerPanel';
import { EconomistPanel } from './forecast/EconomistPanel';
import { VIEW_STYLES } from './styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  // Headings inside cards: no browser margins (the cards' gaps space them).
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0, '& h3, & h4': { marginTop: 0, marginBottom: 0 } },
  who: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  grow: { flexGrow: 1, minWidth: '160px' },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export default function ForecastView() {
  const s = useStyles();
  const env = usePaneEnvironment();
  const notices = useNoticeActions();
  const store = useMemo(() => browserStore(), []);
  const journal = useMemo(() => new DraftJournal(store), [store]);
  const [name, setName] = useState(() => env.host.userName?.trim() || readName(store));
  const [role, setRole] = useState<Role>(() => readRole(store));
  const [start, setStart] = useState<ForecastStart | null>(null);
  const [round, setRound] = useState<string | null>(null);
  const [focusUnit, setFocusUnit] = useState<string | null>(null);

  const loadStart = useCallback(
    async (prefer?: string) => {
      try {
        const st = await forecastStart(env.port);
        setStart(st);
        setRound((cur) => prefer ?? (cur && st.choices.some((c) => c.round === cur) ? cur : st.defaultRound));
      } catch (e) {
        notices.showError(e);
      }
    },
    [env.port, notices],
  );

  useEffect(() => {
    void loadStart();
  }, [loadStart]);

  // The placement register's outlook for the round (the placements proposal of purchased-care lines); without a
  // register the method says so ("saknar placeringsregister").
  const [feed, setFeed] = useState<{ round: string; placementsOf: PlacementsOf | undefined } | null>(null);
  useEffect(() => {
    if (!round) return;
    let alive = true;
    placementsFor(env.port, round).then(
      (placementsOf) => alive && setFeed({ round, placementsOf }),
      (e: unknown) => {
        if (!alive) return;
        setFeed({ round, placementsOf: undefined });
        notices.showError(e);
      },
    );
    return () => {
      alive = false;
    };
  }, [env.port, round, notices]);

  const fenv: ForecastEnv | null = useMemo(
    () => (name && feed ? { port: env.port, user: name, placementsOf: feed.placementsOf } : null),
    [env.port, name, feed],
  );
  const ready = !!fenv && feed?.round === round;

  const chooseRole = (r: Role) => {
    setRole(r);
    writeRole(store, r);
    setFocusUnit(null);
    // Rounds may have been recorded since (a first save, a new round): offer them as they are now.
    void loadStart();
  };

  return (
    <article className={s.root} data-testid="view-forecast">
      <Title3 as="h2" className={s.title}>
        {t('forecast.pane.title')}
      </Title3>
      {!name ? (
        <NameCard
          onSave={(n) => {
            writeName(store, n);
            setName(n);
          }}
        />
      ) : (
        <>
          <Body1>{t('forecast.pane.lead')}</Body1>
          <div className={s.who}>
            <PersonRegular />
            <Caption1 data-testid="fc-user">{t('forecast.pane.user.as', { name })}</Caption1>
            {!env.host.userName && (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => {
                  writeName(store, '');
                  setName('');
                }}
                data-testid="fc-user-change"
              >
                {t('forecast.pane.user.change')}
              </Button>
            )}
          </div>
          <TabList className={s.tabs} size="small" selectedValue={role} onTabSelect={(_, d) => chooseRole(d.value as Role)} aria-label={t('forecast.pane.role')}>
            <Tab value="manager" data-testid="fc-role-manager">
              {t('forecast.pane.role.manager')}
            </Tab>
            <Tab value="economist" data-testid="fc-role-economist">
              {t('forecast.pane.role.economist')}
            </Tab>
          </TabList>
          {start && !round ? (
            <MessageBar intent="warning" layout="multiline" data-testid="fc-no-actuals">
              <MessageBarBody>{t('forecast.pane.noActuals')}</MessageBarBody>
            </MessageBar>
          ) : !start || !round || !fenv || !ready ? (
            <Spinner size="small" label={t('forecast.pane.loading')} />
          ) : (
            <>
              <Field label={role === 'economist' ? t('forecast.pane.economist.round') : t('forecast.pane.round')}>
                <Dropdown
                  className={s.control}
                  value={labelOf(start, round)}
                  selectedOptions={[round]}
                  onOptionSelect={(_, d) => d.optionValue && setRound(d.optionValue)}
                  data-testid="fc-round"
                >
                  {start.choices.map((c) => (
                    <Option key={c.round} value={c.round} text={labelOf(start, c.round)}>
                      {labelOf(start, c.round)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {role === 'manager' ? (
                <ManagerPanel env={fenv} round={round} journal={journal} focusUnit={focusUnit} />
              ) : (
                <EconomistPanel
                  env={fenv}
                  round={round}
                  start={start}
                  onStarted={(r) => void loadStart(r)}
                  onViewUnit={(cc) => {
                    setFocusUnit(cc);
                    setRole('manager');
                  }}
                />
              )}
              {role === 'manager' && focusUnit && (
                <Button appearance="subtle" size="small" icon={<ArrowLeftRegular />} onClick={() => chooseRole('economist')} style={{ alignSelf: 'flex-start' }} data-testid="fc-back-to-overview">
                  {t('forecast.pane.economist.back')}
                </Button>
              )}
            </>
          )}
        </>
      )}
    </article>
  );
}

function labelOf(start: ForecastStart, round: string): string {
  const c = start.choices.find((x) => x.round === round);
  if (!c) return round;
  return c.started ? c.label : t('forecast.pane.round.new', { label: c.label });
}

function NameCard({ onSave }: { onSave: (name: string) => void }) {
  const s = useStyles();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (!value.trim()) {
      setError(t('forecast.pane.user.required'));
      return;
    }
    onSave(value.trim());
  };
  return (
    <Card className={s.card} data-testid="fc-name-card">
      <Subtitle2 as="h3">{t('forecast.pane.user.heading')}</Subtitle2>
      <div className={s.row}>
        <Field className={s.grow} label={t('forecast.pane.user.label')} hint={t('forecast.pane.user.hint')} validationMessage={error} validationState={error ? 'error' : 'none'}>
          <Input
            className={s.control}
            value={value}
            autoComplete="name"
            onChange={(_, d) => {
              setValue(d.value);
              setError(undefined);
            }}
            onKeyDown={(e) => e.key === 'Enter' && save()}
            data-testid="fc-name"
          />
        </Field>
      </div>
      <div className={s.row}>
        <Button appearance="primary" onClick={save} data-testid="fc-name-save">
          {t('forecast.pane.user.save')}
        </Button>
      </div>
    </Card>
  );
}
