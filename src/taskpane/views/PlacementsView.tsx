/**
 * The "Placeringar" section of the task pane (issue 6): the placement register — list (filter by unit, ongoing
 * only), add, edit and end a placement in a dialog with the register's own validation messages inline — and the
 * projection's summary for the year as of a date, and "Skriv bladet Placeringar".
 *
 * Every edit is written to the workbook at once (core: addPlacement / updatePlacement / endPlacement through the
 * port); the sheet "Placeringar" is written again after an edit when the workbook has it, so it never lags.
 * Thin by design: every figure and message comes from core (projectWorkbook, placementListItems,
 * evaluatePlacementDraft); the view only formats öre with formatOre.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Subtitle2,
  Switch,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DocumentTableRegular, EditRegular, CalendarCancelRegular } from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { formatOre } from '../../core/money';
import { periodLabelSv } from '../../core/dates';
import {
  PLACEMENTS_SHEET,
  addPlacement,
  draftFromPlacement,
  emptyDraft,
  endPlacement,
  ensurePlacementLists,
  loadPlacements,
  paneDefaults,
  parsePaneDate,
  placementListItems,
  projectWorkbook,
  registerContext,
  registerCostCenters,
  updatePlacement,
  writePlacementsSheet,
  type Placement,
  type PlacementDraft,
  type PlacementsData,
} from '../../core/placements';
import { usePort } from '../context';
import { useLongOperation, useNotices } from '../status/StatusProvider';
import { PlacementDialog } from './placements/PlacementDialog';
import { EndDialog } from './placements/EndDialog';
import { localToday } from './placements/today';
import { VIEW_STYLES } from './styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: '120px' },
  small: { width: '110px' },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  item: { minWidth: 0, padding: tokens.spacingHorizontalS },
  itemHead: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  itemActions: { display: 'flex', columnGap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
  alerts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true });

type Editing = { mode: 'add'; draft: PlacementDraft } | { mode: 'edit'; draft: PlacementDraft; key: Pick<Placement, 'caseKey' | 'startDate'> } | null;

export default function PlacementsView() {
  const styles = useStyles();
  const port = usePort();
  const op = useLongOperation();
  const notices = useNotices();
  const today = useMemo(() => localToday(), []);
  const [data, setData] = useState<PlacementsData | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [yearText, setYearText] = useState('');
  const [asOfText, setAsOfText] = useState('');
  const [costCenter, setCostCenter] = useState('');
  const [activeOnly, setActiveOnly] = useState(true);
  const [editing, setEditing] = useState<Editing>(null);
  const [ending, setEnding] = useState<Placement | null>(null);
  const [dialogKey, setDialogKey] = useState(0);

  const reload = useCallback(async () => {
    const d = await loadPlacements(port, today);
    setData(d);
    setLoadError(null);
    return d;
  }, [port, today]);

  useEffect(() => {
    let alive = true;
    loadPlacements(port, today)
      .then((d) => {
        if (!alive) return;
        setData(d);
        const def = paneDefaults(d.actualPeriods, today);
        setYearText(String(def.year));
        setAsOfText(def.asOf);
      })
      .catch((e) => {
        if (!alive) return;
        setLoadError(e);
        notices.showError(e);
      });
    return () => {
      alive = false;
    };
    // Once per opening of the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const when = useMemo(() => parsePaneDate(yearText, asOfText), [yearText, asOfText]);
  const projection = useMemo(() => {
    if (!data || !data.register || !when.ok) return null;
    try {
      return projectWorkbook(data, when.year, when.asOf);
    } catch {
      return null;
    }
  }, [data, when]);
  const ctx = useMemo(() => (data ? registerContext(data, today) : null), [data, today]);
  const items = useMemo(
    () =>
      data?.register && when.ok
        ? placementListItems(data.register, { asOf: when.asOf, costCenter: costCenter || undefined, activeOnly, forms: data.forms, prices: data.prices })
        : [],
    [data, when, costCenter, activeOnly],
  );
  const units = useMemo(() => (data?.register ? registerCostCenters(data.register) : []), [data]);

  /** After an edit: read the register again and, when the workbook has the sheet, write it again. */
  const afterEdit = async (signal: { aborted: boolean }) => {
    const d = await loadPlacements(port, today);
    await ensurePlacementLists(port, d);
    if (!signal.aborted && when.ok && (await port.listSheets()).some((s) => s.name === PLACEMENTS_SHEET)) {
      await writePlacementsSheet(port, d, projectWorkbook(d, when.year, when.asOf));
    }
    setData(d);
  };

  const save = async (p: Placement): Promise<boolean> => {
    if (!ctx || !editing) return false;
    const current = editing;
    const done = await op.run(t('placements.pane.saving', { caseKey: p.caseKey }), async ({ signal }) => {
      if (current.mode === 'add') await addPlacement(port, ctx, p);
      else await updatePlacement(port, ctx, current.key, p);
      await afterEdit(signal);
      return true;
    });
    if (done) {
      setEditing(null);
      notices.show({ intent: 'success', title: t(current.mode === 'add' ? 'placements.pane.added' : 'placements.pane.updated', { caseKey: p.caseKey }) });
    }
    return !!done;
  };

  const end = async (p: Placement, endDate: string): Promise<boolean> => {
    if (!ctx) return false;
    const done = await op.run(t('placements.pane.ending', { caseKey: p.caseKey }), async ({ signal }) => {
      await endPlacement(port, ctx, p, endDate);
      await afterEdit(signal);
      return true;
    });
    if (done) {
      setEnding(null);
      notices.show({ intent: 'success', title: t('placements.pane.ended', { caseKey: p.caseKey, date: endDate }) });
    }
    return !!done;
  };

  const writeSheet = async () => {
    if (!when.ok) return;
    const done = await op.run(t('placements.pane.writing'), async () => {
      const d = await reload();
      const proj = projectWorkbook(d, when.year, when.asOf);
      return writePlacementsSheet(port, d, proj, { activate: true });
    });
    if (done) notices.show({ intent: 'success', title: t('placements.pane.written', { sheet: done }), message: t('placements.pane.writtenDetail') });
  };

  const openAdd = () => {
    setDialogKey((k) => k + 1);
    setEditing({ mode: 'add', draft: emptyDraft(today) });
  };
  const openEdit = (p: Placement) => {
    setDialogKey((k) => k + 1);
    setEditing({ mode: 'edit', draft: draftFromPlacement(p), key: { caseKey: p.caseKey, startDate: p.startDate } });
  };
  const byKey = useMemo(() => new Map((data?.register ?? []).map((r) => [`${r.placement.caseKey}|${r.placement.startDate}`, r.placement])), [data]);

  if (!data) {
    return (
      <article className={styles.root} data-testid="view-placements">
        <Title3 as="h2" className={styles.title}>
          {t('placements.pane.title')}
        </Title3>
        {loadError ? <Body1>{t('placements.pane.loadFailed')}</Body1> : <Spinner size="small" label={t('placements.pane.loading')} />}
      </article>
    );
  }

  return (
    <article className={styles.root} data-testid="view-placements">
      <Title3 as="h2" className={styles.title}>
        {t('placements.pane.title')}
      </Title3>
      <Body1>{t('placements.pane.lead')}</Body1>

      <div className={styles.row}>
        <Field label={t('placements.pane.year')} className={styles.small} {...(!when.ok && when.field === 'year' ? { validationState: 'error' as const, validationMessage: when.message } : {})}>
          <Input inputMode="numeric" data-testid="pl-year" value={yearText} onChange={(_, d) => setYearText(d.value)} />
        </Field>
        <Field label={t('placements.pane.asOf')} className={styles.grow} {...(!when.ok && when.field === 'asOf' ? { validationState: 'error' as const, validationMessage: when.message } : {})}>
          <Input type="date" data-testid="pl-asof" value={asOfText} onChange={(_, d) => setAsOfText(d.value)} />
        </Field>
      </div>

      <Card data-testid="pl-summary">
        <Subtitle2 as="h3">{projection ? t('placements.pane.summaryTitle', { year: projection.year, asOf: projection.asOf }) : t('placements.pane.summaryNone')}</Subtitle2>
        {projection ? (
          <>
            <div className={styles.figures}>
              <Body1>{projection.closedThrough ? t('placements.pane.earned', { month: periodLabelSv(projection.closedThrough) }) : t('placements.sheet.earnedNone')}</Body1>
              <Body1 className={styles.amount} data-testid="pl-earned">{kr(projection.earnedToDateOre)}</Body1>
              <Body1>{t('placements.pane.committed')}</Body1>
              <Body1 className={styles.amount} data-testid="pl-committed">{kr(projection.committedToYearEndOre)}</Body1>
              <Body1>{t('placements.pane.expectedNew')}</Body1>
              <Body1 className={styles.amount} data-testid="pl-expected">{kr(projection.expectedNewOre)}</Body1>
              <Body1 className={styles.strong}>{t('placements.pane.fullYear', { year: projection.year })}</Body1>
              <Body1 className={mergeClasses(styles.amount, styles.strong)} data-testid="pl-fullyear">{kr(projection.fullYearOre)}</Body1>
              {projection.bookedToDateOre !== null && (
                <>
                  <Caption1>{t('placements.pane.unbilled')}</Caption1>
                  <Caption1 className={styles.amount} data-testid="pl-unbilled">{kr(projection.unbilledOre)}</Caption1>
                </>
              )}
              <Caption1>{t('placements.pane.active', { asOf: projection.asOf })}</Caption1>
              <Caption1 className={styles.amount} data-testid="pl-active">{projection.activeAtAsOf}</Caption1>
            </div>
            {projection.alerts.length > 0 && (
              <>
                <Caption1 className={styles.strong} data-testid="pl-alert-count">{t('placements.pane.alerts', { count: projection.alerts.length })}</Caption1>
                <ul className={styles.alerts}>
                  {projection.alerts.slice(0, 5).map((a) => (
                    <li key={`${a.caseKey}|${a.kind}|${a.date}`}>
                      <Caption1>{`${a.caseKey}: ${t(`placements.alert.${a.kind}`)} (${a.date})`}</Caption1>
                    </li>
                  ))}
                </ul>
                {projection.alerts.length > 5 && <Caption1>{t('placements.pane.moreAlerts', { count: projection.alerts.length - 5 })}</Caption1>}
              </>
            )}
          </>
        ) : (
          <Body1>{data.register ? t('placements.pane.summaryInvalid') : t('placements.pane.noRegister')}</Body1>
        )}
        <div className={styles.row}>
          <Button appearance="primary" icon={<DocumentTableRegular />} onClick={writeSheet} disabled={op.busy || !projection} data-testid="pl-write-sheet">
            {t('placements.pane.writeSheet')}
          </Button>
        </div>
      </Card>

      <div className={styles.row}>
        <Subtitle2 as="h3" className={styles.grow}>
          {t('placements.pane.register', { count: data.register?.length ?? 0 })}
        </Subtitle2>
        <Button icon={<AddRegular />} onClick={openAdd} disabled={op.busy || !ctx} data-testid="pl-add">
          {t('placements.pane.add')}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={t('placements.pane.filterUnit')} className={styles.grow}>
          <Dropdown
            data-testid="pl-filter-unit"
            value={costCenter || t('placements.pane.allUnits')}
            selectedOptions={[costCenter]}
            onOptionSelect={(_, d) => setCostCenter(d.optionValue ?? '')}
          >
            <Option value="">{t('placements.pane.allUnits')}</Option>
            {units.map((u) => (
              <Option key={u} value={u}>
                {u}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch label={t('placements.pane.activeOnly')} checked={activeOnly} onChange={(_, d) => setActiveOnly(d.checked)} data-testid="pl-filter-active" />
      </div>

      <div className={styles.list} data-testid="pl-list">
        {items.length === 0 && <Caption1>{t('placements.pane.empty')}</Caption1>}
        {items.map((it) => {
          const id = `${it.caseKey}-${it.key.startDate}`;
          const p = byKey.get(`${it.key.caseKey}|${it.key.startDate}`);
          return (
            <Card key={id} className={styles.item} data-testid={`pl-item-${id}`} size="small">
              <div className={styles.itemHead}>
                <Body1 className={styles.strong}>{it.caseKey}</Body1>
                <Badge appearance="tint" color={it.status === 'active' ? 'success' : it.status === 'planned' ? 'informative' : 'subtle'}>
                  {t(`placements.pane.status.${it.status}`)}
                </Badge>
                <div className={styles.itemActions}>
                  <Button size="small" appearance="subtle" icon={<EditRegular />} aria-label={t('placements.pane.edit', { caseKey: it.caseKey })} disabled={op.busy || !p} onClick={() => p && openEdit(p)} data-testid={`pl-edit-${id}`} />
                  {it.status !== 'ended' && (
                    <Button size="small" appearance="subtle" icon={<CalendarCancelRegular />} aria-label={t('placements.pane.end', { caseKey: it.caseKey })} disabled={op.busy || !p} onClick={() => p && setEnding(p)} data-testid={`pl-end-${id}`} />
                  )}
                </div>
              </div>
              <Caption1 className={styles.wrap}>{`${it.costCenter} · ${it.form} · ${it.targetGroup}`}</Caption1>
              <Caption1 className={styles.wrap}>{`${it.period} · ${it.price}`}</Caption1>
              {it.nextReview && it.status !== 'ended' && <Caption1>{t('placements.pane.nextReview', { date: it.nextReview })}</Caption1>}
            </Card>
          );
        })}
      </div>

      {editing && ctx && (
        <PlacementDialog
          key={dialogKey}
          open
          title={t(editing.mode === 'add' ? 'placements.pane.addTitle' : 'placements.pane.editTitle', { caseKey: editing.draft.caseKey })}
          initial={editing.draft}
          ctx={editing.mode === 'edit' ? { ...ctx, defaultReview: false } : ctx}
          busy={op.busy}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {ending && <EndDialog key={`${ending.caseKey}|${ending.startDate}`} placement={ending} defaultDate={today} busy={op.busy} onEnd={end} onClose={() => setEnding(null)} />}
    </article>
  );
}
