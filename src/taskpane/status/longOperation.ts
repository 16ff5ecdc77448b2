/**
 * Long operations of the task pane (imports, report writes, …): one at a time, with progress and cancel.
 * This is the plain state machine; `useLongOperation()` (StatusProvider.tsx) wraps it for React views and the
 * status area renders its state. The work function gets an AbortSignal — pass it on to the port
 * (`WriteOptions.signal`, `ChunkReadOptions.signal`) and to core (`throwIfCancelled(signal)`).
 */
import { UserError } from '../../core/errors';

export interface OperationProgress {
  /** Units done so far (rows, cells, files …); omitted = indeterminate. */
  done?: number;
  /** Units in all; omitted = indeterminate. */
  total?: number;
  /** A short line under the bar, e.g. the file being read. */
  detail?: string;
  /** Unit of done/total shown after the count ("kB"); omitted = a plain count. */
  unit?: string;
}

export interface OperationState {
  /** Increases with each operation started in this pane. */
  id: number;
  /** What is running, as the user reads it ("Importerar huvudbok.csv"). */
  label: string;
  progress: OperationProgress;
  /** The user asked to cancel; the work has not stopped yet. */
  cancelling: boolean;
}

export interface OperationContext {
  signal: AbortSignal;
  /** Reports progress; calls are cheap (the display is throttled). */
  progress(p: OperationProgress): void;
}

export type OperationOutcome<T> =
  { status: 'done'; value: T } | { status: 'cancelled' } | { status: 'failed'; error: unknown };

/** True for the errors a cancelled operation ends with: core's CancelledError or a DOM AbortError. */
export function isCancellation(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'CancelledError' || name === 'AbortError';
}

export interface RunnerOptions {
  /** Minimum milliseconds between progress notifications (default 100). */
  throttleMs?: number;
  now?: () => number;
}

export class LongOperationRunner {
  private current: { state: OperationState; controller: AbortController } | null = null;
  private readonly listeners = new Set<() => void>();
  private nextId = 1;
  private lastNotify = 0;
  private trailing: ReturnType<typeof setTimeout> | null = null;
  private readonly throttleMs: number;
  private readonly now: () => number;

  constructor(options: RunnerOptions = {}) {
    this.throttleMs = options.throttleMs ?? 100;
    this.now = options.now ?? (() => Date.now());
  }

  /** For useSyncExternalStore: returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The running operation, or null. A new object after every change (safe for React). */
  getState = (): OperationState | null => this.current?.state ?? null;

  get busy(): boolean {
    return this.current !== null;
  }

  /**
   * Runs `work` as the pane's long operation. Never throws: the outcome says whether it finished, was
   * cancelled (the work threw a cancellation error, or any error after cancel was asked) or failed.
   * Refuses (outcome 'failed' with a UserError) while another operation runs.
   */
  async run<T>(label: string, work: (ctx: OperationContext) => Promise<T>): Promise<OperationOutcome<T>> {
    if (this.current) {
      return { status: 'failed', error: new UserError('pane.status.busy', { label: this.current.state.label }) };
    }
    const controller = new AbortController();
    const id = this.nextId++;
    this.current = { state: { id, label, progress: {}, cancelling: false }, controller };
    this.emit();
    const ctx: OperationContext = {
      signal: controller.signal,
      progress: (p) => this.progress(id, p),
    };
    try {
      const value = await work(ctx);
      return { status: 'done', value };
    } catch (error) {
      if (isCancellation(error) || controller.signal.aborted) return { status: 'cancelled' };
      return { status: 'failed', error };
    } finally {
      this.current = null;
      if (this.trailing) clearTimeout(this.trailing);
      this.trailing = null;
      this.emit();
    }
  }

  /** Asks the running operation to stop (its signal aborts). No-op when nothing runs. */
  cancel(): void {
    const c = this.current;
    if (!c || c.state.cancelling) return;
    c.state = { ...c.state, cancelling: true };
    c.controller.abort();
    this.emit();
  }

  private progress(id: number, p: OperationProgress): void {
    const c = this.current;
    if (!c || c.state.id !== id) return; // a late report from a finished operation
    c.state = { ...c.state, progress: { ...p } };
    const t = this.now();
    const finished = p.total !== undefined && p.done !== undefined && p.done >= p.total;
    if (finished || t - this.lastNotify >= this.throttleMs) {
      this.lastNotify = t;
      this.emit();
    } else if (!this.trailing) {
      // Show the latest figure even when no further report comes for a while.
      this.trailing = setTimeout(() => {
        this.trailing = null;
        if (this.current) {
          this.lastNotify = this.now();
          this.emit();
        }
      }, this.throttleMs);
    }
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }
}
