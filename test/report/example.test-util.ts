/**
 * Exempelkommun as a report workbook: the example's ledgers, budget, Stratsys follow-up and placement register
 * imported by the import service, the organisation table filled in from the example's organisation, and four
 * forecast rounds (July to October 2026) made with the forecast service the way enhetschefer do:
 * accept a method's proposals, write orsak/åtgärd where the rules ask for them, submit; the ekonom approves some.
 * In October two units stay drafts (missing forecasts).
 */
import type { WorkbookPort } from '../../src/core/port';
import { COST_CENTERS, generateExample, type ExampleBytesFile, type ExampleResult, type ExampleXlsxFile } from '../../src/core/example';
import { runImport } from '../../src/core/import/service';
import { bytesSource, rowsSource } from '../../src/core/import/sources';
import { ORGANISATION_TABLE } from '../../src/core/model/tables';
import { openUnit, type ForecastEnv } from '../../src/core/forecast/service';
import type { ForecastMethod } from '../../src/core/forecast/types';
import { formatOre } from '../../src/core/money';
import { addAction, type NewAction } from '../../src/core/report';

export const EXAMPLE_DRAFTS = ['53210', '55110'];
export const EXAMPLE_ROUNDS: [string, ForecastMethod][] = [
  ['2026-07', 'trend'],
  ['2026-08', 'budgetProfile'],
  ['2026-09', 'lastYearSeason'],
  ['2026-10', 'runRate'],
];

/** Imports Exempelkommun's files into the port and fills in the organisation. */
export async function importExample(port: WorkbookPort, ex: ExampleResult = generateExample()): Promise<ExampleResult> {
  const bytes = ex.files.filter((f): f is ExampleBytesFile => (f.kind === 'ledger' || f.kind === 'budget' || f.kind === 'placements') && f.format === 'csv');
  const stratsys = ex.files.find((f): f is ExampleXlsxFile => f.kind === 'stratsys' && f.format === 'xlsx');
  const sources = bytes.map((f) => bytesSource(f.name, f.bytes, 1 << 16, 'sha-' + f.name));
  const ordered = [...sources.filter((s) => !/placering/.test(s.name))];
  await runImport(port, ordered, { now: '2026-11-10T08:00:00Z' });
  if (stratsys) {
    const sheet = stratsys.xlsx.sheets[0];
    await runImport(port, [rowsSource(stratsys.name, sheet.rows as (string | number | null)[][])], { now: '2026-11-10T08:05:00Z' });
  }
  const register = sources.filter((s) => /placering/.test(s.name));
  if (register.length) await runImport(port, register, { now: '2026-11-10T08:10:00Z' });
  await port.replaceTable(
    ORGANISATION_TABLE,
    COST_CENTERS.map((c) => [c.code, c.name, c.unit, c.area, c.activity]),
  );
  return ex;
}

/** Three rounds of forecasts for every unit (see the module comment). */
export async function forecastExample(port: WorkbookPort, rounds = EXAMPLE_ROUNDS, drafts = EXAMPLE_DRAFTS): Promise<void> {
  let clock = 0;
  const env = (user: string): ForecastEnv => ({ port, user, now: () => `2026-11-10 09:${String(Math.floor(clock / 60) % 60).padStart(2, '0')}:${String(clock++ % 60).padStart(2, '0')}` });
  for (const [round, method] of rounds) {
    const last = round === rounds[rounds.length - 1][0];
    for (const [i, c] of COST_CENTERS.entries()) {
      const s = await openUnit(env('Enhetschef'), c.code, round);
      if (!s.view().lines.length) continue;
      await s.acceptAll({ method, confirmed: true });
      for (const l of s.view().lines) {
        if (!l.forecast) {
          const fallback = l.proposals.runRate.ok ? l.proposals.runRate.ore : (l.budgetYearOre ?? 0);
          await s.save({ kind: 'fullYear', costLine: l.costLine, text: formatOre(fallback, { groupSeparator: ' ', asciiMinus: true }), confirmed: true });
        }
      }
      for (const l of s.view().lines) {
        if (l.commentRequired && !l.cause) {
          await s.save({ kind: 'cause', costLine: l.costLine, text: l.varianceOre !== null && l.varianceOre < 0 ? `Högre kostnad än budget för ${l.costLine.toLowerCase()}.` : 'Lägre kostnad än budget.' });
        }
        if (l.actionRequired && !l.action) await s.save({ kind: 'action', costLine: l.costLine, text: 'Genomgång i resursrådet; hemmaplanslösningar prövas.' });
      }
      if (last && drafts.includes(c.code)) continue;
      const r = await s.submit();
      if (r.status !== 'done') throw new Error(`${c.code} ${round}: ${JSON.stringify(r.errors)}`);
      if (i % 3 === 0) {
        const ek = await openUnit(env('Ekonom'), c.code, round);
        const a = await ek.approve();
        if (a.status !== 'done') throw new Error(`approve ${c.code} ${round}`);
      }
    }
  }
}

/** The ekonom's action plan for the committee (roles, not names). */
export const EXAMPLE_ACTIONS: NewAction[] = [
  { action: 'Hemmaplanslösning i stället för två HVB-placeringar', responsible: 'Enhetschef placeringar barn och unga', costCenter: '52110', amountText: '1 800 000', fromText: '2026-11', status: 'decided' },
  { action: 'Rekrytera egna familjehem i stället för konsulentstödda', responsible: 'Enhetschef familjehemsenheten', costCenter: '52120', amountText: '900 000', fromText: '2026-12', status: 'ongoing' },
  { action: 'Översyn av LVM-placeringar med öppenvård', responsible: 'Enhetschef vuxenenheten', costCenter: '53110', amountText: '600 000', fromText: '2026-11', status: 'proposed' },
  { action: 'Minskad inhyrd personal', responsible: 'Områdeschef ekonomiskt bistånd', costCenter: '54100', amountText: '240 000', fromText: '2026-09', status: 'cancelled' },
];

export async function exampleWorkbook(port: WorkbookPort, withActions = true): Promise<ExampleResult> {
  const ex = await importExample(port);
  await forecastExample(port);
  if (withActions) for (const a of EXAMPLE_ACTIONS) await addAction(port, a);
  return ex;
}
