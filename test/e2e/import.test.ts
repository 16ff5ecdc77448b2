/**
 * The Import view in the browser preview, on a new workbook: Exempelkommun's files are chosen with the file input,
 * the detected kind, format, mapping and first rows are shown, the reconciliation before writing matches the
 * generator's own totals, the import is confirmed and read back from the workbook; a bad corpus file is refused
 * readably with the workbook unchanged; an uncertain mapping is confirmed with a dropdown (and remembered); the
 * active selection is read; a large generated file shows the progress bar and is cancelled with the workbook
 * unchanged. Screenshots: artifacts/e2e/import-*.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Locator } from 'playwright-core';
import { formatOre } from '../../src/core/money';
import { cellOre, cellText } from '../../src/core/model/tables';
import {
  ARTIFACTS,
  ROOT,
  gotoSection,
  listSheets,
  openPreview,
  readSettings,
  readTable,
  screenshot,
  screenshotPane,
  setPaneFiles,
  showSheet,
  webDir,
  type PreviewSession,
} from './helpers';

jest.setTimeout(180_000);

const EX = join(webDir(), 'exempelkommun');
const CORPUS = join(ROOT, 'test', 'fixtures', 'import');
const facts = JSON.parse(readFileSync(join(EX, 'exempelkommun.json'), 'utf8')) as {
  ledgers: { file: string; rows: number; totalOre: number; perPeriod: Record<string, number>; personnummerRows: number }[];
  budget: { file: string; rows: number; perYear: Record<string, number> };
  syntheticPersonnummer: string[];
};
const LEDGER = facts.ledgers[1];
const kr = (ore: number) => formatOre(ore, { suffix: true });
const count = (n: number) => n.toLocaleString('sv-SE');

let s: PreviewSession;
let pane: Frame;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ifo-e2e-import-'));
  // A tall window, so that the pane's screenshots show a whole step of the flow.
  s = await openPreview({ query: 'workbook=new', viewport: { width: 1280, height: 1500 } });
  pane = s.pane;
  await gotoSection(pane, 'import');
});

afterAll(async () => {
  await s?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const byId = (id: string, within: Frame | Locator = pane) => within.locator(`[data-testid="${id}"]`);
const sourceCard = (file: string) => pane.locator(`[data-testid="import-source"][data-file="${file}"]`);

/** Everything the import may touch, to compare before and after a refusal or a cancel. */
async function workbookState(): Promise<string> {
  const tables = ['IFO_Utfall', 'IFO_Importlogg', 'IFO_Budget', 'IFO_Organisation', 'IFO_Kontoplan', 'IFO_Koder'];
  const out: unknown[] = [await listSheets(s.page), await readSettings(s.page)];
  for (const name of tables) out.push(await readTable(s.page, name));
  return JSON.stringify(out);
}

async function clearSources(): Promise<void> {
  while ((await pane.locator('[data-testid="import-source-remove"]').count()) > 0) {
    await pane.locator('[data-testid="import-source-remove"]').first().click();
  }
}

/** A screenshot of one part of the pane (a card), whole even when taller than the window. */
async function screenshotPart(part: Locator, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await part.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

/** No sideways scrolling in the pane. */
async function paneOverflow(): Promise<number> {
  return pane.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('Import view', () => {
  test('chooses Exempelkommun’s files and sees kind, format, mapping and the first rows', async () => {
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [
      join(EX, 'organisation.csv'),
      join(EX, LEDGER.file),
      join(EX, facts.budget.file),
    ]);
    await pane.waitForFunction(() => document.querySelectorAll('[data-testid="import-source-rows"]').length === 3);
    const ledger = sourceCard(LEDGER.file);
    expect(await byId('import-source-kind', ledger).innerText()).toBe('huvudbok (upptäckt)');
    expect(await byId('import-source-format', ledger).innerText()).toMatch(/kB · Windows-1252 · semikolon · rubrik på rad 1$/);
    expect(await byId('import-source-kind', sourceCard('organisation.csv')).innerText()).toBe('organisation (upptäckt)');
    expect(await byId('import-source-kind', sourceCard(facts.budget.file)).innerText()).toBe('budget (upptäckt)');
    // The mapping with its confidence: every required field certain, nothing to confirm.
    for (const [field, column] of [
      ['amount', 'Belopp (J)'],
      ['account', 'Konto (C)'],
      ['costCenter', 'Ansvar (B)'],
      ['period', 'Period (A)'],
    ]) {
      expect(await byId(`import-map-${field}`, ledger).innerText()).toBe(column);
      expect(await byId(`import-conf-${field}`, ledger).getAttribute('data-state')).toBe('certain');
    }
    expect(await byId('import-source-uncertain', ledger).count()).toBe(0);
    // The first rows, with the field each column goes to.
    const rows = byId('import-source-rows', ledger);
    expect(await rows.locator('tbody tr').count()).toBe(6);
    expect(await rows.locator('thead th').nth(9).innerText()).toBe('Belopp\n→ Belopp');
    expect(await rows.locator('tbody tr').first().locator('td').first().innerText()).toBe('202601');
    expect(await paneOverflow()).toBe(0);
    await screenshotPane(s.page, 'import-sources');
    await screenshotPart(ledger, 'import-source-ledger');
  });

  test('shows the reconciliation before writing, equal to the generator’s totals', async () => {
    const before = await workbookState();
    await byId('import-analyse').click();
    const recon = byId('import-recon');
    await recon.waitFor();
    expect(await recon.getAttribute('data-refused')).toBe('false');
    const read = LEDGER.rows + facts.budget.rows + 17;
    expect(await byId('import-recon-read').innerText()).toBe(count(read));
    expect(await byId('import-recon-imported').innerText()).toBe(count(read));
    expect(await byId('import-recon-rejected').innerText()).toBe('0');
    expect(await byId('import-recon-total-ledger').innerText()).toBe(kr(LEDGER.totalOre));
    expect(await byId('import-recon-total-budget').innerText()).toBe(kr(Object.values(facts.budget.perYear).reduce((a, b) => a + b, 0)));
    expect(await byId('import-recon-masked').innerText()).toBe(String(LEDGER.personnummerRows));
    // Sum per period: the ledger column equals the generator's per-period figures.
    const periodRows = await byId('import-recon-periods').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const ledgerByPeriod = Object.fromEntries(periodRows.filter((r) => r[1]).map((r) => [r[0], r[1]]));
    expect(ledgerByPeriod).toEqual(Object.fromEntries(Object.entries(LEDGER.perPeriod).map(([p, v]) => [p, kr(v)])));
    // Nothing written yet.
    expect(await workbookState()).toBe(before);
    const text = await recon.innerText();
    for (const p of facts.syntheticPersonnummer) expect(text).not.toContain(p);
    await recon.scrollIntoViewIfNeeded();
    await screenshotPane(s.page, 'import-reconciliation');
    // The reconciliation card, and one file opened, for the user guide.
    await screenshotPart(recon, 'import-recon-card');
    const ledgerItem = recon.locator(`[data-testid="import-recon-file"][data-file="${LEDGER.file}"]`);
    await ledgerItem.locator('summary').click();
    expect(await ledgerItem.innerText()).toContain('Windows-1252 · semikolon · rubrik på rad 1');
    await screenshotPart(ledgerItem, 'import-recon-file');
    await ledgerItem.locator('summary').click();
  });

  test('confirms, and the workbook holds the actuals, the budget and the organisation', async () => {
    await byId('import-apply').click();
    await pane.getByText('Importen är klar').waitFor();
    const actuals = (await readTable(s.page, 'IFO_Utfall'))!;
    const byPeriod: Record<string, number> = {};
    for (const r of actuals.rows) byPeriod[cellText(r[0])] = (byPeriod[cellText(r[0])] ?? 0) + cellOre(r[8]);
    expect(byPeriod).toEqual(LEDGER.perPeriod);
    const org = (await readTable(s.page, 'IFO_Organisation'))!;
    expect(org.rows).toHaveLength(17);
    expect(org.rows.every((r) => cellText(r[3]) !== '')).toBe(true);
    const log = (await readTable(s.page, 'IFO_Importlogg'))!;
    expect(log.rows.map((r) => r[2]).sort()).toEqual(['organisation.csv', LEDGER.file, facts.budget.file].sort());
    // The content hash is SHA-256 from Web Crypto.
    expect(log.rows.every((r) => /^[0-9a-f]{64}$/.test(cellText(r[4])))).toBe(true);
    // The status card: the log, the totals and no structure gaps.
    const status = byId('import-status');
    await status.locator('[data-testid="import-status-entry"]').first().waitFor();
    expect(await status.locator('[data-testid="import-status-entry"]').count()).toBe(3);
    expect(await byId('import-status-actuals').innerText()).toBe(`Utfall i arbetsboken: ${kr(LEDGER.totalOre)} (${count(actuals.rows.length)} rader)`);
    await byId('import-status-nogaps').waitFor();
    expect(await byId('import-source').count()).toBe(0);
    await screenshotPane(s.page, 'import-done');
    await screenshotPart(status, 'import-status-card');
    await showSheet(s.page, 'Organisation');
    await s.page.locator('[data-testid="sheet-grid"]').waitFor();
    await screenshot(s.page, 'import-organisation-sheet');
    // The top of it (the table and the pane's result), small enough for the user guide.
    await s.page.screenshot({ path: join(ARTIFACTS, 'import-organisation-top.png'), clip: { x: 0, y: 0, width: 1280, height: 540 }, animations: 'disabled' });
  });

  test('a bad file is refused readably, every rejected row listed, and the workbook is unchanged', async () => {
    const before = await workbookState();
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [join(CORPUS, 'bad-number.csv')]);
    await byId('import-source-rows', sourceCard('bad-number.csv')).waitFor();
    await byId('import-analyse').click();
    const notice = byId('notice');
    await notice.getByText('Importen avvisades: 2 felaktiga värden.', { exact: false }).waitFor();
    const issues = await byId('notice-issues').locator('li').allInnerTexts();
    expect(issues).toEqual([
      'fil bad-number.csv · rad 3 · kolumn Belopp\nvärde "12,3,4"\nBeloppet är inte ett tal.',
      'fil bad-number.csv · rad 4 · kolumn Belopp\nvärde "tusen"\nBeloppet är inte ett tal.',
    ]);
    const recon = byId('import-recon');
    expect(await recon.getAttribute('data-refused')).toBe('true');
    expect(await byId('import-apply').count()).toBe(0);
    const rejects = await byId('import-recon-rejects').locator('li').allInnerTexts();
    expect(rejects).toEqual(['rad 3 · kolumn Belopp\nvärde "12,3,4"\nBeloppet är inte ett tal.', 'rad 4 · kolumn Belopp\nvärde "tusen"\nBeloppet är inte ett tal.']);
    expect(await workbookState()).toBe(before);
    await notice.scrollIntoViewIfNeeded();
    await screenshotPane(s.page, 'import-refused');
    await screenshotPart(notice, 'import-refused-notice');
    await screenshotPart(recon, 'import-refused-card');

    // With "Hoppa över felaktiga rader" the valid row is imported and the rejects listed before writing.
    await byId('import-skip-invalid').check();
    await byId('import-analyse').click();
    await pane.waitForSelector('[data-testid="import-recon"][data-refused="false"]');
    expect(await byId('import-recon-imported').innerText()).toBe('1');
    expect(await byId('import-recon-rejected').innerText()).toBe('2');
    expect(await byId('import-recon-rejects').locator('li').count()).toBe(2);
    await byId('import-discard').click();
    await byId('import-skip-invalid').uncheck();
    await clearSources();
    expect(await workbookState()).toBe(before);
  });

  test('an uncertain mapping is confirmed with a dropdown; the first rows follow; the choice is remembered', async () => {
    const file = join(tmp, 'dubbel-belopp.csv');
    writeFileSync(file, readFileSync(join(CORPUS, 'duplicate-header.csv')));
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [file]);
    const card = sourceCard('dubbel-belopp.csv');
    await byId('import-source-uncertain', card).waitFor();
    expect(await byId('import-conf-amount', card).getAttribute('data-state')).toBe('ambiguous');
    expect(await byId('import-conf-amount', card).innerText()).toBe('Flera möjliga');
    expect(await byId('import-map-amount', card).innerText()).toBe('Belopp (D)');
    await card.scrollIntoViewIfNeeded();
    await screenshotPart(card, 'import-uncertain');

    await byId('import-map-amount', card).click();
    await pane.getByRole('option', { name: 'Belopp (E)' }).click();
    await pane.waitForFunction(() => document.querySelector('[data-testid="import-source-uncertain"]') === null);
    expect(await byId('import-conf-amount', card).getAttribute('data-state')).toBe('user');
    expect(await byId('import-map-amount', card).innerText()).toBe('Belopp (E)');
    const heads = await byId('import-source-rows', card).locator('thead th').allInnerTexts();
    expect(heads).toEqual(['Period\n→ Period', 'Ansvar\n→ Ansvar', 'Konto\n→ Konto', 'Belopp', 'Belopp\n→ Belopp']);
    await byId('import-source-will-remember', card).waitFor();
    await screenshotPart(card, 'import-uncertain-confirmed');

    await byId('import-analyse').click();
    await byId('import-recon').waitFor();
    expect(await byId('import-recon-total-ledger').innerText()).toBe(kr(20000));
    await byId('import-apply').click();
    await pane.getByText('Importen är klar').waitFor();
    const settings = await readSettings(s.page);
    expect(Object.entries(settings).find(([k]) => k.startsWith('import.mapping.ledger.'))?.[1]).toMatchObject({ amount: 'E' });

    // The same header again: the remembered choice is used and said so.
    const again = join(tmp, 'dubbel-belopp-2.csv');
    writeFileSync(again, 'Period;Ansvar;Konto;Belopp;Belopp\r\n202604;1210;46311;1;2\r\n');
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [again]);
    const card2 = sourceCard('dubbel-belopp-2.csv');
    await byId('import-source-remembered', card2).waitFor();
    expect(await byId('import-conf-amount', card2).getAttribute('data-state')).toBe('remembered');
    expect(await byId('import-map-amount', card2).innerText()).toBe('Belopp (E)');
    await clearSources();
  });

  test('reads the active selection of the workbook', async () => {
    await s.page.evaluate(async () => {
      const host = (window as unknown as { ifoPreviewHost: { port: { writeSheets(specs: unknown[]): Promise<void> } } }).ifoPreviewHost;
      await host.port.writeSheets([
        {
          name: 'Uttag',
          blocks: [
            { at: 'A1', rows: [['Huvudboksutdrag mars'], [null]] },
            { at: 'A3', rows: [['Period', 'Ansvar', 'Konto', 'Belopp'], ['2026-03', '52110', '46311', 1500], ['2026-03', '52110', '46312', 250.5], ['Summa', null, null, 1750.5]] },
          ],
        },
      ]);
    });
    await showSheet(s.page, 'Uttag');
    await s.page.locator('[data-cell="A3"]').click();
    await s.page.locator('[data-cell="D5"]').click({ modifiers: ['Shift'] });
    await byId('import-read-selection').click();
    const card = sourceCard('Uttag!A3:D5');
    await byId('import-source-rows', card).waitFor();
    expect(await byId('import-source-format', card).innerText()).toBe('arbetsboken · blad Uttag · rubrik på rad 3');
    expect(await byId('import-source-rows', card).locator('tbody tr').count()).toBe(2);
    await byId('import-analyse').click();
    await byId('import-recon').waitFor();
    expect(await byId('import-recon-total-ledger').innerText()).toBe(kr(175050));
    await byId('import-discard').click();
    await clearSources();
  });

  test('reads an xlsx follow-up report, and files dropped on the drop zone', async () => {
    const xlsx = readdirSync(EX).find((f) => f.endsWith('.xlsx'))!;
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [join(EX, xlsx)]);
    const card = sourceCard(xlsx);
    await byId('import-source-rows', card).waitFor();
    expect(await byId('import-source-kind', card).innerText()).toBe('uppföljningsrapport (upptäckt)');
    expect(await byId('import-source-format', card).innerText()).toMatch(/ · xlsx-fil · blad Uppföljning · rubrik på rad 5$/);
    expect(await byId('import-map-costCenter', card).innerText()).toBe('Ansvar (A)');

    // A file dropped on the drop zone (as from the file explorer).
    const transfer = await pane.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Ansvar;Benämning;Enhet;Område;Verksamhet\r\n59999;Testansvar;Testenhet;Vuxen;559\r\n'], 'org-släppt.csv', { type: 'text/csv' }));
      return dt;
    });
    await byId('import-drop').dispatchEvent('dragover', { dataTransfer: transfer });
    await byId('import-drop').dispatchEvent('drop', { dataTransfer: transfer });
    const dropped = sourceCard('org-släppt.csv');
    await byId('import-source-rows', dropped).waitFor();
    expect(await byId('import-source-kind', dropped).innerText()).toBe('organisation (upptäckt)');
    await clearSources();
  });

  test('a large file shows the progress bar and can be cancelled; the workbook unchanged', async () => {
    const file = join(tmp, 'stor-huvudbok.csv');
    const lines = ['Period;Ansvar;Konto;Verksamhet;Aktivitet;Motpart;Leverantör;Fakturanummer;Text;Belopp'];
    for (let i = 0; i < 450_000; i++) {
      lines.push(`2026${String((i % 12) + 1).padStart(2, '0')};5${String(i % 17).padStart(4, '0')};46311;569;HVB;91;Leverantör ${i % 40} AB;F${i};Placering vecka ${i % 52};${(i % 997) + 1},${String(i % 100).padStart(2, '0')}`);
    }
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const before = await workbookState();
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [file]);
    const card = sourceCard('stor-huvudbok.csv');
    await byId('import-source-rows', card).waitFor();
    expect(await byId('import-source-format', card).innerText()).toMatch(/^\d+,\d MB · UTF-8 · semikolon/);
    await byId('import-analyse').click();
    const status = byId('status-area');
    await status.waitFor();
    await pane.waitForFunction(() => /rader lästa/.test(document.querySelector('[data-testid="status-area"]')?.textContent ?? ''));
    const bar = status.getByRole('progressbar');
    expect(await bar.count()).toBe(1);
    await screenshotPane(s.page, 'import-progress');
    await screenshotPart(status, 'import-progress-bar');
    // The bar grows while the file is read, so the button is clicked where it is now.
    await byId('status-cancel').dispatchEvent('click');
    await status.waitFor({ state: 'detached' });
    await byId('notice').getByText('Avbrutet', { exact: true }).waitFor();
    expect(await byId('import-recon').count()).toBe(0);
    expect(await workbookState()).toBe(before);
    await clearSources();
  });

  test('fits the pane at 320, 350 and 450 px', async () => {
    await setPaneFiles(pane, '[data-testid="import-file-input"]', [join(EX, 'organisation.csv'), join(CORPUS, 'title-block.csv')]);
    await pane.waitForFunction(() => document.querySelectorAll('[data-testid="import-source-rows"]').length === 2);
    await byId('import-analyse').click();
    await byId('import-recon').waitFor();
    for (const width of [320, 350, 450]) {
      await s.page.evaluate((w) => {
        (document.querySelector('[data-testid="pane-frame"]') as HTMLElement).style.width = `${w}px`;
      }, width);
      expect({ width, overflow: await paneOverflow() }).toEqual({ width, overflow: 0 });
      await screenshotPane(s.page, `import-pane-${width}px`);
    }
    await s.page.evaluate(() => {
      (document.querySelector('[data-testid="pane-frame"]') as HTMLElement).style.width = '';
    });
    await byId('import-discard').click();
    await clearSources();
  });

  test('had no uncaught errors', () => {
    expect(s.errors).toEqual([]);
  });
});
