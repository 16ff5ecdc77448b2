/**
 * Distribute and collect through the pane on Exempelkommun: the ekonom creates one workbook per unit for three
 * units (real browser downloads of .xlsx files built by ExcelJS in the pane), each holding its unit's data only;
 * the enhetschefer fill them in (here through core on the downloaded files, as the pane would in their copy);
 * meanwhile one unit is also edited in the main workbook — so its returned copy is a conflict. The ekonom collects
 * the three files with the pane's file input and sees two collected and one conflict; the main workbook has
 * exactly the collected units' figures. Screenshots: artifacts/e2e/prognos-dist-*.png.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Frame, Locator } from 'playwright-core';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/file';
import { openUnit, readForecasts, type ForecastEnv } from '../../src/core/forecast';
import { DISTRIBUTION_SETTING, parseDistributionMeta } from '../../src/core/forecast/tables';
import { ACTUALS_TABLE } from '../../src/core/model/tables';
import { t } from '../../src/core/strings';
import { ARTIFACTS, buildHasExample, gotoSection, openPreview, readTable, screenshotPane, type PreviewSession } from './helpers';

jest.setTimeout(180_000);

const hasExample = buildHasExample();
const ROUND = '2026-10';
const UNITS = ['52100', '52110', '53110'] as const;
const CONFLICT = '53110';

let s: PreviewSession;
let pane: Frame;
let dir: string;
const files = new Map<string, string>();

const byId = (id: string, root: Frame | Locator = pane) => root.locator(`[data-testid="${id}"]`);
const unitRow = (cc: string) => pane.locator(`[data-testid="fc-ov-unit"][data-unit="${cc}"]`);

async function shot(loc: Locator, name: string): Promise<void> {
  await loc.scrollIntoViewIfNeeded();
  await loc.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

/** True when the sheet of that name carries <sheetProtection sheet="1"> in the file. */
async function sheetProtected(path: string, sheet: string): Promise<boolean> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const esc = sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = rid ? new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`sheet ${sheet} not found`);
  const xml = (await zip.file('xl/' + target.replace(/^\/?xl\//, ''))?.async('string')) ?? '';
  return /<sheetProtection [^>]*sheet="1"/.test(xml);
}

/** Local time as the pane writes it (the browser runs in Europe/Stockholm; so do the municipalities' computers). */
const stockholmNow = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'medium' }).format(new Date());

/** What an enhetschef does in the copy: accept a proposal for all lines, comment where required, maybe submit. */
async function fillIn(path: string, cc: string, submit: boolean): Promise<void> {
  const book = await XlsxWorkbook.load(new Uint8Array(readFileSync(path)));
  const env: ForecastEnv = { port: book, user: `Enhetschef ${cc}`, now: stockholmNow };
  const session = await openUnit(env, cc, ROUND);
  expect((await session.acceptAll({ method: 'runRate', confirmed: true })).status).toBe('saved');
  for (const l of session.view().lines) {
    if (l.commentRequired) await session.save({ kind: 'cause', costLine: l.costLine, text: 'Fler ärenden än budgeterat.' });
    if (l.actionRequired) await session.save({ kind: 'action', costLine: l.costLine, text: 'Ses över i resursrådet.' });
  }
  if (submit) expect((await session.submit()).status).toBe('done');
  writeFileSync(path, await book.save());
}

beforeAll(async () => {
  if (!hasExample) return;
  dir = mkdtempSync(join(tmpdir(), 'ifo-prognos-dist-'));
  s = await openPreview({ viewport: { width: 1280, height: 1600 } });
  pane = s.pane;
});

afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const maybe = hasExample ? describe : describe.skip;

maybe('Distribute and collect unit workbooks in the pane', () => {
  test('the ekonom creates one workbook per unit for three units, downloaded as .xlsx', async () => {
    await gotoSection(pane, 'forecast');
    await byId('fc-name').fill('Eva Ekonom');
    await byId('fc-name-save').click();
    await byId('fc-role-economist').click();
    await byId('fc-distribute').waitFor();
    await byId('fc-dist-all').click(); // none
    for (const cc of UNITS) await byId(`fc-dist-${cc}`).click();
    expect(await byId('fc-dist-button').innerText()).toBe('Skapa arbetsböcker (3)');

    const downloads: Download[] = [];
    s.page.on('download', (d) => downloads.push(d));
    await byId('fc-dist-button').click();
    await pane.getByText(/Arbetsböcker skapade och hämtade \(3\)/).waitFor({ timeout: 60_000 });
    expect(downloads.map((d) => d.suggestedFilename())).toEqual(UNITS.map((cc) => `Prognos ${ROUND} ${cc}.xlsx`));
    for (const [i, d] of downloads.entries()) {
      const path = join(dir, d.suggestedFilename());
      await d.saveAs(path);
      files.set(UNITS[i], path);
    }
    await shot(byId('fc-distribute'), 'prognos-dist-1-skapa');

    // Each file is its unit's workbook: the marker setting, and only the unit's actuals.
    for (const cc of UNITS) {
      const book = await XlsxWorkbook.load(new Uint8Array(readFileSync(files.get(cc) as string)));
      const meta = parseDistributionMeta((await book.getSettings())[DISTRIBUTION_SETTING]);
      expect(meta).toMatchObject({ costCenter: cc, round: ROUND, createdBy: 'Eva Ekonom' });
      const actuals = await book.readTable(ACTUALS_TABLE.name);
      const ansvar = actuals?.headers.indexOf('Ansvar') ?? -1;
      expect(actuals?.rows.length).toBeGreaterThan(0);
      expect(new Set(actuals?.rows.map((r) => r[ansvar]))).toEqual(new Set([cc]));
    }
  });

  test('the units fill in their copies; one unit is meanwhile also edited in the main workbook', async () => {
    // Audit times are to the second: edits must come after the copies were made.
    await new Promise((r) => setTimeout(r, 1100));
    // In the main workbook (the pane): the ekonom opens 53110 and enters a figure for one line.
    await byId('fc-ov-idle-toggle').click();
    await byId('fc-ov-view', unitRow(CONFLICT)).click();
    const first = pane.locator('[data-testid="fc-line"]').first();
    await byId('fc-line-toggle', first).click();
    await byId('fc-use-budgetProfile', first).click();
    await pane.waitForFunction(async () => {
      const host = (window.parent as unknown as { ifoPreviewHost: { port: { readTable(n: string): Promise<{ rows: unknown[][] } | null> } } }).ifoPreviewHost;
      const rows = (await host.port.readTable('IFO_Prognos'))?.rows ?? [];
      return rows.some((r) => r[1] === '53110');
    });
    await byId('fc-back-to-overview').click();

    await fillIn(files.get('52100') as string, '52100', true);
    await fillIn(files.get('52110') as string, '52110', false);
    await fillIn(files.get(CONFLICT) as string, CONFLICT, false);
    // The forecast sheets of a saved copy are protected (read, not edited by hand; the add-in unprotects for its own
    // writes and protects again).
    for (const sheet of ['IFO Prognos', 'IFO Prognos kommentarer', 'IFO Prognos status', 'IFO Prognos logg']) {
      expect({ sheet, locked: await sheetProtected(files.get('52100') as string, sheet) }).toEqual({ sheet, locked: true });
    }
  });

  test('collecting the three files: two collected, one conflict reported and not taken', async () => {
    const before = (await readTable(s.page, 'IFO_Prognos'))?.rows.filter((r) => r[1] === CONFLICT);
    await byId('fc-collect-input').setInputFiles(UNITS.map((cc) => files.get(cc) as string));
    const report = byId('fc-collect-report');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.locator('p, span').first().innerText()).toBe('Inhämtade: 2 · oförändrade: 0 · konflikter: 1');
    const conflicts = await byId('fc-collect-conflicts').innerText();
    expect(conflicts).toContain(
      t('forecast.collect.changedInBoth', { name: `Prognos ${ROUND} ${CONFLICT}.xlsx`, unit: CONFLICT, round: ROUND }),
    );
    expect(await byId('fc-collect-collected').innerText()).toContain(`Prognos ${ROUND} 52100.xlsx: ansvar 52100, rader: 4, inlämnad.`);

    // The main workbook holds the collected units' rows as the copies have them; the conflicting unit is untouched.
    const main = await readTable(s.page, 'IFO_Prognos');
    for (const cc of ['52100', '52110']) {
      const copy = await XlsxWorkbook.load(new Uint8Array(readFileSync(files.get(cc) as string)));
      const theirs = (await readForecasts(copy)).filter((f) => f.round === ROUND && f.costCenter === cc);
      const ours = main?.rows.filter((r) => r[0] === ROUND && r[1] === cc) ?? [];
      expect(ours.map((r) => [r[2], r[15]])).toEqual(theirs.map((f) => [f.costLine, f.fullYear / 100]));
    }
    expect(main?.rows.filter((r) => r[1] === CONFLICT)).toEqual(before);
    const statuses = (await readTable(s.page, 'IFO_Prognos_status'))?.rows.filter((r) => r[0] === ROUND).map((r) => [r[1], r[2]]);
    expect(statuses).toEqual([['52100', 'inlämnad']]);
    // The overview follows: 52100 submitted, ready to approve.
    await unitRow('52100').and(pane.locator('[data-status="submitted"]')).waitFor();
    await shot(byId('fc-collect'), 'prognos-dist-2-insamling');
    await screenshotPane(s.page, 'prognos-dist-3-oversikt');
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
