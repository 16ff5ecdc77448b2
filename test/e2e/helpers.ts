/**
 * Shared helpers for the e2e tests (playwright-core + the system Chromium, on the browser preview).
 *
 *   let s: PreviewSession;
 *   beforeAll(async () => { s = await openPreview(); });     // one browser per test file, page reused
 *   afterAll(async () => { await s?.close(); });
 *
 *   test('…', async () => {
 *     await gotoSection(s.pane, 'forecast');                 // click a section of the pane
 *     await s.pane.getByRole('button', { name: 'Godta alla' }).click();
 *     const r = await readRange(s.page, 'Prognos', 'A1:D10'); // read the workbook through the host's port
 *     s.pane = await reloadPane(s.page);                     // = closing and reopening the pane in Excel
 *     await screenshot(s.page, 'forecast-after-reload');      // artifacts/e2e/forecast-after-reload.png
 *     expect(s.errors).toEqual([]);                          // no uncaught errors in page or pane
 *   });
 *
 * The server is started by global-setup.js (URL in IFO_E2E_URL). Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';
import type { CellValue, RangeData, SheetInfo } from '../../src/core/port';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stateFile } = require('./global-state') as { stateFile: () => string };

export const ROOT = join(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Chromium flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Section ids of the pane, in navigation order (src/taskpane/sections.ts). */
export const SECTION_IDS = ['import', 'forecast', 'placements', 'resourceBoard', 'reports'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

function state(): { url: string; dir: string } {
  if (process.env.IFO_E2E_URL && process.env.IFO_E2E_DIR) return { url: process.env.IFO_E2E_URL, dir: process.env.IFO_E2E_DIR };
  try {
    return JSON.parse(readFileSync(stateFile(), 'utf8')) as { url: string; dir: string };
  } catch {
    throw new Error('e2e: ingen server – körs testet utan jest-projektet e2e (global-setup.js)?');
  }
}

/** Base URL of the built add-in served for the tests, ending in '/'. */
export function baseUrl(): string {
  return state().url;
}

/** The folder of the build being served (dist/e2e-web unless IFO_E2E_WEB says otherwise). */
export function webDir(): string {
  return state().dir;
}

/** True when the served build holds Exempelkommun's workbook (scripts/build-example-workbook.mjs made it). */
export function buildHasExample(): boolean {
  return existsSync(join(webDir(), 'exempelkommun.xlsx'));
}

export interface PreviewSession {
  context: BrowserContext;
  page: Page;
  /** The task pane's frame; replace it after reloadPane(). */
  pane: Frame;
  /** Uncaught errors and console errors of the page and the pane (the pane's office.js absence is not one). */
  errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Viewport of the preview page (default 1280 × 800: viewer + 380 px pane). */
  viewport?: { width: number; height: number };
  /** Extra query for preview.html, e.g. 'workbook=new'. */
  query?: string;
}

/** Launches Chromium with a fresh profile in a temp directory (removed on close). */
export async function launch(
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'ifo-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens preview.html, waits for the workbook and the pane, and returns the session. */
export async function openPreview(options: LaunchOptions = {}): Promise<PreviewSession> {
  const { context, close } = await launch(options.viewport);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console (${m.location().url.split('/').pop()}): ${m.text()}`);
  });
  // The preview must never touch the network beyond its own server.
  const base = new URL(baseUrl());
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === base.origin || u.protocol === 'blob:' || u.protocol === 'data:') return route.continue();
    errors.push(`network: ${u.href}`);
    return route.abort();
  });
  await page.goto(new URL(`preview.html${options.query ? '?' + options.query : ''}`, base).href);
  await page.waitForFunction(() => !!(window as unknown as { ifoPreviewHost?: unknown }).ifoPreviewHost);
  await page.evaluate(() =>
    (window as unknown as { ifoPreviewHost: { ready(): Promise<void> } }).ifoPreviewHost.ready(),
  );
  const session: PreviewSession = { context, page, pane: await paneFrame(page), errors, close };
  return session;
}

/** The pane's frame, once the pane has started (its navigation is shown). */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('[data-testid="pane-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('e2e: the pane iframe has no frame');
  await frame.waitForSelector('[role="tablist"]', { timeout: 30_000 });
  return frame;
}

/**
 * Runs `trigger` (something that restarts the pane: reloadPane, opening another workbook …), waits until the
 * pane's frame has navigated and started again, and returns it.
 */
export async function afterPaneRestart(page: Page, trigger: () => Promise<unknown>): Promise<Frame> {
  const frame = await (await page.waitForSelector('[data-testid="pane-frame"]')).contentFrame();
  if (!frame) throw new Error('e2e: the pane iframe has no frame');
  const navigated = frame.waitForNavigation({ waitUntil: 'load', timeout: 30_000 });
  await trigger();
  await navigated;
  return paneFrame(page);
}

/** Closes and reopens the pane (reloads the iframe; the workbook stays in the page) and returns the new frame. */
export function reloadPane(page: Page): Promise<Frame> {
  return afterPaneRestart(page, () =>
    page.evaluate(() => (window as unknown as { ifoPreviewHost: { reloadPane(): void } }).ifoPreviewHost.reloadPane()),
  );
}

/** Clicks a section in the pane's navigation and waits until its view has loaded. Returns the section panel. */
export async function gotoSection(pane: Frame, id: SectionId): Promise<Locator> {
  await pane.click(`[data-testid="nav-${id}"]`);
  const panel = pane.locator(`[data-testid="section-${id}"]`);
  await panel.waitFor();
  await pane.waitForSelector('[data-testid="view-loading"]', { state: 'detached' });
  return panel;
}

/** Saves a screenshot of the whole preview page to artifacts/e2e/<name>.png and returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}

/** Saves a screenshot of the pane alone (its iframe) to artifacts/e2e/<name>.png. */
export async function screenshotPane(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.locator('[data-testid="pane-frame"]').screenshot({ path, animations: 'disabled' });
  return path;
}

type HostWindow = Window & {
  ifoPreviewHost: {
    port: {
      listSheets(): Promise<SheetInfo[]>;
      readRange(sheet: string, address?: string): Promise<RangeData>;
      readTable(name: string): Promise<{ headers: string[]; rows: CellValue[][] } | null>;
      getSettings(): Promise<Record<string, unknown>>;
    };
    fileName(): string;
  };
};

/** The workbook's sheets, read through the preview host's port. */
export function listSheets(page: Page): Promise<SheetInfo[]> {
  return page.evaluate(() => (window as unknown as HostWindow).ifoPreviewHost.port.listSheets());
}

/** Values of a range (or the used range), read through the preview host's port. */
export function readRange(page: Page, sheet: string, address?: string): Promise<RangeData> {
  return page.evaluate(([s, a]) => (window as unknown as HostWindow).ifoPreviewHost.port.readRange(s, a ?? undefined), [
    sheet,
    address ?? null,
  ] as const);
}

/** One of the workbook's tables (null when absent), read through the preview host's port. */
export function readTable(page: Page, name: string): Promise<{ headers: string[]; rows: CellValue[][] } | null> {
  return page.evaluate((n) => (window as unknown as HostWindow).ifoPreviewHost.port.readTable(n), name);
}

/** The workbook's named settings. */
export function readSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as HostWindow).ifoPreviewHost.port.getSettings());
}

/** The sheet tabs the viewer shows (visible ones, and hidden ones when the switch is on). */
export async function viewerTabs(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="sheet-tabs"] [role="tab"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet') ?? ''));
}

/** Shows a sheet in the viewer (turning on hidden sheets when needed). */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  const tab = page.locator(`[data-testid="sheet-tabs"] [role="tab"][data-sheet="${sheet.replace(/"/g, '\\"')}"]`);
  if ((await tab.count()) === 0) {
    const toggle = page.locator('input[data-testid="show-hidden"]'); // Fluent's Switch puts the props on its input
    if ((await toggle.count()) > 0 && !(await toggle.isChecked())) await toggle.check();
  }
  await tab.click();
}

/** Sets files on a file input inside the pane (e.g. the Import view's). */
export async function setPaneFiles(pane: Frame, selector: string, files: string[]): Promise<void> {
  await pane.setInputFiles(selector, files);
}
