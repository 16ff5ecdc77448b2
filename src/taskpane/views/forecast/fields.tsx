/**
 * Input fields that save themselves: there is no save button. A field commits what was typed
 * - after a short pause in typing (debounce), and at once on blur or Enter;
 * - and keeps every keystroke in the draft journal (drafts.ts) until the workbook has it, so a pane closed mid-edit
 *   commits the text when it opens again.
 * The commit goes to the core session (validation, phasing, write); its answer is shown inline: refused (the text
 * stays, nothing is stored), a question to confirm ("Spara ändå"), or saved.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { t } from '../../../core/strings';
import type { ForecastMessage } from '../../../core/forecast';
import type { DraftJournal } from './drafts';

/** What a commit answered (the session's SaveResult, reduced to what a field shows). */
export type CommitOutcome =
  | { status: 'saved' }
  | { status: 'refused'; errors: ForecastMessage[] }
  | { status: 'confirm'; questions: ForecastMessage[] }
  /** Something else failed (shown by the pane's notice area); the text stays and the draft is kept. */
  | { status: 'failed' };

export type Commit = (text: string, confirmed: boolean) => Promise<CommitOutcome>;

export const AMOUNT_DEBOUNCE_MS = 900;
export const COMMENT_DEBOUNCE_MS = 700;

export const useFieldStyles = makeStyles({
  /** An input the user types in: Excel's convention of light yellow input cells. */
  input: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    ':focus-within': { backgroundColor: tokens.colorNeutralBackground1 },
    minWidth: 0,
    width: '100%',
  },
  amount: { '& input': { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } },
  readOnly: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  state: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXXS, minHeight: '16px' },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  unsaved: { color: tokens.colorNeutralForeground3 },
  field: { minWidth: 0 },
});

interface AutoCommitOptions {
  /** The stored value as the field shows it ('' when none). */
  stored: string;
  journal: DraftJournal;
  journalKey: string;
  debounceMs: number;
  disabled: boolean;
  commit: Commit;
  /** Called when a value typed before the pane was closed has been committed on opening. */
  onRestored?: () => void;
}

type FieldState = 'idle' | 'saving' | 'saved' | 'refused' | 'confirm' | 'failed';

/** The commit logic shared by amount and comment fields. */
export function useAutoCommit({ stored, journal, journalKey, debounceMs, disabled, commit, onRestored }: AutoCommitOptions) {
  const [text, setText] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<FieldState>('idle');
  const [messages, setMessages] = useState<ForecastMessage[]>([]);
  const latest = useRef(stored);
  const storedRef = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  storedRef.current = stored;

  // Follows the stored value while the user has nothing unsaved in the field.
  useEffect(() => {
    if (!dirty) {
      setText(stored);
      latest.current = stored;
    }
  }, [stored, dirty]);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const commitNow = useCallback(
    async (confirmed: boolean): Promise<void> => {
      clearTimer();
      const typed = latest.current;
      if (typed === storedRef.current && !confirmed) {
        journal.remove(journalKey);
        setDirty(false);
        setState('idle');
        setMessages([]);
        return;
      }
      setState('saving');
      const r = await commit(typed, confirmed);
      if (!mounted.current) return;
      // Typed on while saving: the newer text commits on its own (debounce, blur).
      if (latest.current !== typed) return;
      if (r.status === 'saved') {
        journal.remove(journalKey);
        setDirty(false);
        setState('saved');
        setMessages([]);
      } else if (r.status === 'refused') {
        setState('refused');
        setMessages(r.errors);
      } else if (r.status === 'confirm') {
        setState('confirm');
        setMessages(r.questions);
      } else {
        setState('failed');
        setMessages([]);
      }
    },
    [commit, journal, journalKey],
  );

  // On opening: a value typed before the pane was closed (and never saved) is committed now.
  useEffect(() => {
    mounted.current = true;
    const d = journal.restore(journalKey, storedRef.current);
    if (d && !disabled) {
      setText(d.text);
      latest.current = d.text;
      setDirty(true);
      void commitNow(false).then(() => onRestored?.());
    }
    return () => {
      mounted.current = false;
      clearTimer();
    };
    // Once per field and key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [journalKey]);

  const onChange = (value: string) => {
    setText(value);
    latest.current = value;
    setDirty(true);
    journal.put(journalKey, value, storedRef.current);
    if (state !== 'saving') setState('idle');
    setMessages([]);
    clearTimer();
    timer.current = setTimeout(() => void commitNow(false), debounceMs);
  };

  const onBlur = () => {
    if (dirty && state !== 'confirm') void commitNow(false);
  };

  const undo = () => {
    clearTimer();
    journal.remove(journalKey);
    setText(storedRef.current);
    latest.current = storedRef.current;
    setDirty(false);
    setState('idle');
    setMessages([]);
  };

  return { text, dirty, state, messages, onChange, onBlur, commitNow, undo };
}

function StateLine({ state, dirty }: { state: FieldState; dirty: boolean }) {
  const s = useFieldStyles();
  if (state === 'saving') {
    return (
      <span className={s.state} data-field-state="saving">
        <Spinner size="extra-tiny" />
        <Caption1>{t('forecast.pane.input.saving')}</Caption1>
      </span>
    );
  }
  if (state === 'saved' && !dirty) {
    return (
      <span className={mergeClasses(s.state, s.saved)} data-field-state="saved" role="status">
        <CheckmarkCircleRegular />
        <Caption1>{t('forecast.pane.input.saved')}</Caption1>
      </span>
    );
  }
  if (dirty && (state === 'refused' || state === 'failed')) {
    return (
      <span className={mergeClasses(s.state, s.unsaved)} data-field-state="unsaved">
        <Caption1>{t('forecast.pane.input.notSaved')}</Caption1>
      </span>
    );
  }
  return null;
}

function Questions({ messages, onConfirm, onUndo, testId }: { messages: ForecastMessage[]; onConfirm: () => void; onUndo: () => void; testId: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={`${testId}-confirm`}>
      <MessageBarBody>
        {messages.map((m) => (
          <div key={m.key + m.message}>{m.message}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" onClick={onConfirm} data-testid={`${testId}-confirm-yes`}>
          {t('forecast.pane.input.confirm')}
        </Button>
        <Button size="small" onClick={onUndo}>
          {t('forecast.pane.input.undo')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface CommonFieldProps {
  label: string;
  hint?: string;
  required?: boolean;
  /** Shown as the field's error when nothing typed is pending (e.g. "Orsak krävs" after a submit attempt). */
  ruleMessage?: string;
  stored: string;
  journal: DraftJournal;
  journalKey: string;
  disabled: boolean;
  commit: Commit;
  testId: string;
  ariaLabel?: string;
  onRestored?: () => void;
}

/** An amount in kronor, committed through the session (Swedish format, tkr/mnkr accepted). */
export function AmountField(props: CommonFieldProps & { placeholder?: string; compact?: boolean }) {
  const s = useFieldStyles();
  const f = useAutoCommit({ ...props, debounceMs: AMOUNT_DEBOUNCE_MS });
  const error = f.state === 'refused' ? f.messages.map((m) => m.message).join(' ') : !f.dirty ? props.ruleMessage : undefined;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') void f.commitNow(false);
    if (e.key === 'Escape') f.undo();
  };
  return (
    <div className={s.field}>
      <Field
        label={props.label}
        hint={props.compact ? undefined : props.hint}
        required={props.required}
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
        size={props.compact ? 'small' : 'medium'}
      >
        <Input
          className={mergeClasses(s.input, s.amount, props.disabled && s.readOnly)}
          value={f.text}
          inputMode="decimal"
          autoComplete="off"
          placeholder={props.placeholder}
          disabled={props.disabled}
          aria-label={props.ariaLabel}
          onChange={(_, d) => f.onChange(d.value)}
          onBlur={f.onBlur}
          onKeyDown={onKeyDown}
          data-testid={props.testId}
          data-dirty={f.dirty ? 'true' : 'false'}
          size={props.compact ? 'small' : 'medium'}
        />
      </Field>
      <StateLine state={f.state} dirty={f.dirty} />
      {f.state === 'confirm' && (
        <Questions messages={f.messages} onConfirm={() => void f.commitNow(true)} onUndo={f.undo} testId={props.testId} />
      )}
    </div>
  );
}

/** Orsak or åtgärd: free text, checked by core (length, no personnummer). */
export function CommentField(props: CommonFieldProps) {
  const s = useFieldStyles();
  const f = useAutoCommit({ ...props, debounceMs: COMMENT_DEBOUNCE_MS });
  const error = f.state === 'refused' ? f.messages.map((m) => m.message).join(' ') : !f.dirty && !f.text.trim() ? props.ruleMessage : undefined;
  return (
    <div className={s.field}>
      <Field label={props.label} hint={props.hint} required={props.required} validationState={error ? 'error' : 'none'} validationMessage={error}>
        <Textarea
          className={mergeClasses(s.input, props.disabled && s.readOnly)}
          value={f.text}
          resize="vertical"
          disabled={props.disabled}
          onChange={(_, d) => f.onChange(d.value)}
          onBlur={f.onBlur}
          data-testid={props.testId}
          data-dirty={f.dirty ? 'true' : 'false'}
        />
      </Field>
      <StateLine state={f.state} dirty={f.dirty} />
    </div>
  );
}
