import { CancelledError, UserError, throwIfCancelled } from '../../core/errors';
import { LongOperationRunner, isCancellation } from './longOperation';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('LongOperationRunner', () => {
  it('runs work, exposes its state while running and clears it after', async () => {
    const r = new LongOperationRunner();
    const seen: (string | null)[] = [];
    r.subscribe(() => seen.push(r.getState()?.label ?? null));
    let release!: () => void;
    const p = r.run('Importerar', () => new Promise<number>((res) => (release = () => res(42))));
    expect(r.busy).toBe(true);
    expect(r.getState()).toMatchObject({ label: 'Importerar', cancelling: false, progress: {} });
    release();
    await expect(p).resolves.toEqual({ status: 'done', value: 42 });
    expect(r.busy).toBe(false);
    expect(r.getState()).toBeNull();
    expect(seen).toEqual(['Importerar', null]);
  });

  it('aborts the signal on cancel and reports the outcome as cancelled', async () => {
    const r = new LongOperationRunner();
    let signal!: AbortSignal;
    const p = r.run('Skriver', async (ctx) => {
      signal = ctx.signal;
      for (;;) {
        await tick();
        throwIfCancelled(ctx.signal);
      }
    });
    await tick();
    r.cancel();
    expect(r.getState()?.cancelling).toBe(true);
    expect(signal.aborted).toBe(true);
    await expect(p).resolves.toEqual({ status: 'cancelled' });
  });

  it('treats any error after cancel as a cancellation, other errors as failures', async () => {
    const r = new LongOperationRunner();
    const p = r.run('x', async (ctx) => {
      await new Promise((res) => ctx.signal.addEventListener('abort', res));
      throw new Error('stream closed');
    });
    r.cancel();
    await expect(p).resolves.toEqual({ status: 'cancelled' });
    const boom = new Error('boom');
    await expect(r.run('y', async () => Promise.reject(boom))).resolves.toEqual({ status: 'failed', error: boom });
  });

  it('refuses a second operation while one runs, with a UserError naming the first', async () => {
    const r = new LongOperationRunner();
    let release!: () => void;
    const first = r.run('Import av huvudbok', () => new Promise<void>((res) => (release = res)));
    const second = await r.run('Rapport', async () => 1);
    expect(second.status).toBe('failed');
    const err = (second as { error: unknown }).error as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.key).toBe('pane.status.busy');
    expect(err.message).toContain('Import av huvudbok');
    release();
    await first;
  });

  it('throttles progress notifications but always shows the finished figure', async () => {
    let now = 0;
    const r = new LongOperationRunner({ throttleMs: 100, now: () => now });
    let notified = 0;
    r.subscribe(() => notified++);
    let ctxProgress!: (p: { done: number; total: number }) => void;
    let release!: () => void;
    const p = r.run('x', (ctx) => {
      ctxProgress = ctx.progress;
      return new Promise<void>((res) => (release = res));
    });
    const afterStart = notified;
    now = 1000;
    ctxProgress({ done: 1, total: 10 }); // shown
    now = 1010;
    ctxProgress({ done: 2, total: 10 }); // throttled
    now = 1020;
    ctxProgress({ done: 3, total: 10 }); // throttled
    expect(notified - afterStart).toBe(1);
    expect(r.getState()?.progress).toEqual({ done: 3, total: 10 }); // the state is current even when not notified
    ctxProgress({ done: 10, total: 10 }); // finished: shown at once
    expect(notified - afterStart).toBe(2);
    release();
    await p;
  });

  it('ignores progress reported by an operation that has ended', async () => {
    const r = new LongOperationRunner();
    let late!: (p: { done: number }) => void;
    await r.run('a', async (ctx) => {
      late = ctx.progress;
    });
    let release!: () => void;
    const p = r.run('b', () => new Promise<void>((res) => (release = res)));
    late({ done: 99 });
    expect(r.getState()?.progress).toEqual({});
    release();
    await p;
  });

  it('recognises cancellation errors by name (also from another realm)', () => {
    expect(isCancellation(new CancelledError())).toBe(true);
    expect(isCancellation({ name: 'AbortError' })).toBe(true);
    expect(isCancellation(new Error('x'))).toBe(false);
    expect(isCancellation(null)).toBe(false);
  });
});
