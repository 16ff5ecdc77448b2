/**
 * Prognos in the browser preview on Exempelkommun (round "Prognos oktober 2026"): an enhetschef enters their name
 * once, picks unit 52110 once, accepts the budget-profile proposal for all lines and the trend for one line,
 * overrides one line month by month, gets inline Swedish messages for bad input, is blocked by the comment rule,
 * writes the comments — the last one typed just before the pane is closed (reloaded) — reopens without loss, and
 * submits; the ekonom approves and the unit is locked. Every step is checked in the workbook through the preview
 * host's port, and every figure against core's own computation on the same workbook.
 * Screenshots: artifacts/e2e/prognos-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { XlsxWorkbook } from '../../src/file';
import { computeProposals, roundLabel, type ProposalRow } from '../../src/core/forecast';
import { placementsFor } from '../../src/core/placements/workbook';
import { formatOre } from '../../src/core/money';
import { t } from '../../src/core/strings';
import type { CellValue } from '../../src/core/port';
import { ARTIFACTS, buildHasExample, gotoSection, openPreview, readSettings, readTable, reloadPane, screenshotPane, webDir, type PreviewSession } from './helpers';

jest.setTimeout(180_000);

const hasExample = buildHasExample();
const ROUND = '2026-10';
const UNIT = '52110';
const USER = 'Anna Andersson';
const ECONOMIST = 'Eva Ekonom';
const L = {
  revenue: 'Intäkter',
  personnel: 'Personal',
  institution: 'Köpt vård institution barn och unga',
  premises: 'Lokaler',
  other: 'Övriga kostnader',
} as const;
const kr = (ore: number) => formatOre(ore, { decimals: 0, suffix: true });
const ore = (kronor: CellValue) => Math.round((kronor as number) * 100);

let s: PreviewSession;
let pane: Frame;
let expected: Map<string, ProposalRow>;

const byId = (id: string, root: Frame | Locator = pane) => root.locator(`[data-testid="${id}"]`);
const line = (name: string) => pane.locator(`[data-testid="fc-line"][data-line="${name}"]`);

/** Opens a line's card (no-op when open). */
async function openLine(name: string): Promise<Locator> {
  const card = line(name);
  const toggle = byId('fc-line-toggle', card);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await byId('fc-line-body', card).waitFor();
  return card;
}

/** This unit's rows of a forecast table in the round, keyed by cost line. */
async function rowsOf(table: string): Promise<Map<string, CellValue[]>> {
  const data = await readTable(s.page, table);
  const out = new Map<string, CellValue[]>();
  for (const r of data?.rows ?? []) if (r[0] === ROUND && r[1] === UNIT) out.set(String(r[2]), r);
  return out;
}

/** Waits until a field has committed what was typed (its journal entry gone, the workbook written). */
async function committed(field: Locator): Promise<void> {
  await field.and(pane.locator('[data-dirty="false"]')).waitFor();
}

/** A small picture of one element of the pane (for the user guide). */
async function shot(loc: Locator, name: string): Promise<void> {
  await loc.scrollIntoViewIfNeeded();
  await loc.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

beforeAll(async () => {
  if (!hasExample) return;
  // Core's proposals on the very workbook the preview opens (the expected figures of every check below).
  const book = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(webDir(), 'exempelkommun.xlsx'))));
  // The pane feeds the placements method from the register (Exempelkommun imports one); so does the expectation.
  const batch = await computeProposals({ port: book, placementsOf: await placementsFor(book, ROUND) }, ROUND, [UNIT]);
  expected = new Map(batch.rows.map((r) => [r.costLine, r]));
  // Tall enough that a whole line card fits the pane (for the element screenshots); the pane stays 380 px wide.
  s = await openPreview({ viewport: { width: 1280, height: 1600 } });
  pane = s.pane;
});

afterAll(async () => {
  await s?.close();
});

const maybe = hasExample ? describe : describe.skip;

maybe('Prognos in the pane (Exempelkommun, enhetschef and ekonom)', () => {
  test('the enhetschef enters a name and picks a unit once', async () => {
    await gotoSection(pane, 'forecast');
    await byId('fc-name').fill(USER);
    await byId('fc-name-save').click();
    await byId('fc-unit-picker').waitFor();
    await byId(`fc-pick-${UNIT}`).click();
    await byId('fc-pick-save').click();
    const unit = byId('fc-unit');
    await unit.waitFor();
    expect(await byId('fc-round').textContent()).toContain(`${roundLabel(ROUND)} (ny)`);
    expect(await byId('fc-status').innerText()).toBe('Utkast');
    expect((await readSettings(s.page))['forecast.units.anna andersson']).toEqual([UNIT]);
    // The unit's lines, in report order, each with the proposal named and its figure (core's).
    const names = await pane.locator('[data-testid="fc-line"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-line')));
    expect(names).toEqual([L.revenue, L.personnel, L.institution, L.premises, L.other]);
    const inst = expected.get(L.institution) as ProposalRow;
    const trend = inst.proposals.trend;
    if (!trend.ok) throw new Error('trend expected');
    await expect(line(L.institution).innerText()).resolves.toContain(`Förslag (Trend): ${kr(trend.ore)}`);
    await screenshotPane(s.page, 'prognos-1-enhet-vald');
    await shot(byId('fc-totals'), 'prognos-doc-summering');
    await shot(byId('fc-lines'), 'prognos-doc-rader');
  });

  test('accepts the budget profile for every line in one click, then the trend for one line', async () => {
    await byId('fc-all-accept').click();
    await byId('fc-all-result').waitFor();
    expect(await byId('fc-all-result').innerText()).toContain('Budgetprofil är sparat som prognos (rader: 5).');
    let rows = await rowsOf('IFO_Prognos');
    expect(rows.size).toBe(5);
    for (const [name, r] of expected) {
      const p = r.proposals.budgetProfile;
      if (!p.ok) throw new Error('budget profile expected');
      expect({ name, fullYear: ore(rows.get(name)?.[15] ?? null) }).toEqual({ name, fullYear: p.ore });
    }
    // One line: the trend (one click on "Använd"); the card names the chosen method.
    const card = await openLine(L.institution);
    // Purchased care: the placement register's proposal (committed + expected new cost), with its honest backtest reason.
    const placements = (expected.get(L.institution) as ProposalRow).proposals.placements;
    if (!placements.ok) throw new Error('placements proposal expected (Exempelkommun has a register)');
    const pl = await byId('fc-proposal-placements', card).innerText();
    expect(pl).toContain(kr(placements.ore));
    expect(pl).toContain(t('forecast.pane.proposals.noBacktest', { reason: t('forecast.reason.noPlacementHistory') }));
    await byId('fc-use-trend', card).click();
    const trend = (expected.get(L.institution) as ProposalRow).proposals.trend;
    if (!trend.ok) throw new Error('trend expected');
    await pane.waitForFunction(
      ([text]) => [...document.querySelectorAll('[data-line] [data-testid="fc-fig-forecast"]')].some((e) => e.textContent === text),
      [kr(trend.ore)] as const,
    );
    rows = await rowsOf('IFO_Prognos');
    expect(ore(rows.get(L.institution)?.[15] ?? null)).toBe(trend.ore);
    expect((await rowsOf('IFO_Prognos_kommentarer')).get(L.institution)?.[3]).toBe('trend');
    await shot(card, 'prognos-2-rad-forslag');
  });

  test('overrides one line month by month', async () => {
    const card = await openLine(L.personnel);
    // Not purchased care: the placements method has no figure and says why.
    await expect(byId('fc-proposal-placements-missing', card).innerText()).resolves.toBe(
      t('forecast.pane.proposals.missing', { reason: t('forecast.reason.notPurchasedCare') }),
    );
    await byId('fc-months-toggle', card).click();
    const nov = byId('fc-month-11', card);
    const dec = byId('fc-month-12', card);
    await nov.fill('300 000');
    await nov.press('Enter');
    await committed(nov);
    await dec.fill('410 000');
    await dec.press('Tab');
    await committed(dec);
    const row = (await rowsOf('IFO_Prognos')).get(L.personnel) as CellValue[];
    const actualToDate = (expected.get(L.personnel) as ProposalRow).actualToDateOre as number;
    expect([ore(row[13]), ore(row[14])]).toEqual([30_000_000, 41_000_000]);
    expect(ore(row[15])).toBe(actualToDate + 30_000_000 + 41_000_000);
    expect(row[16]).toBe('månadsvis');
    await expect(byId('fc-fig-forecast', card).innerText()).resolves.toBe(kr(actualToDate + 71_000_000));
    await shot(card, 'prognos-3-manad-for-manad');
    await shot(byId('fc-months-toggle', card).locator('xpath=..'), 'prognos-doc-manader');
  });

  test('bad input gets inline Swedish messages and nothing is stored; absurd values need a confirmation', async () => {
    const card = await openLine(L.premises);
    const field = byId('fc-fullyear', card);
    const before = (await rowsOf('IFO_Prognos')).get(L.premises);
    const message = async (text: string) => {
      await field.fill(text);
      await field.press('Enter');
      await card.locator('[data-field-state="unsaved"]').waitFor();
      return card.locator('.fui-Field__validationMessage').first().innerText();
    };
    await expect(message('tvåhundratusen')).resolves.toBe(t('forecast.input.notANumber', { value: 'tvåhundratusen' }));
    await expect(message('199.021,5.0')).resolves.toBe(t('forecast.input.decimalSeparator', { value: '199.021,5.0' }));
    await expect(message('199 021,555')).resolves.toBe(t('forecast.input.tooManyDecimals', { value: '199 021,555' }));
    expect((await rowsOf('IFO_Prognos')).get(L.premises)).toEqual(before);
    // Beyond ten times the budget: a question, stored only when confirmed (here: not).
    await field.fill('25 000 000');
    await field.press('Enter');
    const q = byId('fc-fullyear-confirm', card);
    await q.waitFor();
    expect(await q.innerText()).toContain('mer än 10 gånger budgeten');
    await shot(card, 'prognos-4-felmeddelanden');
    await shot(q, 'prognos-doc-fraga');
    await q.getByRole('button', { name: 'Ångra' }).click();
    expect((await rowsOf('IFO_Prognos')).get(L.premises)).toEqual(before);
    // A personal identity number in a comment is refused.
    const cause = byId('fc-cause', card);
    await cause.fill('Gäller 19121212-1212');
    await cause.blur();
    await card.getByText(t('forecast.input.commentPersonalNumber')).waitFor();
    expect((await rowsOf('IFO_Prognos_kommentarer')).get(L.premises)?.[4] ?? '').toBe(''); // empty cells read as null
    await cause.fill('');
    await cause.blur();
    await committed(cause);
  });

  test('submitting is blocked by the comment rule, with a message per line', async () => {
    await byId('fc-submit').click();
    const errors = byId('fc-submit-errors');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toContain(`${L.revenue}: avvikelsen`);
    expect(text).toMatch(new RegExp(`${L.institution}: avvikelsen .* kräver en orsak`));
    expect(text).toMatch(new RegExp(`${L.institution}: underskottet .* kräver en åtgärd`));
    expect(await byId('fc-status').innerText()).toBe('Utkast');
    expect(await pane.locator('[data-testid="fc-line"][data-issues="2"]').getAttribute('data-line')).toBe(L.institution);
    await screenshotPane(s.page, 'prognos-5-inlamning-stoppad');
    await shot(byId('fc-submit-card'), 'prognos-doc-stoppad');
    await shot(line(L.institution), 'prognos-5-rad-kraver-orsak');
  });

  test('writes the comments; the pane is closed mid-edit and reopened without loss', async () => {
    const rev = await openLine(L.revenue);
    const revCause = byId('fc-cause', rev);
    await revCause.fill('Fler ärenden med egenavgift än budgeterat.');
    await revCause.blur();
    await committed(revCause);
    const inst = await openLine(L.institution);
    const instCause = byId('fc-cause', inst);
    await instCause.fill('Två nya HVB-placeringar sedan augusti.');
    await instCause.blur();
    await committed(instCause);
    expect((await rowsOf('IFO_Prognos_kommentarer')).get(L.institution)?.[4]).toBe('Två nya HVB-placeringar sedan augusti.');

    // Typed, and the pane is closed before the field has committed (no blur, within the debounce).
    const ACTION = 'Hemmaplanslösning prövas i resursrådet i november.';
    await byId('fc-action', inst).fill(ACTION);
    expect((await rowsOf('IFO_Prognos_kommentarer')).get(L.institution)?.[5] ?? '').toBe('');
    pane = await reloadPane(s.page);

    // Reopened: name and unit remembered; the typed åtgärd is committed and shown.
    await gotoSection(pane, 'forecast');
    await byId('fc-unit').waitFor();
    expect(await byId('fc-user').innerText()).toBe(`Du ändrar som ${USER}.`);
    const again = line(L.institution);
    const action = byId('fc-action', again);
    await action.waitFor();
    await committed(action);
    expect(await action.inputValue()).toBe(ACTION);
    await pane.getByText(t('forecast.pane.input.restored')).waitFor();
    expect((await rowsOf('IFO_Prognos_kommentarer')).get(L.institution)?.[5]).toBe(ACTION);
    const audit = (await readTable(s.page, 'IFO_Prognos_logg'))?.rows ?? [];
    expect(audit.filter((r) => r[3] === L.institution && r[5] === 'Åtgärd').map((r) => [r[1], r[7]])).toEqual([[USER, ACTION]]);
    await screenshotPane(s.page, 'prognos-6-efter-omstart');
  });

  test('submits (utkast → inlämnad)', async () => {
    await byId('fc-submit').click();
    await pane.getByText(`Prognosen för ${UNIT} Placeringar barn och unga är inlämnad.`).waitFor();
    expect(await byId('fc-status').innerText()).toBe('Inlämnad');
    const status = (await readTable(s.page, 'IFO_Prognos_status'))?.rows.filter((r) => r[0] === ROUND && r[1] === UNIT);
    expect(status?.map((r) => [r[2], r[4]])).toEqual([['inlämnad', USER]]);
    await expect(byId('fc-fullyear', line(L.institution)).isDisabled()).resolves.toBe(true);
  });

  test('the ekonom approves; the unit is locked for the enhetschef', async () => {
    await byId('fc-user-change').click();
    await byId('fc-name').fill(ECONOMIST);
    await byId('fc-name-save').click();
    await byId('fc-role-economist').click();
    const row = pane.locator(`[data-testid="fc-ov-unit"][data-unit="${UNIT}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('submitted');
    expect(await byId('fc-overview-counts').innerText()).toBe('Godkända: 0 · inlämnade: 1 · utkast: 0 · ej påbörjade: 16');
    await shot(row, 'prognos-7-ekonom-inlamnad');
    await byId('fc-ov-approve', row).click();
    await pane.getByText(`${UNIT} Placeringar barn och unga är godkänd och låst.`).waitFor();
    await pane.locator(`[data-testid="fc-ov-unit"][data-unit="${UNIT}"][data-status="approved"]`).waitFor();
    const status = (await readTable(s.page, 'IFO_Prognos_status'))?.rows.filter((r) => r[0] === ROUND && r[1] === UNIT);
    expect(status?.map((r) => [r[2], r[4]])).toEqual([['godkänd', ECONOMIST]]);
    await screenshotPane(s.page, 'prognos-8-ekonom-oversikt');
    await shot(byId('fc-overview'), 'prognos-doc-oversikt');
    await shot(byId('fc-thresholds'), 'prognos-doc-granser');

    // The enhetschef's view of the unit: approved, locked, every input disabled.
    await byId('fc-ov-view', pane.locator(`[data-testid="fc-ov-unit"][data-unit="${UNIT}"]`)).click();
    await byId('fc-lock').waitFor();
    expect(await byId('fc-lock').innerText()).toBe(t('forecast.workflow.locked'));
    expect(await byId('fc-status').innerText()).toBe('Godkänd');
    const inst = await openLine(L.institution);
    await expect(byId('fc-cause', inst).isDisabled()).resolves.toBe(true);
    await expect(byId('fc-use-budgetProfile', inst).isDisabled()).resolves.toBe(true);
    await screenshotPane(s.page, 'prognos-9-godkand-last');
    // Nothing of the round changed after approval.
    const audit = (await readTable(s.page, 'IFO_Prognos_logg'))?.rows ?? [];
    expect(audit.at(-1)?.slice(5, 8)).toEqual(['Status', 'inlämnad', 'godkänd']);
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
