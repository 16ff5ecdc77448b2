/**
 * Placeringar in the browser preview on Exempelkommun (register imported at build time): the pane shows core's
 * projection, writes the sheet "Placeringar", and a placement is added (a personnummer refused inline first),
 * edited and ended in the pane — each edit written to the register at once and the sheet written again.
 * Then "Välj alternativ" in Resursråd turns a case's alternative into a placement with its decision date.
 * Screenshots: artifacts/e2e/placeringar-*.png.
 */
import type { Frame } from 'playwright-core';
import { formatOre } from '../../src/core/money';
import { excelSerialToDate } from '../../src/core/dates';
import type { CellValue, TableData, WorkbookPort } from '../../src/core/port';
import { REGISTER_TABLE, loadPlacements, projectWorkbook, type PlacementProjection } from '../../src/core/placements';
import {
  buildHasExample,
  gotoSection,
  listSheets,
  openPreview,
  readRange,
  readSettings,
  readTable,
  reloadPane,
  screenshot,
  screenshotPane,
  showSheet,
  type PreviewSession,
} from './helpers';

jest.setTimeout(180_000);

const hasExample = buildHasExample();
const maybe = hasExample ? describe : describe.skip;
const KEY = 'BU-2026-901';
const ID = `${KEY}-2026-11-01`;
const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true });

let s: PreviewSession;
let pane: Frame;

/** The workbook as core reads it, through the preview host's port (read only). */
function pagePort(): WorkbookPort {
  const port: Partial<WorkbookPort> = {
    readTable: async (name: string) => {
      const t = await readTable(s.page, name);
      return t ? ({ name, sheet: name, headers: t.headers, rows: t.rows } as TableData) : null;
    },
    getSettings: async () => (await readSettings(s.page)) as Awaited<ReturnType<WorkbookPort['getSettings']>>,
  };
  return port as WorkbookPort;
}

async function expected(): Promise<PlacementProjection> {
  const data = await loadPlacements(pagePort(), '2026-11-24');
  return projectWorkbook(data, 2026, '2026-10-31');
}

async function registerRow(caseKey: string): Promise<Record<string, CellValue> | null> {
  const t = await readTable(s.page, REGISTER_TABLE.name);
  const i = t!.headers.indexOf('Ärende');
  const row = t!.rows.find((r) => r[i] === caseKey);
  return row ? Object.fromEntries(t!.headers.map((h, k) => [h, row[k]])) : null;
}

async function sheetRow(label: string): Promise<CellValue[]> {
  const r = await readRange(s.page, 'Placeringar');
  const row = r.values.find((v) => v[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

const byId = (id: string) => pane.locator(`[data-testid="${id}"]`);

async function waitText(id: string, text: string): Promise<void> {
  await pane.waitForFunction(([sel, want]) => document.querySelector(sel)?.textContent === want, [`[data-testid="${id}"]`, text] as const);
}

beforeAll(async () => {
  s = await openPreview();
  pane = s.pane;
});

afterAll(async () => {
  await s?.close();
});

maybe('Placeringar in the pane', () => {
  test('shows core\'s projection of the example register for the latest closed month', async () => {
    await gotoSection(pane, 'placements');
    await byId('pl-summary').waitFor();
    expect(await byId('pl-year').inputValue()).toBe('2026');
    expect(await byId('pl-asof').inputValue()).toBe('2026-10-31');
    const p = await expected();
    await waitText('pl-fullyear', kr(p.fullYearOre));
    expect(await byId('pl-committed').innerText()).toBe(kr(p.committedToYearEndOre));
    expect(await byId('pl-expected').innerText()).toBe(kr(p.expectedNewOre));
    expect(await byId('pl-unbilled').innerText()).toBe(kr(p.unbilledOre));
    expect(await byId('pl-active').innerText()).toBe(String(p.activeAtAsOf));
    expect(p.unbilledOre).toBeGreaterThan(0); // the late invoice batch
    await screenshotPane(s.page, 'placeringar-pane-overview');
  });

  test('writes the sheet Placeringar with the same figures', async () => {
    await byId('pl-write-sheet').click();
    await pane.getByText('Bladet "Placeringar" är skrivet.').waitFor();
    expect((await listSheets(s.page)).map((x) => x.name)).toContain('Placeringar');
    const p = await expected();
    expect((await sheetRow('Kostnad (kr)')).slice(1, 13)).toEqual(p.monthly.map((m) => m.costOre / 100));
    expect((await sheetRow('Placerade vid månadens slut')).slice(1, 13)).toEqual(p.monthly.map((m) => m.countAtMonthEnd));
    await showSheet(s.page, 'Placeringar');
    await s.page.locator('[data-testid="sheet-grid"]').waitFor();
    await screenshot(s.page, 'placeringar-sheet-written');
  });

  test('adds a placement (refusing a personnummer inline) and the sheet follows', async () => {
    const novBefore = (await sheetRow('Kostnad (kr)'))[11] as number;
    await byId('pl-add').click();
    await byId('pl-dialog').waitFor();
    await byId('pl-field-caseKey').fill('19121212-1212');
    await pane.getByText('Ärendenyckeln ser ut som ett personnummer.', { exact: false }).waitFor();
    await screenshotPane(s.page, 'placeringar-add-refused');
    await byId('pl-field-caseKey').fill(KEY);
    await byId('pl-field-costCenter').fill('52110');
    await byId('pl-field-account').fill('46311');
    await byId('pl-field-provider').fill('Solgläntans HVB AB');
    await byId('pl-field-startDate').fill('2026-11-01');
    await byId('pl-field-pricePerDay').fill('4 000');
    await screenshotPane(s.page, 'placeringar-add-form');
    await byId('pl-save').click();
    await pane.getByText(`Placeringen ${KEY} är tillagd i registret.`).waitFor();
    await byId(`pl-item-${ID}`).waitFor();

    const row = await registerRow(KEY);
    expect(row).not.toBeNull();
    expect(excelSerialToDate(row!['Startdatum'] as number)).toBe('2026-11-01');
    expect(row!['Pris per dygn']).toBe(4000);
    expect(excelSerialToDate(row!['Nästa omprövning'] as number)).toBe('2027-05-01');
    // The sheet was written again: November costs 30 days × 4 000 kr more.
    await s.page.waitForFunction(async (before) => {
      const r = await (window as unknown as { ifoPreviewHost: { port: WorkbookPort } }).ifoPreviewHost.port.readRange('Placeringar');
      const cost = r.values.find((v) => v[0] === 'Kostnad (kr)');
      return !!cost && cost[11] !== before;
    }, novBefore);
    expect((await sheetRow('Kostnad (kr)'))[11]).toBeCloseTo(novBefore + 120_000, 2);
    const p = await expected();
    await waitText('pl-fullyear', kr(p.fullYearOre));
    await screenshotPane(s.page, 'placeringar-added');
  });

  test('edits the placement\'s price; the register row and the sheet change', async () => {
    const novBefore = (await sheetRow('Kostnad (kr)'))[11] as number;
    await byId(`pl-edit-${ID}`).click();
    await byId('pl-dialog').waitFor();
    expect(await byId('pl-field-pricePerDay').inputValue()).toBe('4 000,00');
    await byId('pl-field-pricePerDay').fill('4 500,00');
    await byId('pl-save').click();
    await pane.getByText(`Placeringen ${KEY} är ändrad.`).waitFor();
    expect((await registerRow(KEY))!['Pris per dygn']).toBe(4500);
    await s.page.waitForFunction(async (before) => {
      const r = await (window as unknown as { ifoPreviewHost: { port: WorkbookPort } }).ifoPreviewHost.port.readRange('Placeringar');
      return r.values.find((v) => v[0] === 'Kostnad (kr)')?.[11] !== before;
    }, novBefore);
    expect((await sheetRow('Kostnad (kr)'))[11]).toBeCloseTo(novBefore + 15_000, 2);
    await screenshotPane(s.page, 'placeringar-edited');
  });

  test('ends the placement; the end date is written, the review removed, the sheet follows', async () => {
    const decBefore = (await sheetRow('Kostnad (kr)'))[12] as number;
    await byId(`pl-end-${ID}`).click();
    await byId('pl-end-dialog').waitFor();
    await byId('pl-end-date').fill('2026-10-01');
    await pane.getByText('Slutdatum 2026-10-01 ligger före startdatum 2026-11-01.').waitFor();
    await byId('pl-end-date').fill('2026-11-15');
    await screenshotPane(s.page, 'placeringar-end-dialog');
    await byId('pl-end-confirm').click();
    await pane.getByText(`Placeringen ${KEY} är avslutad 2026-11-15.`).waitFor();
    const row = await registerRow(KEY);
    expect(excelSerialToDate(row!['Slutdatum'] as number)).toBe('2026-11-15');
    expect(row!['Nästa omprövning']).toBeNull();
    await s.page.waitForFunction(async (before) => {
      const r = await (window as unknown as { ifoPreviewHost: { port: WorkbookPort } }).ifoPreviewHost.port.readRange('Placeringar');
      return r.values.find((v) => v[0] === 'Kostnad (kr)')?.[12] !== before;
    }, decBefore);
    const p = await expected();
    expect((await sheetRow('Kostnad (kr)')).slice(1, 13)).toEqual(p.monthly.map((m) => m.costOre / 100));
    expect(p.monthly[10].careDays - p.monthly[10].careDays).toBe(0);
    await waitText('pl-fullyear', kr(p.fullYearOre));
    await screenshotPane(s.page, 'placeringar-ended');
    await showSheet(s.page, 'Placeringsregister');
    await s.page.locator('[data-testid="sheet-grid"]').waitFor();
    await screenshot(s.page, 'placeringar-register-sheet');
  });

  test('keeps the edits when the pane is closed and opened again', async () => {
    pane = await reloadPane(s.page);
    await gotoSection(pane, 'placements');
    await byId(`pl-item-${ID}`).waitFor();
    expect(await byId(`pl-item-${ID}`).innerText()).toContain('2026-11-01 – 2026-11-15');
  });

  test('Välj alternativ in Resursråd puts the chosen alternative in the register with the decision date', async () => {
    await gotoSection(pane, 'resourceBoard');
    await byId('view-resourceBoard').waitFor();
    await pane.locator('[data-testid="rb-caseKey"]').fill('BU-2026-902');
    await pane.locator('[data-testid="rb-firstMonth"]').fill('2026-12');
    await pane.locator('[data-testid="rb-reason"]').fill('Behov av dygnsvård prövas; hemmaplan först.');
    await byId('rb-choose-alternative').click();
    const second = pane.getByRole('option').nth(1);
    const name = (await second.innerText()).trim();
    await second.click();
    await byId('rb-choose-date').fill('2026-11-20');
    await byId('rb-choose-open').click();
    await byId('pl-dialog').waitFor();
    expect(await byId('pl-field-caseKey').inputValue()).toBe('BU-2026-902');
    expect(await byId('pl-field-decisionDate').inputValue()).toBe('2026-11-20');
    expect(await byId('pl-field-startDate').inputValue()).toBe('2026-12-01');
    await byId('pl-field-costCenter').fill('52120');
    await byId('pl-field-account').fill('46321');
    await screenshotPane(s.page, 'placeringar-choose-alternative');
    await byId('pl-save').click();
    await pane.getByText('Placeringen BU-2026-902 är tillagd i registret.').waitFor();
    const row = await registerRow('BU-2026-902');
    expect(excelSerialToDate(row!['Beslutsdatum'] as number)).toBe('2026-11-20');
    expect(row!['Anmärkning']).toContain(`valt alternativ "${name}"`);
    expect(excelSerialToDate(row!['Startdatum'] as number)).toBe('2026-12-01');
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
