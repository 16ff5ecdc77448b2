/**
 * The "Import" section of the task pane (issue 3): files (file input, drop, the preview's example files) or the
 * active sheet / selection → for each, the detected kind, encoding, delimiter, header row and column mapping with
 * its confidence, changed or confirmed with dropdowns while the first rows (masked) follow → "Kontrollera och stäm
 * av" (analyseImport, with progress and cancel) → the reconciliation before writing → "Importera" (applyImport) →
 * the import log and what the workbook holds (readImportStatus).
 *
 * Thin by design: core reads, validates, reconciles and says what to show (src/core/import/paneModel.ts); the view
 * keeps the user's choices and calls core. No arithmetic here.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
  Title3,
  mergeClasses,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DocumentAddRegular,
  DocumentSearchRegular,
  TableSimpleRegular,
  TaskListSquareLtrRegular,
  DismissRegular,
} from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { isPeriod } from '../../core/dates';
import {
  activeSelectionSource,
  analyseImport,
  applyImport,
  choicesOf,
  importKinds,
  ImportRefusedError,
  previewSource,
  readImportStatus,
  userMappingFor,
  type ImportPlan,
  type ImportReconciliation,
  type ImportSource,
  type ImportStatus,
  progressView,
  summarizeReconciliation,
} from '../../core/import';
import { formatNumber } from '../../core/money';
import { usePaneEnvironment } from '../context';
import type { ExampleFile } from '../previewHost';
import { describeError } from '../status/describeError';
import { useLongOperation, useNotices } from '../status/StatusProvider';
import { fetchExampleFile, fileSource } from './import/fileSources';
import { ReconciliationPanel } from './import/ReconciliationPanel';
import { SourceCard, type ChosenSource } from './import/SourceCard';
import { StatusCard } from './import/StatusCard';
import { useImportStyles } from './import/styles';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xlsm,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORTABLE = /\.(csv|txt|tsv|xlsx|xlsm)$/i;

/** The local time as ISO 8601 with its offset ("2026-11-10T09:05:00+01:00"), for the import log. */
function localNow(): string {
  const d = new Date();
  const local = d.toLocaleString('sv-SE', { hour12: false }).replace(' ', 'T');
  const zone = new Intl.DateTimeFormat('sv-SE', { timeZoneName: 'longOffset' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const offset = zone.replace(/^GMT|^UTC/, '').replace('\u2212', '-');
  return local + (offset ? offset : 'Z');
}

type Result = { plan: ImportPlan; refused: null } | { plan: null; refused: ImportReconciliation };

export default function ImportView() {
  const styles = useImportStyles();
  const env = usePaneEnvironment();
  const port = env.port;
  const op = useLongOperation();
  const notices = useNotices();
  const [chosen, setChosen] = useState<ChosenSource[]>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [period, setPeriod] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [dragging, setDragging] = useState(false);
  const [examples, setExamples] = useState<ExampleFile[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const sources = useRef(new Map<number, ImportSource>());
  const requests = useRef(new Map<number, number>());
  const nextId = useRef(1);
  const nextRequest = useRef(1);
  const chosenRef = useRef(chosen);
  chosenRef.current = chosen;

  const kinds = useMemo(() => importKinds().map((k) => k.kind), []);
  const periodText = period.trim();
  const periodValid = periodText === '' || isPeriod(periodText);
  const givenPeriod = periodValid && periodText ? periodText : undefined;
  const periodRef = useRef(givenPeriod);
  periodRef.current = givenPeriod;

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await readImportStatus(port));
    } catch (e) {
      notices.showError(e);
    }
  }, [port, notices]);

  useEffect(() => {
    let alive = true;
    readImportStatus(port)
      .then((s) => alive && setStatus(s))
      .catch((e) => alive && notices.showError(e));
    env.preview
      ?.exampleFiles()
      .then((list) => alive && setExamples(list.filter((f) => IMPORTABLE.test(f.name))))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
    // Once per opening of the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  /** The source of a chosen file with the user's kind and columns. */
  const sourceFor = (c: ChosenSource): ImportSource => {
    const base = sources.current.get(c.id)!;
    const map = c.preview && Object.keys(c.choices).length ? userMappingFor(c.preview.headers, c.choices) : undefined;
    // A view of the source (not a copy): a file source that learns its sheet while reading keeps telling it.
    return Object.assign(Object.create(base) as ImportSource, { kind: c.kind, map });
  };

  const patch = (id: number, p: Partial<ChosenSource>) => setChosen((list) => list.map((c) => (c.id === id ? { ...c, ...p } : c)));

  /** Asks core for a new preview of one source (the latest request wins). */
  const refresh = async (c: ChosenSource) => {
    const req = nextRequest.current++;
    requests.current.set(c.id, req);
    patch(c.id, { loading: true });
    try {
      const preview = await previewSource(port, sourceFor(c), { period: periodRef.current });
      if (requests.current.get(c.id) === req) patch(c.id, { preview, error: null, loading: false });
    } catch (e) {
      if (requests.current.get(c.id) === req) patch(c.id, { preview: null, error: e, loading: false });
    }
  };

  const addSources = (items: { source: ImportSource; size?: number }[]) => {
    if (!items.length) return;
    setResult(null);
    const added = items.map(({ source, size }) => {
      const id = nextId.current++;
      sources.current.set(id, source);
      return { id, name: source.name, size, choices: {}, preview: null, error: null, loading: true } satisfies ChosenSource;
    });
    setChosen((list) => [...list, ...added]);
    for (const c of added) void refresh(c);
  };

  const addFiles = (files: readonly File[]) => addSources(files.map((f) => ({ source: fileSource(f), size: f.size })));

  const readSelection = async () => {
    try {
      addSources([{ source: await activeSelectionSource(port) }]);
    } catch (e) {
      notices.showError(e);
    }
  };

  const addExample = async (f: ExampleFile) => {
    try {
      addFiles([await fetchExampleFile(f.name, f.url)]);
    } catch (e) {
      notices.showError(e);
    }
  };

  const change = (id: number, next: (c: ChosenSource) => ChosenSource) => {
    const c = chosenRef.current.find((x) => x.id === id);
    if (!c) return;
    const n = next(c);
    setResult(null);
    patch(id, n);
    void refresh(n);
  };

  const choose = (id: number, field: string, column: number) =>
    change(id, (c) => {
      const choices: Record<string, number> = {};
      // A column moved to this field leaves the field it had.
      for (const [f, col] of Object.entries(c.choices)) if (f !== field && col !== column) choices[f] = col;
      if (column >= 0) choices[field] = column;
      return { ...c, choices };
    });

  const confirm = (id: number) => change(id, (c) => (c.preview ? { ...c, choices: choicesOf(c.preview) } : c));
  const setKind = (id: number, kind: string | undefined) => change(id, (c) => ({ ...c, kind, choices: {} }));
  const remove = (id: number) => {
    setResult(null);
    sources.current.delete(id);
    requests.current.delete(id);
    setChosen((list) => list.filter((c) => c.id !== id));
  };

  const changePeriod = (value: string) => {
    setPeriod(value);
    setResult(null);
    const v = value.trim();
    if (v !== '' && !isPeriod(v)) return;
    periodRef.current = v || undefined;
    for (const c of chosenRef.current) void refresh(c);
  };

  const analyse = async () => {
    setResult(null);
    notices.clear();
    const list = chosenRef.current;
    const label = t('import.pane.analysing', { files: list.map((c) => c.name).join(', ') });
    const outcome = await op.runQuiet(label, ({ signal, progress }) =>
      analyseImport(port, list.map(sourceFor), {
        now: localNow(),
        period: givenPeriod,
        skipInvalid,
        signal,
        onProgress: (p) => progress(progressView(p)),
      }),
    );
    if (outcome.status === 'done') setResult({ plan: outcome.value, refused: null });
    else if (outcome.status === 'cancelled') notices.showError({ name: 'CancelledError' });
    else if (outcome.error instanceof ImportRefusedError) {
      const e = outcome.error;
      const n = describeError(e);
      // The pane's own words for the way out (the core message names the CLI's --skip-invalid).
      const message = e.key === 'import.refused.rows' ? t('import.pane.refusedRows', e.params) : n.message;
      notices.show({ intent: 'error', title: n.title, message, issues: n.issues });
      setResult({ plan: null, refused: e.reconciliation });
    } else notices.showError(outcome.error);
  };

  const apply = async () => {
    const plan = result?.plan;
    if (!plan) return;
    const done = await op.run(t('import.pane.applying'), async () => {
      await applyImport(port, plan);
      return plan;
    });
    if (!done) return;
    const summary = summarizeReconciliation(done.reconciliation);
    notices.show({
      intent: 'success',
      title: t('import.pane.doneTitle'),
      message: t('import.pane.doneMessage', {
        rows: formatNumber(summary.rowsImported),
        files: summary.files,
        id: done.importId,
      }),
    });
    setResult(null);
    setChosen([]);
    sources.current.clear();
    await refreshStatus();
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    if (!op.busy) addFiles([...e.dataTransfer.files]);
  };

  const busy = op.busy;
  const anyLoading = chosen.some((c) => c.loading);
  return (
    <article className={styles.root} data-testid="view-import">
      <Title3 as="h2" className={styles.title}>
        {t('import.pane.title')}
      </Title3>
      <Body1>{t('import.pane.lead')}</Body1>

      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          if (!dragging) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={inputRef}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept={ACCEPT}
          data-testid="import-file-input"
          onChange={(e) => {
            addFiles([...(e.currentTarget.files ?? [])]);
            e.currentTarget.value = '';
          }}
        />
        <div className={styles.row}>
          <Button appearance="primary" icon={<DocumentAddRegular />} onClick={() => inputRef.current?.click()} disabled={busy} data-testid="import-choose">
            {t('import.pane.choose')}
          </Button>
          <Button icon={<TableSimpleRegular />} onClick={readSelection} disabled={busy} data-testid="import-read-selection">
            {t('import.pane.readSelection')}
          </Button>
          {examples.length > 0 && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button icon={<ArrowDownloadRegular />} disabled={busy} data-testid="import-examples">
                  {t('import.pane.examples')}
                </Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {examples.map((f) => (
                    <MenuItem key={f.url} onClick={() => void addExample(f)}>
                      {f.name}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
        </div>
        <Caption1 className={styles.muted}>{dragging ? t('import.pane.dropHere') : t('import.pane.chooseHint')}</Caption1>
      </div>

      {chosen.length > 0 && (
        <section className={styles.stack} aria-label={t('import.pane.sourcesHeading', { count: chosen.length })}>
          <Subtitle2 as="h3" className={styles.heading}>{t('import.pane.sourcesHeading', { count: chosen.length })}</Subtitle2>
          {chosen.map((c) => (
            <SourceCard
              key={c.id}
              chosen={c}
              kinds={kinds}
              disabled={busy}
              onChoose={(field, column) => choose(c.id, field, column)}
              onConfirm={() => confirm(c.id)}
              onKind={(kind) => setKind(c.id, kind)}
              onRemove={() => remove(c.id)}
            />
          ))}

          <Card className={styles.card} data-testid="import-options">
            <Subtitle2 as="h3" className={styles.heading}>{t('import.pane.options')}</Subtitle2>
            <Checkbox
              checked={skipInvalid}
              onChange={(_, d) => {
                setSkipInvalid(!!d.checked);
                setResult(null);
              }}
              label={t('import.pane.skipInvalid')}
              data-testid="import-skip-invalid"
              disabled={busy}
            />
            <Caption1 className={styles.muted}>{t('import.pane.skipInvalidHint')}</Caption1>
            <Field
              label={t('import.pane.period')}
              hint={t('import.pane.periodHint')}
              validationState={periodValid ? 'none' : 'error'}
              validationMessage={periodValid ? undefined : t('import.pane.periodInvalid')}
            >
              <Input value={period} onChange={(_, d) => changePeriod(d.value)} placeholder="ÅÅÅÅ-MM" data-testid="import-period" disabled={busy} />
            </Field>
            <div className={styles.row}>
              <Button
                appearance="primary"
                icon={<DocumentSearchRegular />}
                onClick={analyse}
                disabled={busy || anyLoading || !periodValid}
                data-testid="import-analyse"
              >
                {t('import.pane.analyse')}
              </Button>
            </div>
          </Card>
        </section>
      )}

      {result && (
        <ReconciliationPanel
          reconciliation={result.plan ? result.plan.reconciliation : result.refused}
          refused={!result.plan}
          actions={
            result.plan ? (
              <div className={styles.row}>
                <Button appearance="primary" icon={<TaskListSquareLtrRegular />} onClick={apply} disabled={busy} data-testid="import-apply">
                  {t('import.pane.apply')}
                </Button>
                <Button icon={<DismissRegular />} onClick={() => setResult(null)} disabled={busy} data-testid="import-discard">
                  {t('import.pane.discard')}
                </Button>
              </div>
            ) : null
          }
        />
      )}

      <StatusCard status={status} />
    </article>
  );
}
