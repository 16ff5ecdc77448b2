/**
 * What the Rapporter pane shows after "Skapa månadsrapport": the sheets written (a click shows the sheet), the
 * round used, the totals (core's figures, formatted only), the units missing a submitted forecast and the Stratsys
 * export. No arithmetic here.
 */
import { Body1, Button, Caption1, Card, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import { formatOre, type Ore } from '../../../core/money';
import { periodLabelSv } from '../../../core/dates';
import type { ReportRun } from '../../../core/report';

const useStyles = makeStyles({
  card: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  sheets: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
  },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  amount: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  negative: { color: tokens.colorPaletteRedForeground1 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
  missing: { color: tokens.colorPaletteRedForeground1 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  wrap: { overflowWrap: 'anywhere' },
});

interface Props {
  run: ReportRun;
  busy: boolean;
  onActivate(sheet: string): void;
  onStratsys(format: 'csv' | 'xlsx'): void;
}

export function ReportResult({ run, busy, onActivate, onStratsys }: Props) {
  const s = useStyles();
  const m = run.model;
  const money = (v: Ore | null) => (v === null ? '–' : formatOre(v, { unit: m.unit, decimals: 0, suffix: true }));
  const figure = (id: string, label: string, v: Ore | null) => (
    <>
      <Body1>{label}</Body1>
      <Body1 data-testid={`rp-total-${id}`} className={mergeClasses(s.amount, v !== null && v < 0 && id.startsWith('variance') && s.negative)}>
        {money(v)}
      </Body1>
    </>
  );
  return (
    <Card className={s.card} data-testid="rp-result">
      <Subtitle2 as="h3">{t('report.pane.resultTitle', { period: periodLabelSv(m.period) })}</Subtitle2>
      <Caption1 className={s.wrap} data-testid="rp-round">
        {m.roundLabel ? t('report.pane.roundUsed', { label: m.roundLabel }) : t('report.round.none')}
      </Caption1>

      <Body1>{t('report.pane.sheetsWritten')}</Body1>
      <div className={s.sheets} data-testid="rp-sheets">
        {run.sheets.map((name, i) => (
          <Button
            key={name}
            appearance="subtle"
            size="small"
            icon={<DocumentTableRegular />}
            onClick={() => onActivate(name)}
            data-testid={`rp-sheet-${i}`}
          >
            {name}
          </Button>
        ))}
      </div>

      <div className={s.figures} data-testid="rp-totals">
        {figure('budget', t('report.col.budgetYear'), m.total.budgetYearOre)}
        {figure('actual', t('report.col.actualToDate'), m.total.actualToDateOre)}
        {figure('forecast', t('report.col.forecast'), m.total.forecastOre)}
        {figure('varianceYear', t('report.col.varianceYear'), m.total.varianceYearOre)}
        {figure('actions', t('report.col.actionsYear'), m.total.actionsOre)}
        {figure('forecastAfter', t('report.col.forecastAfter'), m.total.forecastAfterActionsOre)}
      </div>

      {m.missingForecasts.length > 0 ? (
        <div data-testid="rp-missing">
          <Body1 className={s.missing}>{t('report.summary.missing', { count: m.missingForecasts.length })}</Body1>
          <ul className={s.list}>
            {m.missingForecasts.map((x) => (
              <li key={x.costCenter} data-testid={`rp-missing-${x.costCenter}`}>
                <Caption1>
                  {[x.costCenter, x.name].filter(Boolean).join(' ')} –{' '}
                  {x.status === 'draft' ? t('report.variance.statusDraft') : t('report.variance.statusNone')}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <Caption1 data-testid="rp-none-missing">{t('report.summary.noneMissing')}</Caption1>
      )}

      <Body1>{t('report.pane.stratsys')}</Body1>
      <Caption1 className={s.wrap}>{t('report.pane.stratsysHint')}</Caption1>
      <div className={s.row}>
        <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => onStratsys('csv')} data-testid="rp-stratsys-csv">
          {t('report.pane.stratsysCsv')}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={() => onStratsys('xlsx')} data-testid="rp-stratsys-xlsx">
          {t('report.pane.stratsysXlsx')}
        </Button>
      </div>
    </Card>
  );
}
