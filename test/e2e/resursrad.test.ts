/**
 * Resursråd in the browser preview: the board builds a case with three alternatives in the pane, sees the totals
 * live (and a blocked expression refused under its field), writes "Kostnadsunderlag <key>", and reopens the stored
 * case after the pane was closed. Screenshots: artifacts/e2e/resursrad-*.png.
 */
import type { Frame } from 'playwright-core';
import { formatOre } from '../../src/core/money';
import { DEFAULT_PRICE_LIST } from '../../src/core/prices';
import { computeCase, validateCase, type CaseFile } from '../../src/core/alternatives';
import {
  gotoSection,
  listSheets,
  openPreview,
  readRange,
  readTable,
  reloadPane,
  screenshot,
  screenshotPane,
  showSheet,
  type PreviewSession,
} from './helpers';

jest.setTimeout(120_000);

const KEY = 'BU-2026-014';
const SHEET = `Kostnadsunderlag ${KEY}`;
const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true });

/** The case the test types into the pane, as JSON: the expected figures are core's for the same case. */
const EXPECTED: CaseFile = {
  caseKey: KEY,
  date: '2026-03-10',
  targetGroup: 'Barn och unga',
  reason: 'Öppenvårdsinsatser har inte räckt; behov av dygnsvård prövas.',
  firstMonth: '2026-04',
  horizonMonths: 12,
  alternatives: [
    { name: 'A HVB', kind: 'extern', components: [{ label: 'HVB-plats', unit: 'dygn', price: 'hvb_barn_dygn', uplift: 0.03 }] },
    { name: 'B Familjehem', kind: 'extern', components: [{ label: 'Konsulentstött familjehem', unit: 'dygn', price: 'konsulentstott_fh_dygn' }] },
    {
      name: 'C Hemmaplan',
      kind: 'hemmaplan',
      components: [
        { label: 'Familjebehandling', unit: 'timme', price: 'oppenvard_timme', quantity: '2 * 6 * 52 / 12' },
        { label: 'Uppstart', unit: 'engång', price: 25000 },
      ],
      risk: { probability: 0.3, afterMonth: 4, then: 'A HVB' },
    },
  ],
};

let s: PreviewSession;
let pane: Frame;

beforeAll(async () => {
  s = await openPreview();
  pane = s.pane;
});

afterAll(async () => {
  await s?.close();
});

const byId = (id: string) => pane.locator(`[data-testid="${id}"]`);

describe('Resursråd in the pane', () => {
  test('builds a case with three alternatives and sees the totals live', async () => {
    await gotoSection(pane, 'resourceBoard');
    await byId('view-resourceBoard').waitFor();
    // Three alternatives by default: two external, one home-based.
    expect(await pane.locator('[data-testid^="rb-alt-"][data-testid$="-totals"]').count()).toBe(3);

    await byId('rb-caseKey').fill(KEY);
    await byId('rb-date').fill(EXPECTED.date);
    await byId('rb-firstMonth').fill(EXPECTED.firstMonth);
    await byId('rb-horizon').fill('12');
    await byId('rb-reason').fill(EXPECTED.reason);

    await byId('rb-alt-0-comp-0-uplift').fill('3');
    await byId('rb-alt-2-comp-0-quantity').fill('2 * 6 * 52 / 12');

    // A blocked expression is refused under its field, in Swedish with the position; the totals of C go away.
    await byId('rb-alt-2-comp-0-quantity').fill('2 * import(1)');
    const field = pane.locator('[data-testid="rb-alt-2-comp-0"]');
    await field.getByText('tecken 5: "import" är spärrat i kostnadsuttryck.').waitFor();
    await byId('rb-alt-2-comp-0-quantity').fill('2 * 6 * 52 / 12');

    // A one-off start-up cost for C, and the risk that C breaks down after month 4 and A follows.
    await byId('rb-alt-2-add-component').click();
    await byId('rb-alt-2-comp-1-label').fill('Uppstart');
    await byId('rb-alt-2-comp-1-unit').click();
    await pane.getByRole('option', { name: 'engång' }).click();
    await byId('rb-alt-2-comp-1-price').fill('25000');
    await byId('rb-alt-2-risk').click();
    await byId('rb-alt-2-risk-p').fill('30');
    await byId('rb-alt-2-risk-after').fill('4');

    const expected = computeCase(validateCase(EXPECTED, DEFAULT_PRICE_LIST), { sensitivity: false });
    for (let i = 0; i < 3; i++) {
      await pane.waitForFunction(
        ([sel, text]) => document.querySelector(sel)?.textContent === text,
        [`[data-testid="rb-alt-${i}-total"]`, kr(expected.alternatives[i].totalOre)] as const,
      );
      expect(await byId(`rb-alt-${i}-expected`).innerText()).toBe(kr(expected.alternatives[i].expectedOre));
    }
    expect(await byId('rb-cheapest').innerText()).toBe(`Billigast över perioden: ${expected.cheapest}`);
    expect(await byId('rb-issue-count').count()).toBe(0);
    await screenshotPane(s.page, 'resursrad-pane-live-totals');
  });

  test('writes the sheet through the port and stores the case', async () => {
    await byId('rb-write').click();
    await pane.getByText(`Bladet "${SHEET}" är skrivet.`).waitFor();
    const names = (await listSheets(s.page)).map((x) => x.name);
    expect(names).toContain(SHEET);
    const range = await readRange(s.page, SHEET);
    const expected = computeCase(validateCase(EXPECTED, DEFAULT_PRICE_LIST));
    const totals = range.values.find((r) => r[0] === 'Total kostnad, 12 mån');
    expect(totals?.slice(1, 4)).toEqual(expected.alternatives.map((a) => a.totalOre / 100));
    const exp = range.values.find((r) => r[0] === 'Förväntad kostnad med risk');
    expect(exp?.slice(1, 4)).toEqual(expected.alternatives.map((a) => a.expectedOre / 100));
    const stored = await readTable(s.page, 'IFO_Arenden');
    expect(stored?.rows.map((r) => r[0])).toEqual([KEY]);
    expect(await readTable(s.page, 'IFO_Prislista')).not.toBeNull();
    await showSheet(s.page, SHEET);
    await s.page.locator('[data-testid="sheet-grid"]').waitFor();
    await screenshot(s.page, 'resursrad-sheet-written');
  });

  test('reopens the stored case after the pane was closed', async () => {
    pane = await reloadPane(s.page);
    await gotoSection(pane, 'resourceBoard');
    await byId('rb-stored').click();
    await pane.getByRole('option', { name: new RegExp(KEY) }).click();
    await byId('rb-reopen').click();
    await pane.getByText(`Ärendet ${KEY} är öppnat.`).waitFor();
    expect(await byId('rb-caseKey').inputValue()).toBe(KEY);
    expect(await byId('rb-alt-2-comp-0-quantity').inputValue()).toBe('2 * 6 * 52 / 12');
    expect(await byId('rb-alt-2-risk-p').inputValue()).toBe('30');
    const expected = computeCase(validateCase(EXPECTED, DEFAULT_PRICE_LIST), { sensitivity: false });
    expect(await byId('rb-alt-2-total').innerText()).toBe(kr(expected.alternatives[2].totalOre));
    await screenshotPane(s.page, 'resursrad-pane-reopened');
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
