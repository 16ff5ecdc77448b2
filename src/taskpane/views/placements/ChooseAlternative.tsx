/**
 * "Välj alternativ" in the Resursråd view: the committee chose one of the case's alternatives; it becomes a
 * placement in the register (core: alternativeToPlacement → draftFromAlternative), with the decision date and a
 * note naming the case. The user completes unit and account in the same dialog as "Ny placering"; saving writes
 * the row at once (addPlacement), and the sheet "Placeringar" again when the workbook has it.
 */
import { useState } from 'react';
import { Body1, Button, Card, Dropdown, Field, Input, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import type { ResourceCase } from '../../../core/alternatives';
import { alternativeToPlacement } from '../../../core/alternatives/toPlacement';
import {
  PLACEMENTS_SHEET,
  addPlacement,
  draftFromAlternative,
  ensurePlacementLists,
  loadPlacements,
  paneDefaults,
  projectWorkbook,
  registerContext,
  writePlacementsSheet,
  type Placement,
  type PlacementDraft,
  type RegisterContext,
} from '../../../core/placements';
import { usePort } from '../../context';
import { useLongOperation, useNotices } from '../../status/StatusProvider';
import { PlacementDialog } from './PlacementDialog';
import { localToday } from './today';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  grow: { flexGrow: 1, minWidth: '140px' },
  card: { minWidth: 0 },
});

export function ChooseAlternative({ rc }: { rc: ResourceCase | null }) {
  const styles = useStyles();
  const port = usePort();
  const op = useLongOperation();
  const notices = useNotices();
  const today = localToday();
  const [index, setIndex] = useState(0);
  const [decisionDate, setDecisionDate] = useState(today);
  const [dialog, setDialog] = useState<{ draft: PlacementDraft; ctx: RegisterContext; title: string } | null>(null);
  const [dialogKey, setDialogKey] = useState(0);
  const chosen = rc ? Math.min(index, rc.alternatives.length - 1) : 0;

  const open = async () => {
    if (!rc) return;
    try {
      const data = await loadPlacements(port, today);
      const terms = alternativeToPlacement(rc, chosen);
      setDialogKey((k) => k + 1);
      setDialog({
        draft: draftFromAlternative(terms, decisionDate, data.forms),
        ctx: registerContext(data, today),
        title: t('placements.pane.chooseTitle', { alternative: terms.alternative }),
      });
    } catch (e) {
      notices.showError(e);
    }
  };

  const save = async (p: Placement): Promise<boolean> => {
    if (!dialog) return false;
    const ctx = dialog.ctx;
    const done = await op.run(t('placements.pane.saving', { caseKey: p.caseKey }), async () => {
      await addPlacement(port, ctx, p);
      const d = await loadPlacements(port, today);
      await ensurePlacementLists(port, d);
      if ((await port.listSheets()).some((s) => s.name === PLACEMENTS_SHEET)) {
        const def = paneDefaults(d.actualPeriods, today);
        await writePlacementsSheet(port, d, projectWorkbook(d, def.year, def.asOf));
      }
      return true;
    });
    if (done) {
      setDialog(null);
      notices.show({ intent: 'success', title: t('placements.pane.added', { caseKey: p.caseKey }) });
    }
    return !!done;
  };

  return (
    <Card className={styles.card} data-testid="rb-choose">
      <Subtitle2 as="h3">{t('placements.pane.chooseAlternative')}</Subtitle2>
      <Body1>{rc ? t('placements.pane.chooseLead') : t('placements.pane.chooseInvalid')}</Body1>
      <div className={styles.row}>
        <Field label={t('placements.pane.chooseWhich')} className={styles.grow}>
          <Dropdown
            data-testid="rb-choose-alternative"
            disabled={!rc}
            value={rc?.alternatives[chosen]?.name ?? ''}
            selectedOptions={rc ? [String(chosen)] : []}
            onOptionSelect={(_, d) => setIndex(Number(d.optionValue ?? 0))}
          >
            {(rc?.alternatives ?? []).map((a, i) => (
              <Option key={i} value={String(i)} text={a.name}>
                {a.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('placements.pane.decisionDate')} className={styles.grow}>
          <Input type="date" data-testid="rb-choose-date" value={decisionDate} onChange={(_, d) => setDecisionDate(d.value)} />
        </Field>
        <Button icon={<CheckmarkRegular />} disabled={!rc || op.busy} onClick={open} data-testid="rb-choose-open">
          {t('placements.pane.chooseAlternative')}
        </Button>
      </div>
      {dialog && (
        <PlacementDialog key={dialogKey} open title={dialog.title} initial={dialog.draft} ctx={dialog.ctx} busy={op.busy} onSave={save} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
