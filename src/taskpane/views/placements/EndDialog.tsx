/** Ending a placement: the end date (today by default), validated by core (endedPlacement), written at once. */
import { useState } from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
} from '@fluentui/react-components';
import { t } from '../../../core/strings';
import { isUserError } from '../../../core/errors';
import { isIsoDate } from '../../../core/dates';
import { endedPlacement, type Placement } from '../../../core/placements';

const useStyles = makeStyles({ control: { width: '100%' }, surface: { maxWidth: 'min(420px, calc(100vw - 24px))' } });

export interface EndDialogProps {
  placement: Placement | null;
  defaultDate: string;
  onEnd: (p: Placement, endDate: string) => Promise<boolean>;
  onClose: () => void;
  busy?: boolean;
}

export function EndDialog({ placement, defaultDate, onEnd, onClose, busy }: EndDialogProps) {
  const styles = useStyles();
  const [date, setDate] = useState(defaultDate);
  let message: string | undefined;
  if (placement) {
    if (!isIsoDate(date)) message = t('placements.field.date');
    else {
      try {
        endedPlacement(placement, date);
      } catch (e) {
        message = isUserError(e) ? e.message : String(e);
      }
    }
  }
  return (
    <Dialog open={placement !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="pl-end-dialog">
        <DialogBody>
          <DialogTitle>{t('placements.pane.endTitle', { caseKey: placement?.caseKey ?? '' })}</DialogTitle>
          <DialogContent>
            <Body1>{t('placements.pane.endLead')}</Body1>
            <Field label={t('placements.pane.endDate')} {...(message ? { validationState: 'error' as const, validationMessage: message } : {})}>
              <Input className={styles.control} type="date" data-testid="pl-end-date" value={date} onChange={(_, d) => setDate(d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {t('placements.pane.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy || !!message} onClick={() => placement && onEnd(placement, date)} data-testid="pl-end-confirm">
              {t('placements.pane.endConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
