/**
 * Rapporter in the browser preview: the ekonom opens Exempelkommun with four forecast rounds (made in Node with
 * the forecast service, as the enhetschefer would have), generates October's report from the pane, sees the sheets,
 * the totals and the units missing a forecast, downloads the Stratsys export, adds an action and generates again.
 * Every figure the pane and the sheets show is compared with core's model for the same workbook.
 * Screenshots: artifacts/e2e/rapporter-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { XlsxWorkbook } from '../../src/file/xlsxWorkbook';
import { formatOre, oreToKronor } from '../../src/core/money';
import {
  ACTION_PLAN_TABLE,
  REPORT_SHEETS,
  VARIANCE_SHEET,
  buildReportSheets,
  computeReport,
  stratsysRows,
  type ReportModel,
} from '../../src/core/report';
import { exampleWorkbook } from '../report/example.test-util';
import { afterPaneRestart, gotoSection, listSheets, openPreview, readRange, readTable, screenshot, screenshotPane, showSheet, type PreviewSession } from './helpers';

jest.setTimeout(240_000);

let s: PreviewSession;
let pane: Frame;
let model: ReportModel;

const byId = (id: string) => pane.locator(`[data-testid="${id}"]`);
const tkr = (ore: number | null) => (ore === null ? '–' : formatOre(ore, { unit: 'tkr', decimals: 0, suffix: true }));

beforeAll(async () => {
  // Exempelkommun with its files imported and four rounds of forecasts (two units left as drafts in October).
  const seed = await XlsxWorkbook.create('Exempelkommun med prognoser.xlsx');
  await exampleWorkbook(seed, false);
  const bytes = await seed.save();
  model = await computeReport(await XlsxWorkbook.load(bytes), { period: '2026-10', unit: 'tkr' });

  s = await openPreview();
  pane = await afterPaneRestart(s.page, () =>
    s.page.setInputFiles('[data-testid="open-xlsx-input"]', {
      name: 'Exempelkommun med prognoser.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    }),
  );
  s.pane = pane;
});

afterAll(async () => {
  await s?.close();
});

describe('Rapporter in the pane', () => {
  test('the ekonom generates the month’s report and sees the sheets', async () => {
    await gotoSection(pane, 'reports');
    await byId('view-reports').waitFor();
    // The latest imported month is the default period.
    await pane.waitForFunction(() => (document.querySelector('[data-testid="rp-period"]') as HTMLElement | null)?.innerText.includes('oktober 2026'));
    await screenshotPane(s.page, 'rapporter-pane-start');

    await byId('rp-create').click();
    await pane.getByText('Månadsrapporten för oktober 2026 är skapad.').waitFor({ timeout: 60_000 });

    const names = (await listSheets(s.page)).map((x) => x.name);
    for (const n of REPORT_SHEETS) expect(names.filter((x) => x === n)).toHaveLength(1);
    expect(await byId('rp-round').innerText()).toBe('Prognos: Prognos oktober 2026.');
    expect(await byId('rp-total-budget').innerText()).toBe(tkr(model.total.budgetYearOre));
    expect(await byId('rp-total-actual').innerText()).toBe(tkr(model.total.actualToDateOre));
    expect(await byId('rp-total-forecast').innerText()).toBe(tkr(model.total.forecastOre));
    expect(await byId('rp-total-varianceYear').innerText()).toBe(tkr(model.total.varianceYearOre));
    for (const m of model.missingForecasts) await byId(`rp-missing-${m.costCenter}`).waitFor();
    expect(model.missingForecasts.map((m) => m.costCenter)).toEqual(['53210', '55110']);

    // The sheet shows core's figures: the total row of "Avvikelse per enhet".
    const { layouts } = buildReportSheets(model);
    const v = await readRange(s.page, VARIANCE_SHEET);
    const total = v.values[layouts.variance.totalRow];
    expect(total[0]).toBe('Totalt alla enheter');
    expect(total.slice(1, 4)).toEqual([model.total.budgetYearOre, model.total.budgetToDateOre, model.total.actualToDateOre].map(oreToKronor));
    await byId('rp-totals').scrollIntoViewIfNeeded();
    await screenshotPane(s.page, 'rapporter-pane-skapad');
  });

  test('a click on a sheet in the list shows it', async () => {
    await byId('rp-sheet-1').click();
    await s.page.waitForFunction(
      (name) => document.querySelector('[data-testid="sheet-tabs"] [role="tab"][aria-selected="true"]')?.getAttribute('data-sheet') === name,
      VARIANCE_SHEET,
    );
    await s.page.locator('[data-testid="sheet-grid"]').waitFor();
    await screenshot(s.page, 'rapporter-avvikelse-per-enhet');
    await byId('rp-sheet-0').click();
    await s.page.waitForFunction(
      (name) => document.querySelector('[data-testid="sheet-tabs"] [role="tab"][aria-selected="true"]')?.getAttribute('data-sheet') === name,
      'Sammanställning nämnd',
    );
    await screenshot(s.page, 'rapporter-sammanstallning-namnd');
    await showSheet(s.page, 'Diagram uppföljning');
    await screenshot(s.page, 'rapporter-diagram');
  });

  test('downloads the Stratsys export', async () => {
    const [download] = await Promise.all([s.page.waitForEvent('download'), byId('rp-stratsys-csv').click()]);
    expect(download.suggestedFilename()).toBe('stratsys_prognos_2026-10.csv');
    const text = readFileSync((await download.path()) as string, 'utf8');
    const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[2]).toBe('Period;Ansvar;Benämning;Kostnadsslag;Prognos helår;Kommentar');
    expect(lines).toHaveLength(3 + stratsysRows(model).length);
    const [xlsx] = await Promise.all([s.page.waitForEvent('download'), byId('rp-stratsys-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('stratsys_prognos_2026-10.xlsx');
  });

  test('adds an action in the pane; the next report counts it', async () => {
    await byId('rp-action-text').fill('Hemmaplanslösning i stället för HVB');
    await byId('rp-action-responsible').fill('Enhetschef placeringar');
    await byId('rp-action-unit').click();
    await pane.getByRole('option', { name: /^52110/ }).click();
    await byId('rp-action-amount').fill('1 200 000');
    await byId('rp-action-from').fill('2026-11');
    await byId('rp-action-status').click();
    await pane.getByRole('option', { name: 'Beslutad' }).click();
    await byId('rp-action-add').click();
    await pane.getByText('Åtgärden "Hemmaplanslösning i stället för HVB" är tillagd.').waitFor();
    // 1 200 000 a year, November and December: 200 000 this year.
    await pane.getByText(/effekt i år 200\u00a0tkr \(2 mån\.\)/).waitFor();
    const table = await readTable(s.page, ACTION_PLAN_TABLE.name);
    expect(table?.rows).toEqual([['Hemmaplanslösning i stället för HVB', 'Enhetschef placeringar', '52110', 1_200_000, '2026-11', 'Beslutad']]);

    await byId('rp-create').click();
    await pane.getByText('Månadsrapporten för oktober 2026 är skapad.').waitFor({ timeout: 60_000 });
    await pane.waitForFunction(() => document.querySelector('[data-testid="rp-total-actions"]')?.textContent === '200\u00a0tkr');
    expect(await byId('rp-total-forecastAfter').innerText()).toBe(tkr((model.total.forecastOre ?? 0) - 20_000_000));
    await byId('rp-action-list').scrollIntoViewIfNeeded();
    await screenshotPane(s.page, 'rapporter-pane-atgard');
  });

  test('a bad action is refused in Swedish, naming the field', async () => {
    await byId('rp-action-text').fill('Felaktig åtgärd');
    await byId('rp-action-unit').click();
    await pane.getByRole('option', { name: /^52110/ }).click();
    await byId('rp-action-amount').fill('mycket');
    await byId('rp-action-from').fill('2026-11');
    await byId('rp-action-add').click();
    const issues = pane.locator('[data-testid="notice-issues"]');
    await issues.getByText('Beloppet är inte ett tal i kronor.', { exact: false }).waitFor();
    expect(await issues.innerText()).toContain('kolumn Belopp');
    const table = await readTable(s.page, ACTION_PLAN_TABLE.name);
    expect(table?.rows).toHaveLength(1);
    await issues.scrollIntoViewIfNeeded();
    await screenshotPane(s.page, 'rapporter-pane-fel');
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
