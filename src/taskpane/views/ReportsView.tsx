/**
 * The "Rapporter" section of the task pane (issue 5): the ekonom chooses the period and kr/tkr and creates the
 * month's report ("Skapa månadsrapport", a long operation with progress and cancel) — the sheets Sammanställning
 * nämnd, Avvikelse per enhet, Prognossäkerhet and Diagram uppföljning are written through the port and listed (a
 * click shows the sheet); the units missing a submitted forecast are listed; the Stratsys export is offered as a
 * download; the action plan can be read and a row added.
 *
 * Thin by design: core reads, computes and lays out (src/core/report); the view keeps the choices and calls core.
 */
import { useCallback, useEffect, useState } from 'react';
import { Body1, Button, Caption1, Card, Dropdown, Field, Option, Radio, RadioGroup, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { t } from '../../core/strings';
import { periodLabelSv } from '../../core/dates';
import {
  createMonthlyReport,
  loadReportContext,
  stratsysCsvBytes,
  stratsysSheet,
  writeReportUnit,
  type ReportContext,
  type ReportRun,
  type ReportUnit,
} from '../../core/report';
import { usePort } from '../context';
import { useLongOperation, useNotices } from '../status/StatusProvider';
import { ActionPlanCard } from './reports/ActionPlanCard';
import { ReportResult } from './reports/ReportResult';
import { CSV_TYPE, XLSX_TYPE, downloadBytes } from '../download';
import { VIEW_STYLES } from './styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  card: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

const loadXlsx = () => import(/* webpackChunkName: "xlsx-file" */ '../../file');

export default function ReportsView() {
  const s = useStyles();
  const port = usePort();
  const op = useLongOperation();
  const notices = useNotices();
  const [ctx, setCtx] = useState<ReportContext | null>(null);
  const [period, setPeriod] = useState('');
  const [unit, setUnit] = useState<ReportUnit>('tkr');
  const [run, setRun] = useState<ReportRun | null>(null);
  const [version, setVersion] = useState(0);

  const loadContext = useCallback(async () => {
    try {
      const c = await loadReportContext(port);
      setCtx(c);
      setPeriod((p) => p || c.defaultPeriod || '');
      setUnit(c.unit);
    } catch (e) {
      notices.showError(e);
    }
  }, [port, notices]);

  useEffect(() => {
    void loadContext();
    // Once per opening of the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const create = async () => {
    if (!period) return;
    const done = await op.run(t('report.pane.creating', { period: periodLabelSv(period) }), async ({ signal, progress }) => {
      const r = await createMonthlyReport(port, {
        period,
        unit,
        signal,
        onProgress: (p) =>
          progress({
            done: p.done,
            total: p.total,
            detail: t(`report.pane.step.${p.step}`),
          }),
      });
      await writeReportUnit(port, unit);
      return r;
    });
    if (done) {
      setRun(done);
      setVersion((v) => v + 1);
      notices.show({
        intent: 'success',
        title: t('report.pane.created', {
          period: periodLabelSv(done.model.period),
        }),
        message: t('report.pane.createdDetail', { count: done.sheets.length }),
      });
    }
  };

  const activate = async (sheet: string) => {
    try {
      await port.activateSheet(sheet);
    } catch (e) {
      notices.showError(e);
    }
  };

  const stratsys = async (format: 'csv' | 'xlsx') => {
    if (!run) return;
    const base = `stratsys_prognos_${run.model.period}`;
    try {
      if (format === 'csv') {
        downloadBytes(`${base}.csv`, stratsysCsvBytes(run.model), CSV_TYPE);
      } else {
        const { XlsxWorkbook } = await loadXlsx();
        const spec = stratsysSheet(run.model);
        const wb = await XlsxWorkbook.create(`${base}.xlsx`);
        await wb.writeSheets([spec], { activate: spec.name });
        for (const x of await wb.listSheets()) if (x.name !== spec.name) await wb.deleteSheet(x.name);
        downloadBytes(`${base}.xlsx`, await wb.save(), XLSX_TYPE);
      }
    } catch (e) {
      notices.showError(e);
    }
  };

  return (
    <article className={s.root} data-testid="view-reports">
      <Title3 as="h2" className={s.title}>
        {t('report.pane.title')}
      </Title3>
      <Body1 className={s.wrap}>{t('report.pane.lead')}</Body1>

      <Card className={s.card}>
        {ctx && ctx.periods.length === 0 ? (
          <Body1 data-testid="rp-no-actuals">{t('report.pane.noActuals')}</Body1>
        ) : (
          <>
            <Field label={t('report.pane.period')}>
              <Dropdown
                className={s.control}
                data-testid="rp-period"
                placeholder={t('report.pane.choose')}
                value={period ? periodLabelSv(period) : ''}
                selectedOptions={period ? [period] : []}
                onOptionSelect={(_, d) => setPeriod(d.optionValue ?? '')}
              >
                {(ctx?.periods ?? []).map((p) => (
                  <Option key={p} value={p} text={periodLabelSv(p)}>
                    {`${periodLabelSv(p)} (${p})`}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label={t('report.pane.amounts')}>
              <RadioGroup layout="horizontal" value={unit} onChange={(_, d) => setUnit(d.value === 'kr' ? 'kr' : 'tkr')} data-testid="rp-unit">
                <Radio value="tkr" label={t('report.pane.tkr')} data-testid="rp-unit-tkr" />
                <Radio value="kr" label={t('report.pane.kr')} data-testid="rp-unit-kr" />
              </RadioGroup>
            </Field>
            <Caption1 className={s.wrap}>{t('report.pane.createHint')}</Caption1>
            <div className={s.row}>
              <Button appearance="primary" icon={<DocumentTableRegular />} onClick={create} disabled={op.busy || !period} data-testid="rp-create">
                {t('report.pane.create')}
              </Button>
            </div>
          </>
        )}
      </Card>

      {run && <ReportResult run={run} busy={op.busy} onActivate={activate} onStratsys={stratsys} />}

      {ctx && period && <ActionPlanCard port={port} period={period} unit={unit} units={ctx.units} version={version} busy={op.busy} />}
    </article>
  );
}
