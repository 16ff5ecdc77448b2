/**
 * The shell in the browser preview: the workbook is shown, every section of the pane can be reached (by mouse
 * and keyboard) and is readable at Excel's pane widths, the viewer follows writes made from the pane's frame,
 * a workbook round-trips through download and open, and reopening the pane keeps the workbook.
 * Screenshots: artifacts/e2e/shell-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS,
  SECTION_IDS,
  afterPaneRestart,
  baseUrl,
  buildHasExample,
  gotoSection,
  listSheets,
  openPreview,
  readRange,
  reloadPane,
  screenshot,
  screenshotPane,
  showSheet,
  viewerTabs,
  type PreviewSession,
} from './helpers';
import type { WorkbookPort } from '../../src/core/port';

jest.setTimeout(90_000);

const hasExample = buildHasExample();
const SECTION_NAMES: Record<(typeof SECTION_IDS)[number], string> = {
  import: 'Import',
  forecast: 'Prognos',
  placements: 'Placeringar',
  resourceBoard: 'Resursråd',
  reports: 'Rapporter',
};

let s: PreviewSession;

beforeAll(async () => {
  s = await openPreview();
});

afterAll(async () => {
  await s?.close();
});

describe('browser preview shell', () => {
  test('shows the workbook next to the pane', async () => {
    await s.page.waitForSelector('[data-testid="sheet-grid"]');
    const sheets = await listSheets(s.page);
    expect(sheets.length).toBeGreaterThan(0);
    const tabs = await viewerTabs(s.page);
    expect(tabs).toEqual(sheets.filter((x) => x.visibility === 'visible').map((x) => x.name));
    // The pane knows which workbook it is on.
    const name = await s.page.locator('[data-testid="workbook-name"]').innerText();
    await s.pane.waitForFunction(
      (n) => document.querySelector('[data-testid="host-line"]')?.textContent?.includes(n),
      name,
    );
    expect(await s.pane.locator('[data-testid="host-line"]').innerText()).toContain(`${sheets.length} blad`);
    await screenshot(s.page, 'shell-preview');
  });

  (hasExample ? test : test.skip)('loads Exempelkommun by default', async () => {
    expect(await s.page.locator('[data-testid="workbook-name"]').innerText()).toBe('Exempelkommun.xlsx');
    const sheets = await listSheets(s.page);
    expect(sheets.length).toBeGreaterThan(1);
  });

  test('says so when the build has no Exempelkommun workbook', async () => {
    if (hasExample) {
      expect(await s.page.locator('[data-testid="preview-notice"]').count()).toBe(0);
    } else {
      await expect(s.page.locator('[data-testid="preview-notice"]').innerText()).resolves.toContain('Exempelkommun');
    }
  });

  test('navigates every section of the pane and shows what it holds', async () => {
    for (const id of SECTION_IDS) {
      const panel = await gotoSection(s.pane, id);
      const tab = s.pane.locator(`[data-testid="nav-${id}"]`);
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      expect(await tab.innerText()).toBe(SECTION_NAMES[id]);
      expect(await panel.locator('h2').first().innerText()).not.toBe('');
      expect((await panel.innerText()).length).toBeGreaterThan(40);
      await screenshot(s.page, `shell-${id}`);
    }
  });

  test('the navigation works from the keyboard', async () => {
    await gotoSection(s.pane, 'import');
    await s.pane.focus('[data-testid="nav-import"]');
    await s.pane.press('[data-testid="nav-import"]', 'ArrowRight');
    await s.pane.locator('[data-testid="nav-forecast"]').press('Enter');
    await s.pane.locator('[data-testid="section-forecast"]').waitFor();
    expect(await s.pane.locator('[data-testid="nav-forecast"]').getAttribute('aria-selected')).toBe('true');
  });

  test('is readable at 320 and 450 px (no sideways scrolling, nothing cut off)', async () => {
    for (const width of [320, 450]) {
      await s.page.evaluate((w) => {
        (document.querySelector('[data-testid="pane-frame"]') as HTMLElement).style.width = `${w}px`;
      }, width);
      for (const id of SECTION_IDS) {
        await gotoSection(s.pane, id);
        const overflow = await s.pane.evaluate(() => {
          const doc = document.documentElement;
          const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect());
          return {
            scroll: doc.scrollWidth - doc.clientWidth,
            tabsOutside: tabs.filter((r) => r.right > doc.clientWidth + 0.5 || r.left < -0.5).length,
          };
        });
        expect({ width, id, ...overflow }).toEqual({ width, id, scroll: 0, tabsOutside: 0 });
      }
      await gotoSection(s.pane, 'import');
      await screenshotPane(s.page, `shell-pane-${width}px`);
    }
    await s.page.evaluate(() => {
      (document.querySelector('[data-testid="pane-frame"]') as HTMLElement).style.width = '';
    });
  });

  test('the viewer shows what is written from the pane’s frame, formatted', async () => {
    await s.pane.evaluate(async () => {
      const host = (window.parent as unknown as { ifoPreviewHost: { port: WorkbookPort } }).ifoPreviewHost;
      await host.port.writeSheets(
        [
          {
            name: 'E2E skal',
            blocks: [
              { at: 'A1', rows: [['Enhet', 'Belopp', 'Andel', 'Datum']], style: { bold: true, fill: '#DDEBF7' } },
              {
                at: 'A2',
                rows: [['=inte en formel', 1234567.5, 0.053, 45306]],
                columnFormats: [undefined, '#,##0', '0.0%', 'yyyy-mm-dd'],
              },
              { at: 'A3', rows: [['Summa', { formula: '=SUM(B2:B2)' }]] },
            ],
          },
        ],
        { activate: 'E2E skal' },
      );
    });
    const grid = s.page.locator('[data-testid="sheet-grid"]');
    await grid.locator('[data-cell="B2"]').waitFor();
    expect(
      await s.page.locator('[data-testid="sheet-tabs"] [role="tab"][aria-selected="true"]').getAttribute('data-sheet'),
    ).toBe('E2E skal');
    expect(await grid.locator('[data-cell="A2"]').innerText()).toBe('=inte en formel');
    expect(await grid.locator('[data-cell="B2"]').innerText()).toBe('1\u00a0234\u00a0568');
    expect(await grid.locator('[data-cell="C2"]').innerText()).toBe('5,3%');
    expect(await grid.locator('[data-cell="D2"]').innerText()).toBe('2024-01-15');
    expect(await grid.locator('[data-cell="A1"]').evaluate((e) => getComputedStyle(e).fontWeight)).toBe('700');
    const r = await readRange(s.page, 'E2E skal', 'A2:B2');
    expect(r.values).toEqual([['=inte en formel', 1234567.5]]);
    // Selecting in the viewer is the selection the pane sees (as in Excel).
    await grid.locator('[data-cell="B2"]').click();
    await grid.locator('[data-cell="C2"]').click({ modifiers: ['Shift'] });
    expect(await s.page.locator('[data-testid="cell-address"]').innerText()).toBe('B2:C2');
    const sel = await s.pane.evaluate(() =>
      (
        window.parent as unknown as { ifoPreviewHost: { port: { getSelection(): Promise<unknown> } } }
      ).ifoPreviewHost.port.getSelection(),
    );
    expect(sel).toEqual({ sheet: 'E2E skal', address: 'B2:C2' });
    await screenshot(s.page, 'shell-viewer-after-write');
  });

  test('reopening the pane keeps the workbook', async () => {
    const before = await listSheets(s.page);
    s.pane = await reloadPane(s.page);
    await gotoSection(s.pane, 'reports');
    expect(await listSheets(s.page)).toEqual(before);
    await s.pane.waitForFunction(
      (n) => document.querySelector('[data-testid="host-line"]')?.textContent?.includes(`${n} blad`),
      before.length,
    );
  });

  test('downloads the workbook and opens it again from disk', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.click('[data-testid="download-xlsx"]'),
    ]);
    const path = await download.path();
    expect(path).toBeTruthy();
    s.pane = await afterPaneRestart(s.page, () =>
      s.page.setInputFiles('[data-testid="open-xlsx-input"]', {
        name: 'Öppnad.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: readFileSync(path as string),
      }),
    );
    expect(await s.page.locator('[data-testid="workbook-name"]').innerText()).toBe('Öppnad.xlsx');
    await showSheet(s.page, 'E2E skal');
    const r = await readRange(s.page, 'E2E skal', 'A2:B2');
    expect(r.values).toEqual([['=inte en formel', 1234567.5]]);
    await s.pane.waitForFunction(() =>
      document.querySelector('[data-testid="host-line"]')?.textContent?.includes('Öppnad.xlsx'),
    );
  });

  test('a file that is not an xlsx is refused with a message, and the workbook stays', async () => {
    await s.page.setInputFiles('[data-testid="open-xlsx-input"]', {
      name: 'trasig.xlsx',
      mimeType: 'text/plain',
      buffer: Buffer.from('inte en zip'),
    });
    const notice = s.page.locator('[data-testid="preview-notice"]', { hasText: 'trasig.xlsx' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('kunde inte öppnas');
    expect(await s.page.locator('[data-testid="workbook-name"]').innerText()).toBe('Öppnad.xlsx');
  });

  test('outside the preview the pane loads office.js from Microsoft’s CDN, and without Excel says how to open it', async () => {
    const page = await s.context.newPage();
    const requested: string[] = [];
    await page.route('https://appsforoffice.microsoft.com/**', (route) => {
      requested.push(route.request().url());
      return route.abort();
    });
    await page.goto(new URL('taskpane.html', baseUrl()).href);
    const error = page.locator('[data-testid="boot-error"]');
    await error.waitFor();
    expect(requested).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(await error.innerText()).toContain('Öppna IFO Prognos från fliken Start i Excel');
    await page.screenshot({ path: join(ARTIFACTS, 'shell-outside-excel.png') });
    await page.close();
  });

  test('had no uncaught errors and made no request outside the preview', () => {
    expect(s.errors).toEqual([]);
  });
});
