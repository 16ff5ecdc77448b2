/**
 * The pane's shared status: the one long operation (progress + cancel) and the notice (error, warning, result)
 * shown above the view. Views use the hooks:
 *
 *   const op = useLongOperation();
 *   const result = await op.run(t('pane.import.running', { file }), async ({ signal, progress }) => {
 *     progress({ done: 0, total: rows });
 *     await port.replaceTable(def, rows, { signal, onProgress: (p) => progress(p) });
 *     return summary;
 *   });                                   // undefined when it failed or was cancelled (already shown)
 *
 *   const notices = useNotices();
 *   try { … } catch (e) { notices.showError(e); }   // a UserError lists file/row/column/value per issue
 *   notices.show({ intent: 'success', title: t('pane.import.doneTitle'), message: … });
 */
import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  LongOperationRunner,
  type OperationContext,
  type OperationOutcome,
  type OperationState,
} from './longOperation';
import { describeError, type IssueRow, type Notice, type NoticeIntent } from './describeError';

interface StatusContextValue {
  runner: LongOperationRunner;
  notice: Notice | null;
  setNotice: (n: Notice | null) => void;
}

const StatusContext = createContext<StatusContextValue | null>(null);

export function StatusProvider({ children, runner }: { children: ReactNode; runner?: LongOperationRunner }) {
  const [ownRunner] = useState(() => runner ?? new LongOperationRunner());
  const [notice, setNotice] = useState<Notice | null>(null);
  const value = useMemo(() => ({ runner: ownRunner, notice, setNotice }), [ownRunner, notice]);
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

function useStatus(): StatusContextValue {
  const s = useContext(StatusContext);
  if (!s) throw new Error('useLongOperation/useNotices: outside StatusProvider');
  return s;
}

export interface NoticeInput {
  intent: NoticeIntent;
  title: string;
  message?: string;
  issues?: IssueRow[];
}

export interface NoticeApi {
  notice: Notice | null;
  /** Shows an error: a UserError with its issues, a cancellation as information, anything else as internal. */
  showError(e: unknown): void;
  show(n: NoticeInput): void;
  clear(): void;
}

export function useNotices(): NoticeApi {
  const { notice, setNotice } = useStatus();
  const showError = useCallback((e: unknown) => setNotice(describeError(e)), [setNotice]);
  const show = useCallback(
    (n: NoticeInput) =>
      setNotice({ intent: n.intent, title: n.title, message: n.message ?? '', issues: n.issues ?? [] }),
    [setNotice],
  );
  const clear = useCallback(() => setNotice(null), [setNotice]);
  return { notice, showError, show, clear };
}

export interface LongOperationApi {
  /** True while an operation runs (disable the buttons that would start another). */
  busy: boolean;
  state: OperationState | null;
  /**
   * Runs `work` with progress and cancel in the status area. A failure is shown as a notice, a cancellation as
   * information; both return undefined. Only one operation runs at a time.
   */
  run<T>(label: string, work: (ctx: OperationContext) => Promise<T>): Promise<T | undefined>;
  /** Like run, but shows nothing on failure: the caller handles the outcome. */
  runQuiet<T>(label: string, work: (ctx: OperationContext) => Promise<T>): Promise<OperationOutcome<T>>;
  cancel(): void;
}

export function useLongOperation(): LongOperationApi {
  const { runner, setNotice } = useStatus();
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  const runQuiet = useCallback(
    <T,>(label: string, work: (ctx: OperationContext) => Promise<T>) => runner.run(label, work),
    [runner],
  );
  const run = useCallback(
    async <T,>(label: string, work: (ctx: OperationContext) => Promise<T>): Promise<T | undefined> => {
      if (!runner.busy) setNotice(null);
      const outcome = await runner.run(label, work);
      if (outcome.status === 'done') return outcome.value;
      setNotice(describeError(outcome.status === 'failed' ? outcome.error : { name: 'CancelledError' }));
      return undefined;
    },
    [runner, setNotice],
  );
  const cancel = useCallback(() => runner.cancel(), [runner]);
  return { busy: state !== null, state, run, runQuiet, cancel };
}
