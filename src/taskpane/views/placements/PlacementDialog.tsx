/**
 * The add/edit form of one placement, in a dialog. The form state is core's PlacementDraft (text as typed); every
 * message comes from core (evaluatePlacementDraft → the register's own validation), shown under its field once
 * the field was touched or a save was tried. Saving writes to the workbook at once (the caller's onSave).
 */
import { useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { hasText, t } from '../../../core/strings';
import {
  PLACEMENT_HEADERS,
  TARGET_GROUPS,
  evaluatePlacementDraft,
  type Placement,
  type PlacementDraft,
  type PlacementField,
  type RegisterContext,
} from '../../../core/placements';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'start',
    minWidth: 0,
  },
  stack: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
  surface: { maxWidth: 'min(600px, calc(100vw - 24px))' },
  section: { margin: `${tokens.spacingVerticalXS} 0 0 0`, fontWeight: tokens.fontWeightSemibold },
});

export interface PlacementDialogProps {
  open: boolean;
  title: string;
  initial: PlacementDraft;
  ctx: RegisterContext;
  /** Writes the placement; throws (shown by the caller) on refusal. Resolves when written. */
  onSave: (p: Placement) => Promise<boolean>;
  onClose: () => void;
  busy?: boolean;
}

type Touched = Partial<Record<PlacementField, true>>;

const TEXT_FIELDS: PlacementField[] = ['caseKey', 'costCenter', 'account', 'provider'];
const DATE_FIELDS: PlacementField[] = ['startDate', 'endDate'];
const PRICE_FIELDS: PlacementField[] = ['pricePerDay', 'pricePerMonth', 'expensesPerMonth', 'extraPerMonth'];
const TERMS_FIELDS: PlacementField[] = ['uplift', 'upliftDate', 'nextReview', 'decisionDate'];

export function PlacementDialog({ open, title, initial, ctx, onSave, onClose, busy }: PlacementDialogProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<PlacementDraft>(initial);
  const [touched, setTouched] = useState<Touched>({});
  const [showAll, setShowAll] = useState(false);
  const evaluation = useMemo(() => evaluatePlacementDraft(draft, ctx), [draft, ctx]);

  const set = (f: PlacementField, value: string) => {
    setTouched((x) => (x[f] ? x : { ...x, [f]: true }));
    setDraft((d) => ({ ...d, [f]: value }));
  };
  const state = (f: PlacementField) => {
    const m = evaluation.byField[f];
    return m && (showAll || touched[f]) ? { validationState: 'error' as const, validationMessage: m } : {};
  };
  const hint = (f: PlacementField): string | undefined => {
    const key = `placements.pane.hint.${f}`;
    return hasText(key) ? t(key) : undefined;
  };
  const input = (f: PlacementField, type: 'text' | 'date' = 'text') => (
    <Field key={f} label={PLACEMENT_HEADERS[f]} hint={hint(f)} required={['caseKey', 'costCenter', 'account', 'startDate'].includes(f)} {...state(f)}>
      <Input className={styles.control} type={type} data-testid={`pl-field-${f}`} value={draft[f]} onChange={(_, d) => set(f, d.value)} />
    </Field>
  );
  const choice = (f: PlacementField, options: readonly string[], allowEmpty = false) => (
    <Field key={f} label={PLACEMENT_HEADERS[f]} required={!allowEmpty} {...state(f)}>
      <Dropdown
        className={styles.control}
        data-testid={`pl-field-${f}`}
        value={draft[f]}
        selectedOptions={draft[f] ? [draft[f]] : []}
        onOptionSelect={(_, d) => set(f, d.optionValue ?? '')}
      >
        {allowEmpty && <Option value="">{t('placements.pane.none')}</Option>}
        {options.map((o) => (
          <Option key={o} value={o}>
            {o}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );

  const save = async () => {
    setShowAll(true);
    if (!evaluation.placement) return;
    if (await onSave(evaluation.placement)) setShowAll(false);
  };

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="pl-dialog">
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.stack}>
            <div className={styles.grid}>
              {TEXT_FIELDS.slice(0, 3).map((f) => input(f))}
              {choice('targetGroup', TARGET_GROUPS)}
              {choice('form', ctx.forms.map((x) => x.name))}
              {choice('legalBasis', ctx.legalBases.map((x) => x.name), true)}
            </div>
            {input('provider')}
            <div className={styles.grid}>{DATE_FIELDS.map((f) => input(f, 'date'))}</div>
            <div className={styles.section}>{t('placements.pane.prices')}</div>
            <div className={styles.grid}>{PRICE_FIELDS.map((f) => input(f))}</div>
            <div className={styles.grid}>{TERMS_FIELDS.map((f) => input(f, f === 'uplift' ? 'text' : 'date'))}</div>
            <Field label={PLACEMENT_HEADERS.note} {...state('note')}>
              <Textarea className={styles.control} data-testid="pl-field-note" resize="vertical" value={draft.note} onChange={(_, d) => set('note', d.value)} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} data-testid="pl-cancel">
              {t('placements.pane.cancel')}
            </Button>
            <Button appearance="primary" onClick={save} disabled={busy} data-testid="pl-save">
              {t('placements.pane.save')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
