/**
 * The action plan in the Rapporter pane: the rows of the workbook's table IFO_Atgardsplan (editable in Excel) with
 * their effect this year for the chosen period (core's actionEffect), and a form that adds a row (core's addAction
 * validates it; a refusal names the field and value). The amounts reduce the forecast in the next report.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import { formatOre } from '../../../core/money';
import type { WorkbookPort } from '../../../core/port';
import {
  ACTION_PLAN_TABLE,
  ACTION_STATUSES,
  ACTION_STATUS_CODES,
  actionPlanView,
  addAction,
  type ActionStatus,
  type ActionView,
  type ReportUnit,
} from '../../../core/report';
import { useNotices } from '../../status/StatusProvider';
import { VIEW_STYLES } from '../styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  card: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexDirection: 'column' },
});

interface Props {
  port: WorkbookPort;
  period: string;
  unit: ReportUnit;
  units: { costCenter: string; name: string }[];
  /** Changes when a report was written (the table may have been created). */
  version: number;
  busy: boolean;
}

const EMPTY = {
  action: '',
  responsible: '',
  costCenter: '',
  amount: '',
  from: '',
  status: 'proposed' as ActionStatus,
};

export function ActionPlanCard({ port, period, unit, units, version, busy }: Props) {
  const s = useStyles();
  const notices = useNotices();
  const [rows, setRows] = useState<ActionView[] | null>(null);
  const [form, setForm] = useState(EMPTY);
  const [saving, setSaving] = useState(false);

  const refresh = useCallback(async () => {
    if (!period) return;
    try {
      setRows(await actionPlanView(port, period));
    } catch (e) {
      setRows(null);
      notices.showError(e);
    }
  }, [port, period, notices]);

  useEffect(() => {
    void refresh();
    // The plan is read again when the period changes or a report was written.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port, period, version]);

  const add = async () => {
    setSaving(true);
    try {
      const known = new Set(units.map((u) => u.costCenter));
      const row = await addAction(
        port,
        {
          action: form.action,
          responsible: form.responsible,
          costCenter: form.costCenter,
          amountText: form.amount,
          fromText: form.from,
          status: form.status,
        },
        known,
      );
      notices.show({
        intent: 'success',
        title: t('report.pane.actionAdded', { action: row.action }),
        message: t('report.pane.actionAddedDetail', {
          sheet: ACTION_PLAN_TABLE.sheet,
        }),
      });
      setForm(EMPTY);
      await refresh();
    } catch (e) {
      notices.showError(e);
    } finally {
      setSaving(false);
    }
  };

  const money = (v: number) => formatOre(v, { unit, decimals: 0, suffix: true });
  return (
    <Card className={s.card} data-testid="rp-actions">
      <Subtitle2 as="h3">{t('report.summary.actions')}</Subtitle2>
      <Caption1 className={s.wrap}>{t('report.pane.actionsLead', { sheet: ACTION_PLAN_TABLE.sheet })}</Caption1>
      {rows && rows.length > 0 ? (
        <ul className={s.list} data-testid="rp-action-list">
          {rows.map((r) => (
            <li key={r.sheetRow} data-testid={`rp-action-${r.sheetRow}`}>
              <div className={s.item}>
                <Body1 className={s.wrap}>{r.action}</Body1>
                <Caption1 className={mergeClasses(s.wrap, s.muted)}>
                  {t('report.pane.actionLine', {
                    costCenter: r.costCenter,
                    responsible: r.responsible || '–',
                    status: ACTION_STATUS_CODES[r.status],
                    amount: money(r.amountOre),
                    from: r.fromPeriod,
                    effect: money(r.effectOre),
                    months: r.months,
                  })}
                </Caption1>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={s.muted} data-testid="rp-action-none">
          {t('report.pane.noActions')}
        </Caption1>
      )}

      <Body1>{t('report.pane.addAction')}</Body1>
      <Field label={t('report.col.actionText')} required>
        <Input
          className={s.control}
          data-testid="rp-action-text"
          value={form.action}
          onChange={(_, d) => setForm((f) => ({ ...f, action: d.value }))}
        />
      </Field>
      <div className={s.grid}>
        <Field label={t('report.col.responsible')} hint={t('report.pane.responsibleHint')}>
          <Input
            className={s.control}
            data-testid="rp-action-responsible"
            value={form.responsible}
            onChange={(_, d) => setForm((f) => ({ ...f, responsible: d.value }))}
          />
        </Field>
        <Field label={t('report.col.costCenter')} required>
          <Dropdown
            className={s.control}
            data-testid="rp-action-unit"
            placeholder={t('report.pane.choose')}
            value={form.costCenter}
            selectedOptions={form.costCenter ? [form.costCenter] : []}
            onOptionSelect={(_, d) => setForm((f) => ({ ...f, costCenter: d.optionValue ?? '' }))}
          >
            {units.map((u) => (
              <Option key={u.costCenter} value={u.costCenter} text={u.costCenter}>
                {[u.costCenter, u.name].filter(Boolean).join(' ')}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('report.pane.amountLabel')} hint={t('report.pane.amountHint')} required>
          <Input
            className={s.control}
            inputMode="decimal"
            data-testid="rp-action-amount"
            value={form.amount}
            onChange={(_, d) => setForm((f) => ({ ...f, amount: d.value }))}
          />
        </Field>
        <Field label={t('report.col.fromMonth')} hint="ÅÅÅÅ-MM" required>
          <Input
            className={s.control}
            data-testid="rp-action-from"
            value={form.from}
            onChange={(_, d) => setForm((f) => ({ ...f, from: d.value }))}
          />
        </Field>
        <Field label={t('report.col.status')}>
          <Dropdown
            className={s.control}
            data-testid="rp-action-status"
            value={ACTION_STATUS_CODES[form.status]}
            selectedOptions={[form.status]}
            onOptionSelect={(_, d) =>
              setForm((f) => ({
                ...f,
                status: (d.optionValue as ActionStatus) ?? 'proposed',
              }))
            }
          >
            {ACTION_STATUSES.map((st) => (
              <Option key={st} value={st} text={ACTION_STATUS_CODES[st]}>
                {ACTION_STATUS_CODES[st]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div>
        <Button icon={<AddRegular />} onClick={add} disabled={busy || saving} data-testid="rp-action-add">
          {t('report.pane.addActionButton')}
        </Button>
      </div>
    </Card>
  );
}
