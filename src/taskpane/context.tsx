/**
 * What every view of the pane gets from the shell: the workbook (through the port), what host it runs in, and
 * whether this is the browser preview. Views call `usePort()`; they never create a port of their own.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { HostInfo, WorkbookPort } from '../core/port';
import type { PreviewHost } from './previewHost';

export interface PaneEnvironment {
  port: WorkbookPort;
  host: HostInfo;
  /** 'excel' inside Excel (Office.js), 'preview' in the browser preview on an in-memory .xlsx. */
  mode: 'excel' | 'preview';
  /** The preview's host API (example files, reload); null inside Excel. */
  preview: PreviewHost | null;
}

const PaneContext = createContext<PaneEnvironment | null>(null);

export function PaneEnvironmentProvider({ value, children }: { value: PaneEnvironment; children: ReactNode }) {
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

export function usePaneEnvironment(): PaneEnvironment {
  const env = useContext(PaneContext);
  if (!env) throw new Error('usePaneEnvironment: outside PaneEnvironmentProvider');
  return env;
}

/** The workbook the pane works on. */
export function usePort(): WorkbookPort {
  return usePaneEnvironment().port;
}
