/**
 * The enhetschef's side of the Prognos view: pick your unit(s) once (kept per user in the workbook's settings),
 * switch between them, and work on the chosen unit in the chosen round (UnitPanel).
 */
import { useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Card,
  Checkbox,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { EditRegular, SaveRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import { listUnits, parseRound, readMyUnits, writeMyUnits, type ForecastEnv, type UnitListItem } from '../../../core/forecast';
import { useNoticeActions } from './notices';
import { withMember } from './controls';
import type { DraftJournal } from './drafts';
import { UnitPanel } from './UnitPanel';
import { VIEW_STYLES } from '../styles';

const useStyles = makeStyles({
  ...VIEW_STYLES,
  list: {
    display: 'flex',
    flexDirection: 'column',
    maxHeight: '260px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  grow: { flexGrow: 1, minWidth: '180px' },
});

export const unitLabel = (u: UnitListItem | undefined, code: string): string => (u?.name ? t('forecast.pane.unit.option', { code, name: u.name }) : code);

interface ManagerPanelProps {
  env: ForecastEnv;
  round: string;
  journal: DraftJournal;
  /** A unit the ekonom chose to look at (not added to the user's own units). */
  focusUnit: string | null;
}

export function ManagerPanel({ env, round, journal, focusUnit }: ManagerPanelProps) {
  const s = useStyles();
  const notices = useNoticeActions();
  const [units, setUnits] = useState<UnitListItem[] | null>(null);
  const [mine, setMine] = useState<string[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [unit, setUnit] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const year = parseRound(round).year;

  useEffect(() => {
    let alive = true;
    Promise.all([listUnits(env, year), readMyUnits(env.port, env.user)]).then(
      ([u, m]) => {
        if (!alive) return;
        setUnits(u);
        setMine(m);
        setChosen(new Set(m));
        setEditing(m.length === 0);
        setUnit((cur) => (cur && m.includes(cur) ? cur : (m[0] ?? null)));
      },
      (e: unknown) => alive && notices.showError(e),
    );
    return () => {
      alive = false;
    };
    // Read again when the user or the year changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [env, year]);

  if (!units || !mine) return <Spinner size="small" label={t('forecast.pane.loading')} />;
  if (units.length === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="fc-no-units">
        <MessageBarBody>{t('forecast.pane.units.none')}</MessageBarBody>
      </MessageBar>
    );
  }
  const byCode = new Map(units.map((u) => [u.costCenter, u]));

  const saveMine = async () => {
    const list = units.map((u) => u.costCenter).filter((c) => chosen.has(c));
    if (list.length === 0) {
      setPickError(t('forecast.pane.units.noneChosen'));
      return;
    }
    try {
      await writeMyUnits(env.port, env.user, list);
      setMine(list);
      setEditing(false);
      setPickError(null);
      setUnit((cur) => (cur && list.includes(cur) ? cur : list[0]));
    } catch (e) {
      notices.showError(e);
    }
  };

  const shown = focusUnit ?? unit;
  if (focusUnit) {
    return (
      <div className={s.root} data-testid="fc-manager">
        <UnitPanel key={`${focusUnit}|${round}|${env.user}`} env={env} costCenter={focusUnit} round={round} journal={journal} />
      </div>
    );
  }
  return (
    <div className={s.root} data-testid="fc-manager">
      {editing ? (
        <Card className={s.card} data-testid="fc-unit-picker">
          <Subtitle2 as="h3">{t('forecast.pane.units.heading')}</Subtitle2>
          <Caption1>{t('forecast.pane.units.hint')}</Caption1>
          <div className={s.list} role="group" aria-label={t('forecast.pane.units.heading')}>
            {units.map((u) => (
              <Checkbox
                key={u.costCenter}
                label={unitLabel(u, u.costCenter)}
                checked={chosen.has(u.costCenter)}
                onChange={(_, d) => setChosen((x) => withMember(x, u.costCenter, d.checked === true))}
                data-testid={`fc-pick-${u.costCenter}`}
              />
            ))}
          </div>
          {pickError && (
            <MessageBar intent="error">
              <MessageBarBody>{pickError}</MessageBarBody>
            </MessageBar>
          )}
          <div className={s.row}>
            <Button appearance="primary" icon={<SaveRegular />} onClick={() => void saveMine()} data-testid="fc-pick-save">
              {t('forecast.pane.units.save')}
            </Button>
            {mine.length > 0 && (
              <Button
                onClick={() => {
                  setEditing(false);
                  setChosen(new Set(mine));
                }}
              >
                {t('forecast.pane.units.cancel')}
              </Button>
            )}
          </div>
        </Card>
      ) : (
        <div className={s.row}>
          {mine.length > 1 ? (
            <Field label={t('forecast.pane.unit')} className={s.grow}>
              <Dropdown
                className={s.control}
                value={unit ? unitLabel(byCode.get(unit), unit) : ''}
                selectedOptions={unit ? [unit] : []}
                onOptionSelect={(_, d) => setUnit(d.optionValue ?? null)}
                data-testid="fc-unit-select"
              >
                {mine.map((c) => (
                  <Option key={c} value={c} text={unitLabel(byCode.get(c), c)}>
                    {unitLabel(byCode.get(c), c)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          ) : null}
          <Button appearance="subtle" size="small" icon={<EditRegular />} onClick={() => setEditing(true)} data-testid="fc-pick-change">
            {t('forecast.pane.units.change')}
          </Button>
        </div>
      )}
      {!editing && shown && <UnitPanel key={`${shown}|${round}|${env.user}`} env={env} costCenter={shown} round={round} journal={journal} />}
    </div>
  );
}
