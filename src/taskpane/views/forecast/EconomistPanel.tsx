/**
 * The ekonom's side of the Prognos view: the units of a round with their status and totals (approve, reopen with a
 * comment, look at a unit), a new round started from the previous one, the comment thresholds, and the
 * distribute/collect round trip with one workbook per unit (ExcelJS loaded on demand).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Card,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowUploadRegular,
  CheckmarkRegular,
  EyeRegular,
  LockOpenRegular,
  PlayRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import {
  collectUnits,
  distributeUnit,
  openUnit,
  parseThresholdInput,
  readThresholds,
  roundOverview,
  startRound,
  thresholdText,
  varianceTone,
  writeThresholds,
  type CollectReport,
  type ForecastEnv,
  type ForecastStart,
  type ReturnedWorkbook,
  type RoundSummary,
  type ThresholdInput,
  type UnitRoundSummary,
} from '../../../core/forecast';
import { XLSX_TYPE, downloadBytes } from '../../download';
import { useLongOperation } from '../../status/StatusProvider';
import { useNoticeActions } from './notices';
import { DisclosureButton, withMember } from './controls';
import { kr, signedKr } from './format';
import { VIEW_STYLES } from '../styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  units: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  unit: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  unitHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  checks: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '220px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

const STATUS_COLOR = { draft: 'warning', submitted: 'informative', approved: 'success' } as const;

const loadXlsx = () => import(/* webpackChunkName: "xlsx-file" */ '../../../file');

interface EconomistPanelProps {
  env: ForecastEnv;
  round: string;
  start: ForecastStart;
  /** A round was started: the view reads the rounds again and shows it. */
  onStarted: (round: string) => void;
  /** Look at a unit as its enhetschef sees it. */
  onViewUnit: (costCenter: string) => void;
}

export function EconomistPanel({ env, round, start, onStarted, onViewUnit }: EconomistPanelProps) {
  const s = useStyles();
  const notices = useNoticeActions();
  const [overview, setOverview] = useState<RoundSummary | null>(null);

  const refresh = useCallback(async () => {
    try {
      setOverview(await roundOverview(env, round));
    } catch (e) {
      notices.showError(e);
    }
  }, [env, round, notices]);

  useEffect(() => {
    setOverview(null);
    void refresh();
  }, [refresh]);

  return (
    <div className={s.root} data-testid="fc-economist">
      <Overview env={env} overview={overview} onChanged={refresh} onViewUnit={onViewUnit} />
      <StartRound env={env} start={start} onStarted={onStarted} />
      <Thresholds env={env} />
      {overview && <Distribute env={env} overview={overview} />}
      <Collect env={env} onCollected={refresh} />
    </div>
  );
}

/** Units needing the ekonom first: submitted, then drafts, approved; those not started are folded away. */
const STATUS_ORDER = { submitted: 0, draft: 1, approved: 2 } as const;

function Overview({ env, overview, onChanged, onViewUnit }: { env: ForecastEnv; overview: RoundSummary | null; onChanged: () => Promise<void>; onViewUnit: (cc: string) => void }) {
  const s = useStyles();
  const [showIdle, setShowIdle] = useState(false);
  if (!overview) return <Spinner size="small" label={t('forecast.pane.loading')} />;
  const started = overview.units.filter((u) => u.started).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const idle = overview.units.filter((u) => !u.started);
  const row = (u: UnitRoundSummary) => <UnitRow key={u.costCenter} env={env} round={overview.round} unit={u} onChanged={onChanged} onViewUnit={onViewUnit} />;
  return (
    <Card className={s.card} data-testid="fc-overview">
      <Subtitle2 as="h3">{t('forecast.pane.economist.overview.heading', { round: overview.label })}</Subtitle2>
      <Caption1 data-testid="fc-overview-counts">{t('forecast.pane.economist.overview.counts', overview.counts)}</Caption1>
      {started.length > 0 && <ul className={s.units}>{started.map(row)}</ul>}
      {idle.length > 0 && (
        <>
          <DisclosureButton open={showIdle} onToggle={() => setShowIdle((x) => !x)} testId="fc-ov-idle-toggle">
            {t('forecast.pane.economist.overview.notStartedList', { count: idle.length })}
          </DisclosureButton>
          {showIdle && <ul className={s.units}>{idle.map(row)}</ul>}
        </>
      )}
    </Card>
  );
}

function UnitRow({ env, round, unit: u, onChanged, onViewUnit }: { env: ForecastEnv; round: string; unit: UnitRoundSummary; onChanged: () => Promise<void>; onViewUnit: (cc: string) => void }) {
  const s = useStyles();
  const notices = useNoticeActions();
  const [reopening, setReopening] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tone = varianceTone(u.totals.varianceOre);
  const label = u.name ? `${u.costCenter} ${u.name}` : u.costCenter;

  const act = async (what: 'approve' | 'reopen') => {
    setBusy(true);
    setError(null);
    try {
      const session = await openUnit(env, u.costCenter, round);
      const r = what === 'approve' ? await session.approve() : await session.reopen(comment);
      if (r.status === 'refused') {
        setError(r.errors.map((e) => e.message).join(' '));
      } else {
        setReopening(false);
        setComment('');
        notices.show({
          intent: 'success',
          title: t(what === 'approve' ? 'forecast.pane.economist.approved' : 'forecast.pane.economist.reopenedDone', { unit: label }),
        });
        await onChanged();
      }
    } catch (e) {
      notices.showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={s.unit} data-testid="fc-ov-unit" data-unit={u.costCenter} data-status={u.started ? u.status : 'notStarted'}>
      <div className={s.unitHead}>
        <Body1Strong className={s.name}>{label}</Body1Strong>
        {u.started ? (
          <Badge appearance="filled" color={STATUS_COLOR[u.status]}>
            {t(`forecast.status.${u.status}`)}
          </Badge>
        ) : (
          <Badge appearance="outline" color="informative">
            {t('forecast.pane.economist.overview.notStarted')}
          </Badge>
        )}
      </div>
      {u.started ? (
        <Caption1>
          {t('forecast.pane.economist.overview.figures', { forecast: kr(u.totals.forecastOre), variance: '' })}
          <span className={tone === 'surplus' ? s.surplus : tone === 'deficit' ? s.deficit : undefined}>{signedKr(u.totals.varianceOre)}</span>
        </Caption1>
      ) : (
        <Caption1 className={s.muted}>{t('forecast.pane.economist.overview.noForecast')}</Caption1>
      )}
      {u.started && (u.issues > 0 || u.statusChangedAt) && (
        <Caption1 className={s.muted}>
          {u.issues > 0 ? t('forecast.pane.economist.overview.issues', { count: u.issues }) : ''}
          {u.issues > 0 && u.statusChangedAt ? ' · ' : ''}
          {u.statusChangedAt ? t('forecast.pane.status.by', { status: t(`forecast.status.${u.status}`), time: u.statusChangedAt.slice(0, 16), user: u.statusChangedBy }) : ''}
        </Caption1>
      )}
      <div className={s.row}>
        {u.status === 'submitted' && (
          <Button size="small" appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={() => void act('approve')} data-testid="fc-ov-approve">
            {t('forecast.pane.economist.approve')}
          </Button>
        )}
        {u.status !== 'draft' && !reopening && (
          <Button size="small" icon={<LockOpenRegular />} disabled={busy} onClick={() => setReopening(true)} data-testid="fc-ov-reopen">
            {t('forecast.pane.economist.reopen')}
          </Button>
        )}
        <Button size="small" appearance="subtle" icon={<EyeRegular />} onClick={() => onViewUnit(u.costCenter)} data-testid="fc-ov-view">
          {t('forecast.pane.economist.view')}
        </Button>
      </div>
      {reopening && (
        <>
          <Field label={t('forecast.pane.economist.reopenComment')} required>
            <Textarea className={s.control} value={comment} onChange={(_, d) => setComment(d.value)} data-testid="fc-ov-reopen-comment" />
          </Field>
          <div className={s.row}>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => void act('reopen')} data-testid="fc-ov-reopen-confirm">
              {t('forecast.pane.economist.reopenConfirm')}
            </Button>
            <Button size="small" onClick={() => setReopening(false)}>
              {t('forecast.pane.units.cancel')}
            </Button>
          </div>
        </>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

function StartRound({ env, start, onStarted }: { env: ForecastEnv; start: ForecastStart; onStarted: (round: string) => void }) {
  const s = useStyles();
  const notices = useNoticeActions();
  const suggested = start.choices.find((c) => !c.started)?.round ?? '';
  const [period, setPeriod] = useState(suggested);
  const [busy, setBusy] = useState(false);
  useEffect(() => setPeriod(suggested), [suggested]);
  const run = async () => {
    setBusy(true);
    try {
      const r = await startRound(env, period);
      const label = start.choices.find((c) => c.round === r.round)?.label ?? r.round;
      const from = r.fromRound ? (start.choices.find((c) => c.round === r.fromRound)?.label ?? r.fromRound) : null;
      notices.show({
        intent: 'success',
        title: from
          ? t('forecast.pane.economist.start.done', { label, from, count: r.linesCarried })
          : t('forecast.pane.economist.start.doneFirst', { label }),
      });
      onStarted(r.round);
    } catch (e) {
      notices.showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className={s.card} data-testid="fc-start-round">
      <Subtitle2 as="h3">{t('forecast.pane.economist.start.heading')}</Subtitle2>
      <Caption1>{t('forecast.pane.economist.start.hint')}</Caption1>
      <div className={s.row} style={{ alignItems: 'flex-end' }}>
        <Field label={t('forecast.pane.economist.start.period')}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="2026-11" data-testid="fc-start-period" />
        </Field>
        <Button icon={<PlayRegular />} disabled={busy || !period.trim()} onClick={() => void run()} data-testid="fc-start-button">
          {t('forecast.pane.economist.start.button')}
        </Button>
      </div>
    </Card>
  );
}

function Thresholds({ env }: { env: ForecastEnv }) {
  const s = useStyles();
  const notices = useNoticeActions();
  const [input, setInput] = useState<ThresholdInput | null>(null);
  const [errors, setErrors] = useState<{ amount?: string; percent?: string }>({});
  useEffect(() => {
    let alive = true;
    readThresholds(env.port).then(
      (thr) => alive && setInput(thresholdText(thr)),
      (e: unknown) => alive && notices.showError(e),
    );
    return () => {
      alive = false;
    };
  }, [env.port, notices]);
  if (!input) return null;
  const save = async () => {
    const r = parseThresholdInput(input);
    if (!r.ok) {
      setErrors(Object.fromEntries(r.errors.map((e) => [e.field, e.message])));
      return;
    }
    setErrors({});
    try {
      await writeThresholds(env.port, r.thresholds);
      setInput(thresholdText(r.thresholds));
      notices.show({ intent: 'success', title: t('forecast.pane.economist.thresholds.saved') });
    } catch (e) {
      notices.showError(e);
    }
  };
  return (
    <Card className={s.card} data-testid="fc-thresholds">
      <Subtitle2 as="h3">{t('forecast.pane.economist.thresholds.heading')}</Subtitle2>
      <div className={s.grid}>
        <Field label={t('forecast.pane.economist.thresholds.amount')} validationMessage={errors.amount} validationState={errors.amount ? 'error' : 'none'}>
          <Input className={s.control} value={input.amountText} onChange={(_, d) => setInput({ ...input, amountText: d.value })} data-testid="fc-thr-amount" />
        </Field>
        <Field label={t('forecast.pane.economist.thresholds.percent')} validationMessage={errors.percent} validationState={errors.percent ? 'error' : 'none'}>
          <Input className={s.control} value={input.percentText} contentAfter="%" onChange={(_, d) => setInput({ ...input, percentText: d.value })} data-testid="fc-thr-percent" />
        </Field>
      </div>
      <Field label={t('forecast.pane.economist.thresholds.combine')}>
        <Dropdown
          className={s.control}
          value={t(`forecast.pane.economist.thresholds.${input.combine}`)}
          selectedOptions={[input.combine]}
          onOptionSelect={(_, d) => setInput({ ...input, combine: d.optionValue === 'and' ? 'and' : 'or' })}
          data-testid="fc-thr-combine"
        >
          <Option value="or">{t('forecast.pane.economist.thresholds.or')}</Option>
          <Option value="and">{t('forecast.pane.economist.thresholds.and')}</Option>
        </Dropdown>
      </Field>
      <Caption1 className={s.muted}>{t('forecast.pane.economist.thresholds.hint')}</Caption1>
      <div className={s.row}>
        <Button icon={<SaveRegular />} onClick={() => void save()} data-testid="fc-thr-save">
          {t('forecast.pane.economist.thresholds.save')}
        </Button>
      </div>
    </Card>
  );
}

function Distribute({ env, overview }: { env: ForecastEnv; overview: RoundSummary }) {
  const s = useStyles();
  const op = useLongOperation();
  const notices = useNoticeActions();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(overview.units.map((u) => u.costCenter)));
  const all = overview.units.map((u) => u.costCenter);
  const picked = all.filter((c) => chosen.has(c));
  const run = async () => {
    const files = await op.run(t('forecast.pane.economist.distribute.running'), async ({ signal, progress }) => {
      const { XlsxWorkbook } = await loadXlsx();
      const names: string[] = [];
      progress({ done: 0, total: picked.length });
      for (const cc of picked) {
        if (signal.aborted) break;
        const name = t('forecast.pane.economist.distribute.fileName', { round: overview.round, unit: cc });
        const target = await XlsxWorkbook.create(name);
        await distributeUnit(env, target, cc, overview.round);
        downloadBytes(name, await target.save(), XLSX_TYPE);
        names.push(name);
        progress({ done: names.length, total: picked.length, detail: name });
      }
      return names;
    });
    if (files) notices.show({ intent: 'success', title: t('forecast.pane.economist.distribute.done', { count: files.length, files: files.join(', ') }) });
  };
  return (
    <Card className={s.card} data-testid="fc-distribute">
      <Subtitle2 as="h3">{t('forecast.pane.economist.distribute.heading')}</Subtitle2>
      <Caption1>{t('forecast.pane.economist.distribute.lead')}</Caption1>
      <Checkbox
        label={t('forecast.pane.economist.distribute.all')}
        checked={picked.length === all.length ? true : picked.length === 0 ? false : 'mixed'}
        onChange={(_, d) => setChosen(new Set(d.checked === true ? all : []))}
        data-testid="fc-dist-all"
      />
      <div className={s.checks}>
        {overview.units.map((u) => (
          <Checkbox
            key={u.costCenter}
            label={u.name ? `${u.costCenter} ${u.name}` : u.costCenter}
            checked={chosen.has(u.costCenter)}
            onChange={(_, d) => setChosen((x) => withMember(x, u.costCenter, d.checked === true))}
            data-testid={`fc-dist-${u.costCenter}`}
          />
        ))}
      </div>
      <div className={s.row}>
        <Button icon={<ArrowDownloadRegular />} disabled={op.busy || picked.length === 0} onClick={() => void run()} data-testid="fc-dist-button">
          {t('forecast.pane.economist.distribute.button', { count: picked.length })}
        </Button>
      </div>
      <Caption1 className={s.muted}>{t('forecast.pane.economist.distribute.desktopNote')}</Caption1>
    </Card>
  );
}

function Collect({ env, onCollected }: { env: ForecastEnv; onCollected: () => Promise<void> }) {
  const s = useStyles();
  const op = useLongOperation();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ report: CollectReport; bad: string[] } | null>(null);
  const run = async (files: File[]) => {
    if (files.length === 0) return;
    setResult(null);
    const r = await op.run(t('forecast.pane.economist.collect.running', { count: files.length }), async () => {
      const { XlsxWorkbook } = await loadXlsx();
      const returned: ReturnedWorkbook[] = [];
      const bad: string[] = [];
      for (const f of files) {
        try {
          returned.push({ name: f.name, port: await XlsxWorkbook.load(new Uint8Array(await f.arrayBuffer()), f.name) });
        } catch (e) {
          bad.push(t('forecast.pane.economist.collect.badFile', { name: f.name, reason: e instanceof Error ? e.message : String(e) }));
        }
      }
      return { report: await collectUnits(env, returned), bad };
    });
    if (r) {
      setResult(r);
      await onCollected();
    }
    if (input.current) input.current.value = '';
  };
  const rep = result?.report;
  return (
    <Card className={s.card} data-testid="fc-collect">
      <Subtitle2 as="h3">{t('forecast.pane.economist.collect.heading')}</Subtitle2>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => void run([...(e.target.files ?? [])])}
        data-testid="fc-collect-input"
      />
      <div className={s.row}>
        <Button icon={<ArrowUploadRegular />} disabled={op.busy} onClick={() => input.current?.click()} data-testid="fc-collect-button">
          {t('forecast.pane.economist.collect.button')}
        </Button>
      </div>
      {rep && result && (
        <div data-testid="fc-collect-report">
          <Body1>
            {t('forecast.pane.economist.collect.summary', {
              collected: rep.collected.length,
              unchanged: rep.unchanged.length,
              conflicts: rep.conflicts.length + result.bad.length,
            })}
          </Body1>
          {rep.collected.length > 0 && (
            <MessageBar intent="success" layout="multiline" data-testid="fc-collect-collected">
              <MessageBarBody>
                <ul className={s.list}>
                  {rep.collected.map((c) => (
                    <li key={c.name}>{t('forecast.pane.economist.collect.collected', { name: c.name, unit: c.costCenter, lines: c.lines, status: c.status })}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {rep.unchanged.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <ul className={s.list}>
                  {rep.unchanged.map((c) => (
                    <li key={c.name}>{t('forecast.pane.economist.collect.unchanged', { name: c.name, unit: c.costCenter })}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {(rep.conflicts.length > 0 || result.bad.length > 0) && (
            <MessageBar intent="error" layout="multiline" data-testid="fc-collect-conflicts">
              <MessageBarBody>
                <MessageBarTitle>{t('forecast.pane.economist.collect.conflicts')}</MessageBarTitle>
                <ul className={s.list}>
                  {rep.conflicts.map((c, i) => (
                    <li key={i} data-kind={c.kind}>
                      {c.message}
                    </li>
                  ))}
                  {result.bad.map((b, i) => (
                    <li key={`bad${i}`}>{b}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </Card>
  );
}
