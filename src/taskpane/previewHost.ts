/**
 * The browser preview's host API: what preview.html (the parent window) offers the task pane running in its
 * iframe (`taskpane.html?host=preview`). The workbook lives in the parent, so reloading the iframe is what closing
 * and reopening the pane in Excel is: the pane starts again on the same workbook.
 *
 *   window.ifoPreviewHost = {
 *     apiVersion: 1,
 *     ready(),          // resolves when the workbook is loaded (Exempelkommun by default)
 *     port,             // the WorkbookPort of the in-memory workbook; stable when the user opens another file
 *     fileName(),       // the workbook's file name
 *     exampleFiles(),   // Exempelkommun's input files served next to the preview, for trying the import
 *     reloadPane(),     // closes and reopens the pane (reloads the iframe)
 *   }
 *
 * The pane never uses the parent's objects directly: `connectPreviewHost` wraps the port in a realm bridge.
 * e2e tests may call the same API from the page (`page.evaluate(() => window.ifoPreviewHost.port.readRange(…))`).
 */
import type { WorkbookPort } from '../core/port';
import { UserError } from '../core/errors';
import { bridgePort, type CloneFn } from './realmBridge';

export const PREVIEW_HOST_GLOBAL = 'ifoPreviewHost';

/** One of Exempelkommun's input files (ledger CSV, budget, follow-up report, placement register …). */
export interface ExampleFile {
  name: string;
  /** Same-origin URL the pane can fetch. */
  url: string;
  bytes: number;
}

export interface PreviewHost {
  readonly apiVersion: 1;
  ready(): Promise<void>;
  readonly port: WorkbookPort;
  fileName(): string;
  exampleFiles(): Promise<ExampleFile[]>;
  reloadPane(): void;
}

export type PreviewWindow = Window & { [PREVIEW_HOST_GLOBAL]?: PreviewHost };

/** `?host=preview` → the pane runs in the browser preview; anything else → inside Office. */
export function isPreviewUrl(search: string): boolean {
  return new URLSearchParams(search).get('host') === 'preview';
}

/** The preview host of the parent window, or null when the page is not inside the preview. */
export function findPreviewHost(win: Window): PreviewHost | null {
  let parent: PreviewWindow;
  try {
    if (win.parent === win) return null;
    parent = win.parent as PreviewWindow;
    const host = parent[PREVIEW_HOST_GLOBAL];
    return host && host.apiVersion === 1 ? host : null;
  } catch {
    return null; // cross-origin parent
  }
}

export interface PreviewConnection {
  port: WorkbookPort;
  host: PreviewHost;
}

/** Waits for the preview's workbook and returns its port, bridged into this window's realm. */
export async function connectPreviewHost(win: Window): Promise<PreviewConnection> {
  const host = findPreviewHost(win);
  if (!host) throw new UserError('pane.boot.noPreviewHost');
  await host.ready();
  const parent = win.parent as unknown as { structuredClone: CloneFn };
  const self = win as unknown as { structuredClone: CloneFn };
  const parentClone: CloneFn = parent.structuredClone.bind(parent);
  const localClone: CloneFn = self.structuredClone.bind(self);
  const port = bridgePort(host.port, {
    toRemote: (v) => (v === undefined ? v : parentClone(v)),
    toLocal: (v) => (v === undefined ? v : localClone(v)),
  });
  return { port, host };
}
