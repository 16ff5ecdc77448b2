/**
 * One unit × round opened in the core forecast service, as React state: the session (every edit goes through it),
 * its current view (everything the pane shows), and a reload when the pane regains focus (others may have edited
 * the same workbook: the ekonom approving or reopening, a colleague on another unit).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { openUnit, type ForecastEnv, type UnitForecast, type UnitForecastSession } from '../../../core/forecast';

export interface UnitSessionState {
  session: UnitForecastSession | null;
  view: UnitForecast | null;
  error: unknown;
  loading: boolean;
  /** Re-renders from the session after an edit (the session already holds the new figures). */
  update: () => void;
  /** Reads the unit's stored rows again. */
  reload: () => Promise<void>;
}

export function useUnitSession(env: ForecastEnv | null, costCenter: string | null, round: string | null): UnitSessionState {
  const [session, setSession] = useState<UnitForecastSession | null>(null);
  const [view, setView] = useState<UnitForecast | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const current = useRef<UnitForecastSession | null>(null);

  useEffect(() => {
    let alive = true;
    setSession(null);
    setView(null);
    setError(null);
    current.current = null;
    if (!env || !costCenter || !round) return;
    setLoading(true);
    openUnit(env, costCenter, round).then(
      (s) => {
        if (!alive) return;
        current.current = s;
        setSession(s);
        setView(s.view());
        setLoading(false);
      },
      (e: unknown) => {
        if (!alive) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [env, costCenter, round]);

  const update = useCallback(() => {
    const s = current.current;
    if (s) setView(s.view());
  }, []);

  const reload = useCallback(async () => {
    const s = current.current;
    if (!s) return;
    await s.reload();
    if (current.current === s) setView(s.view());
  }, []);

  // Back in the pane after working elsewhere: read the unit again (a save also re-checks the status itself).
  useEffect(() => {
    const onFocus = () => {
      reload().catch(() => undefined);
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  return { session, view, error, loading, update, reload };
}
