/**
 * The "Resursråd" section of the task pane (issue 7): the resource board builds a case with two to five placement
 * alternatives, sees the totals live, writes the sheet "Kostnadsunderlag <case key>" for the committee and can
 * reopen a case stored in the workbook.
 *
 * Thin by design: the form state is core's DraftCase; every figure and every message comes from core
 * (evaluateDraft → validateCase + computeCase, writeCostBasis, listStoredCases). No arithmetic here.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { formatOre } from '../../core/money';
import { DEFAULT_PRICE_LIST, type PriceEntry } from '../../core/prices';
import {
  caseFileToDraft,
  COMPONENT_UNITS,
  costBasisSheetName,
  emptyComponent,
  evaluateDraft,
  listStoredCases,
  loadPriceList,
  loadStoredCase,
  MAX_ALTERNATIVES,
  MIN_ALTERNATIVES,
  newDraft,
  nextAlternative,
  validateCase,
  writeCostBasis,
  type AlternativeResult,
  type ComponentUnit,
  type DraftAlternative,
  type DraftCase,
  type DraftComponent,
  type StoredCase,
} from '../../core/alternatives';
import { usePort } from '../context';
import { useLongOperation, useNotices } from '../status/StatusProvider';
import { ChooseAlternative } from './placements/ChooseAlternative';
import { VIEW_STYLES } from './styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  component: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  totals: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true });

type Touched = Record<string, true>;

/** Field props for a path: the validation message once the field was touched (or after a write attempt). */
function useFieldState(byField: Record<string, string>, touched: Touched, showAll: boolean) {
  return useCallback(
    (path: string) => {
      const message = byField[path];
      return message && (showAll || touched[path])
        ? { validationState: 'error' as const, validationMessage: message }
        : {};
    },
    [byField, touched, showAll],
  );
}

export default function ResourceBoardView() {
  const styles = useStyles();
  const port = usePort();
  const op = useLongOperation();
  const notices = useNotices();
  const [prices, setPrices] = useState<readonly PriceEntry[]>(DEFAULT_PRICE_LIST);
  const [draft, setDraft] = useState<DraftCase>(() => newDraft(new Date().toISOString().slice(0, 10)));
  const [touched, setTouched] = useState<Touched>({});
  const [showAll, setShowAll] = useState(false);
  const [stored, setStored] = useState<StoredCase[]>([]);
  const [chosenStored, setChosenStored] = useState('');

  const refreshStored = useCallback(async () => {
    try {
      setStored(await listStoredCases(port));
    } catch (e) {
      notices.showError(e);
    }
  }, [port, notices]);

  useEffect(() => {
    let alive = true;
    loadPriceList(port)
      .then((p) => alive && setPrices(p))
      .catch((e) => alive && notices.showError(e));
    listStoredCases(port)
      .then((s) => alive && setStored(s))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
    // Once per opening of the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const evaluation = useMemo(() => evaluateDraft(draft, prices), [draft, prices]);
  const fieldState = useFieldState(evaluation.byField, touched, showAll);
  const priceNames = useMemo(() => new Map(prices.map((p) => [p.name, p])), [prices]);

  const touch = (path: string) => setTouched((x) => (x[path] ? x : { ...x, [path]: true }));
  const update = (path: string, fn: (d: DraftCase) => void) => {
    touch(path);
    setDraft((d) => {
      const next = structuredClone(d);
      fn(next);
      return next;
    });
  };

  const write = async () => {
    setShowAll(true);
    if (!evaluation.valid) {
      try {
        validateCase(evaluation.file, prices);
      } catch (e) {
        notices.showError(e);
      }
      return;
    }
    const rc = evaluation.valid;
    const sheet = costBasisSheetName(rc.caseKey);
    const done = await op.run(t('alternatives.pane.writing', { sheet }), async ({ signal }) => {
      if (signal.aborted) return null;
      return writeCostBasis(port, rc, new Date().toISOString().slice(0, 19));
    });
    if (done) {
      notices.show({ intent: 'success', title: t('alternatives.pane.written', { sheet: done.sheet }), message: t('alternatives.pane.writtenDetail') });
      await refreshStored();
    }
  };

  const reopen = async () => {
    if (!chosenStored) return;
    try {
      const rc = await loadStoredCase(port, chosenStored);
      if (rc) {
        setDraft(caseFileToDraft(rc.file));
        setTouched({});
        setShowAll(false);
        notices.show({ intent: 'info', title: t('alternatives.pane.reopened', { key: rc.caseKey }) });
      }
    } catch (e) {
      notices.showError(e);
    }
  };

  const results = evaluation.result?.alternatives ?? [];
  return (
    <article className={styles.root} data-testid="view-resourceBoard">
      <Title3 as="h2" className={styles.title}>
        {t('alternatives.pane.title')}
      </Title3>
      <Body1>{t('alternatives.pane.lead')}</Body1>

      {stored.length > 0 && (
        <div className={styles.row}>
          <Field label={t('alternatives.pane.stored')} className={styles.control}>
            <Dropdown
              className={styles.control}
              data-testid="rb-stored"
              placeholder={t('alternatives.pane.storedPlaceholder')}
              value={chosenStored}
              selectedOptions={chosenStored ? [chosenStored] : []}
              onOptionSelect={(_, d) => setChosenStored(d.optionValue ?? '')}
            >
              {stored.map((s) => (
                <Option key={s.caseKey} value={s.caseKey} text={s.caseKey}>
                  {`${s.caseKey} (${s.date})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button icon={<FolderOpenRegular />} onClick={reopen} disabled={!chosenStored} data-testid="rb-reopen">
            {t('alternatives.pane.reopen')}
          </Button>
        </div>
      )}

      <Subtitle2 as="h3">{t('alternatives.pane.caseHeading')}</Subtitle2>
      <div className={styles.grid}>
        <Field label={t('alternatives.pane.caseKey')} hint={t('alternatives.pane.caseKeyHint')} required {...fieldState('caseKey')}>
          <Input className={styles.control} data-testid="rb-caseKey" value={draft.caseKey} onChange={(_, d) => update('caseKey', (x) => (x.caseKey = d.value))} />
        </Field>
        <Field label={t('alternatives.pane.date')} {...fieldState('date')}>
          <Input className={styles.control} type="date" data-testid="rb-date" value={draft.date} onChange={(_, d) => update('date', (x) => (x.date = d.value))} />
        </Field>
        <Field label={t('alternatives.pane.targetGroup')} {...fieldState('targetGroup')}>
          <Input className={styles.control} data-testid="rb-targetGroup" value={draft.targetGroup} onChange={(_, d) => update('targetGroup', (x) => (x.targetGroup = d.value))} />
        </Field>
        <Field label={t('alternatives.pane.firstMonth')} hint="ÅÅÅÅ-MM" {...fieldState('firstMonth')}>
          <Input className={styles.control} data-testid="rb-firstMonth" value={draft.firstMonth} onChange={(_, d) => update('firstMonth', (x) => (x.firstMonth = d.value))} />
        </Field>
        <Field label={t('alternatives.pane.horizon')} {...fieldState('horizonMonths')}>
          <Input className={styles.control} inputMode="numeric" data-testid="rb-horizon" value={draft.horizonMonths} onChange={(_, d) => update('horizonMonths', (x) => (x.horizonMonths = d.value))} />
        </Field>
      </div>
      <Field label={t('alternatives.pane.reason')} hint={t('alternatives.pane.reasonHint')} required {...fieldState('reason')}>
        <Textarea className={styles.control} data-testid="rb-reason" resize="vertical" value={draft.reason} onChange={(_, d) => update('reason', (x) => (x.reason = d.value))} />
      </Field>
      {fieldState('alternatives').validationMessage && (
        <Caption1 className={styles.wrap} style={{ color: tokens.colorPaletteRedForeground1 }}>
          {fieldState('alternatives').validationMessage}
        </Caption1>
      )}

      {draft.alternatives.map((alt, i) => (
        <AlternativeCard
          key={i}
          index={i}
          alt={alt}
          draft={draft}
          result={results[i]}
          horizon={evaluation.result?.periods.length ?? null}
          budgetYear={evaluation.result?.budgetYear ?? null}
          prices={prices}
          priceNames={priceNames}
          fieldState={fieldState}
          update={update}
          canRemove={draft.alternatives.length > MIN_ALTERNATIVES}
        />
      ))}
      <div className={styles.row}>
        <Button
          icon={<AddRegular />}
          disabled={draft.alternatives.length >= MAX_ALTERNATIVES}
          onClick={() => update('alternatives', (x) => x.alternatives.push(nextAlternative(x)))}
          data-testid="rb-add-alternative"
        >
          {t('alternatives.pane.addAlternative')}
        </Button>
      </div>

      <Card className={styles.card} data-testid="rb-summary">
        <Subtitle2 as="h3">{t('alternatives.pane.summary')}</Subtitle2>
        {evaluation.result ? (
          <div className={styles.summary}>
            <Body1 data-testid="rb-cheapest">{t('alternatives.pane.cheapest', { name: evaluation.result.cheapest })}</Body1>
            {evaluation.result.breakEven.map((b) => (
              <Caption1 key={`${b.a}|${b.b}`} className={styles.wrap}>
                {b.month === null
                  ? t('alternatives.cli.breakEvenNever', { a: b.a, b: b.b })
                  : t('alternatives.pane.breakEvenAt', { a: b.a, b: b.b, month: b.month })}
              </Caption1>
            ))}
          </div>
        ) : (
          <Body1 data-testid="rb-no-totals">{t('alternatives.pane.noTotals')}</Body1>
        )}
        <div className={styles.row}>
          <Button appearance="primary" icon={<DocumentTableRegular />} onClick={write} disabled={op.busy} data-testid="rb-write">
            {t('alternatives.pane.write')}
          </Button>
          {evaluation.valid ? (
            <Badge appearance="tint" color="success">
              {t('alternatives.pane.ready')}
            </Badge>
          ) : (
            <Badge appearance="tint" color="warning" data-testid="rb-issue-count">
              {t('alternatives.pane.issueCount', { count: evaluation.issues.length })}
            </Badge>
          )}
        </div>
      </Card>
      <ChooseAlternative rc={evaluation.valid ?? null} />
    </article>
  );
}

interface AlternativeCardProps {
  index: number;
  alt: DraftAlternative;
  draft: DraftCase;
  result: AlternativeResult | undefined;
  horizon: number | null;
  budgetYear: number | null;
  prices: readonly PriceEntry[];
  priceNames: Map<string, PriceEntry>;
  fieldState: (path: string) => { validationState?: 'error'; validationMessage?: string };
  update: (path: string, fn: (d: DraftCase) => void) => void;
  canRemove: boolean;
}

function AlternativeCard({ index, alt, draft, result, horizon, budgetYear, prices, priceNames, fieldState, update, canRemove }: AlternativeCardProps) {
  const styles = useStyles();
  const base = `alternatives[${index}]`;
  const others = draft.alternatives.filter((_, k) => k !== index).map((a) => a.name);
  return (
    <Card className={styles.card} data-testid={`rb-alt-${index}`}>
      <div className={styles.row}>
        <Subtitle2 as="h3" className={styles.wrap}>
          {t('alternatives.pane.alternative', { number: index + 1 })}
        </Subtitle2>
        {canRemove && (
          <Button
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={t('alternatives.pane.removeAlternative', { name: alt.name })}
            onClick={() => update('alternatives', (x) => x.alternatives.splice(index, 1))}
            data-testid={`rb-alt-${index}-remove`}
          />
        )}
      </div>
      <div className={styles.grid}>
        <Field label={t('alternatives.pane.name')} {...fieldState(`${base}.name`)}>
          <Input className={styles.control} data-testid={`rb-alt-${index}-name`} value={alt.name} onChange={(_, d) => update(`${base}.name`, (x) => (x.alternatives[index].name = d.value))} />
        </Field>
        <Field label={t('alternatives.pane.kind')} {...fieldState(`${base}.kind`)}>
          <Dropdown
            className={styles.control}
            data-testid={`rb-alt-${index}-kind`}
            value={t(`alternatives.kind.${alt.kind}`)}
            selectedOptions={[alt.kind]}
            onOptionSelect={(_, d) => update(`${base}.kind`, (x) => (x.alternatives[index].kind = d.optionValue === 'hemmaplan' ? 'hemmaplan' : 'extern'))}
          >
            <Option value="extern">{t('alternatives.kind.extern')}</Option>
            <Option value="hemmaplan">{t('alternatives.kind.hemmaplan')}</Option>
          </Dropdown>
        </Field>
      </div>
      <Field label={t('alternatives.pane.notes')} {...fieldState(`${base}.notes`)}>
        <Textarea className={styles.control} resize="vertical" data-testid={`rb-alt-${index}-notes`} value={alt.notes} onChange={(_, d) => update(`${base}.notes`, (x) => (x.alternatives[index].notes = d.value))} />
      </Field>
      {fieldState(`${base}.components`).validationMessage && (
        <Caption1 style={{ color: tokens.colorPaletteRedForeground1 }}>{fieldState(`${base}.components`).validationMessage}</Caption1>
      )}
      {alt.components.map((c, k) => (
        <ComponentEditor
          key={k}
          alt={index}
          index={k}
          comp={c}
          prices={prices}
          priceNames={priceNames}
          fieldState={fieldState}
          update={update}
          canRemove={alt.components.length > 1}
        />
      ))}
      <div className={styles.row}>
        <Button
          size="small"
          icon={<AddRegular />}
          onClick={() => update(`${base}.components`, (x) => x.alternatives[index].components.push({ ...emptyComponent(), label: t('alternatives.pane.newComponent') }))}
          data-testid={`rb-alt-${index}-add-component`}
        >
          {t('alternatives.pane.addComponent')}
        </Button>
      </div>
      <Checkbox
        label={t('alternatives.pane.risk')}
        checked={alt.risk.enabled}
        data-testid={`rb-alt-${index}-risk`}
        onChange={(_, d) =>
          update(`${base}.risk`, (x) => {
            const r = x.alternatives[index].risk;
            r.enabled = d.checked === true;
            if (r.enabled && !r.then) r.then = others[0] ?? '';
          })
        }
      />
      {alt.risk.enabled && (
        <div className={styles.grid}>
          <Field label={t('alternatives.pane.riskProbability')} {...fieldState(`${base}.risk.probability`)}>
            <Input className={styles.control} inputMode="decimal" contentAfter="%" data-testid={`rb-alt-${index}-risk-p`} value={alt.risk.probabilityPercent} onChange={(_, d) => update(`${base}.risk.probability`, (x) => (x.alternatives[index].risk.probabilityPercent = d.value))} />
          </Field>
          <Field label={t('alternatives.pane.riskAfter')} {...fieldState(`${base}.risk.afterMonth`)}>
            <Input className={styles.control} inputMode="numeric" data-testid={`rb-alt-${index}-risk-after`} value={alt.risk.afterMonth} onChange={(_, d) => update(`${base}.risk.afterMonth`, (x) => (x.alternatives[index].risk.afterMonth = d.value))} />
          </Field>
          <Field label={t('alternatives.pane.riskThen')} {...fieldState(`${base}.risk.then`)}>
            <Dropdown
              className={styles.control}
              data-testid={`rb-alt-${index}-risk-then`}
              value={alt.risk.then}
              selectedOptions={alt.risk.then ? [alt.risk.then] : []}
              onOptionSelect={(_, d) => update(`${base}.risk.then`, (x) => (x.alternatives[index].risk.then = d.optionValue ?? ''))}
            >
              {others.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      )}
      <div className={styles.totals} data-testid={`rb-alt-${index}-totals`}>
        {result ? (
          <>
            <Body1>{t('alternatives.pane.total', { months: horizon ?? '' })}</Body1>
            <Body1 className={styles.amount} data-testid={`rb-alt-${index}-total`}>
              <strong>{kr(result.totalOre)}</strong>
            </Body1>
            <Caption1>{t('alternatives.sheet.currentYear', { year: budgetYear ?? '' })}</Caption1>
            <Caption1 className={styles.amount}>{kr(result.currentYearOre)}</Caption1>
            <Caption1>{t('alternatives.pane.expected')}</Caption1>
            <Caption1 className={styles.amount} data-testid={`rb-alt-${index}-expected`}>
              {kr(result.expectedOre)}
            </Caption1>
            <Caption1>{t('alternatives.sheet.diff')}</Caption1>
            <Caption1 className={styles.amount}>{kr(result.diffToCheapestOre)}</Caption1>
          </>
        ) : (
          <Caption1>{t('alternatives.pane.noTotalsShort')}</Caption1>
        )}
      </div>
    </Card>
  );
}

interface ComponentEditorProps {
  alt: number;
  index: number;
  comp: DraftComponent;
  prices: readonly PriceEntry[];
  priceNames: Map<string, PriceEntry>;
  fieldState: (path: string) => { validationState?: 'error'; validationMessage?: string };
  update: (path: string, fn: (d: DraftCase) => void) => void;
  canRemove: boolean;
}

function ComponentEditor({ alt, index, comp, prices, priceNames, fieldState, update, canRemove }: ComponentEditorProps) {
  const styles = useStyles();
  const base = `alternatives[${alt}].components[${index}]`;
  const id = `rb-alt-${alt}-comp-${index}`;
  const set = (field: keyof DraftComponent, path: string) => (value: string) =>
    update(path, (x) => {
      (x.alternatives[alt].components[index] as unknown as Record<string, string>)[field] = value;
    });
  const entry = priceNames.get(comp.price.trim());
  return (
    <div className={styles.component} data-testid={id}>
      <div className={styles.grid}>
        <Field label={t('alternatives.pane.label')} {...fieldState(`${base}.label`)}>
          <Input className={styles.control} data-testid={`${id}-label`} value={comp.label} onChange={(_, d) => set('label', `${base}.label`)(d.value)} />
        </Field>
        <Field label={t('alternatives.pane.unit')} {...fieldState(`${base}.unit`)}>
          <Dropdown
            className={styles.control}
            data-testid={`${id}-unit`}
            value={t(`alternatives.unit.${comp.unit}`)}
            selectedOptions={[comp.unit]}
            onOptionSelect={(_, d) => set('unit', `${base}.unit`)((d.optionValue as ComponentUnit) ?? 'månad')}
          >
            {COMPONENT_UNITS.map((u) => (
              <Option key={u} value={u}>
                {t(`alternatives.unit.${u}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field
        label={t('alternatives.pane.price')}
        hint={entry ? `${kr(entry.priceOre)} / ${entry.unit} – ${entry.label}` : t('alternatives.pane.priceHint')}
        {...fieldState(`${base}.price`)}
      >
        <Combobox
          className={styles.control}
          data-testid={`${id}-price`}
          freeform
          value={comp.price}
          selectedOptions={entry ? [entry.name] : []}
          onOptionSelect={(_, d) => d.optionValue && set('price', `${base}.price`)(d.optionValue)}
          onChange={(e) => set('price', `${base}.price`)(e.target.value)}
        >
          {prices.map((p) => (
            <Option key={p.name} value={p.name} text={p.name}>
              {`${p.name} – ${kr(p.priceOre)}/${p.unit}`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <div className={styles.grid}>
        <Field label={t('alternatives.pane.quantity')} hint={t('alternatives.pane.quantityHint')} {...fieldState(`${base}.quantity`)}>
          <Input className={styles.control} data-testid={`${id}-quantity`} placeholder="1" value={comp.quantity} onChange={(_, d) => set('quantity', `${base}.quantity`)(d.value)} />
        </Field>
        <Field label={t('alternatives.pane.uplift')} {...fieldState(`${base}.uplift`)}>
          <Input className={styles.control} inputMode="decimal" contentAfter="%" data-testid={`${id}-uplift`} value={comp.upliftPercent} onChange={(_, d) => set('upliftPercent', `${base}.uplift`)(d.value)} />
        </Field>
        <Field label={t('alternatives.pane.from')} {...fieldState(`${base}.from`)}>
          <Input className={styles.control} inputMode="numeric" placeholder="1" data-testid={`${id}-from`} value={comp.from} onChange={(_, d) => set('from', `${base}.from`)(d.value)} />
        </Field>
        {comp.unit !== 'engång' && (
          <Field label={t('alternatives.pane.to')} {...fieldState(`${base}.to`)}>
            <Input className={styles.control} inputMode="numeric" placeholder={t('alternatives.pane.toPlaceholder')} data-testid={`${id}-to`} value={comp.to} onChange={(_, d) => set('to', `${base}.to`)(d.value)} />
          </Field>
        )}
      </div>
      {canRemove && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            onClick={() => update(`alternatives[${alt}].components`, (x) => x.alternatives[alt].components.splice(index, 1))}
            data-testid={`${id}-remove`}
          >
            {t('alternatives.pane.removeComponent')}
          </Button>
        </div>
      )}
    </div>
  );
}
