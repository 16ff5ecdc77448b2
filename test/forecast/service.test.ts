import { MemoryPort } from './memory-port.test-util';
import { LINES, addActuals, fixedClock, kr, writeFixture } from './fixture.test-util';
import {
  computeProposals,
  listRounds,
  listUnits,
  openUnit,
  proposalsJson,
  readMyUnits,
  readThresholds,
  startRound,
  writeMyUnits,
  writeProposals,
  writeThresholds,
  type ForecastEnv,
  type SaveResult,
} from '../../src/core/forecast/service';
import {
  FORECAST_AUDIT_TABLE,
  FORECAST_COMMENTS_TABLE,
  FORECAST_PROPOSALS_TABLE,
  FORECAST_ROUNDS_TABLE,
  FORECAST_STATUS_TABLE,
  FORECAST_TABLE,
} from '../../src/core/forecast/tables';
import { readAudit, readForecasts } from '../../src/core/forecast/store';
import type { PlacementsOf } from '../../src/core/forecast/data';
import { UserError } from '../../src/core/errors';

const placementsOf: PlacementsOf = (cc, line) =>
  cc === '610' && line === LINES.institution ? { committedOre: kr(1_500_000), expectedNewOre: kr(200_000) } : null;

async function setup(): Promise<{ port: MemoryPort; env: ForecastEnv }> {
  const port = new MemoryPort();
  await writeFixture(port);
  port.calls.length = 0;
  return { port, env: { port, user: 'Anna Andersson', now: fixedClock(), placementsOf } };
}

function saved(r: SaveResult) {
  if (r.status !== 'saved') throw new Error(`not saved: ${JSON.stringify(r)}`);
  return r;
}

const writes = (port: MemoryPort) => port.calls.filter((c) => c.op !== 'readTable' && c.op !== 'getSettings').length;

describe('proposals for the batch (CLI)', () => {
  it('computes every method and its backtest from the workbook’s tables', async () => {
    const { env } = await setup();
    const batch = await computeProposals(env, '2025-03');
    expect(batch.rows.map((r) => `${r.costCenter} ${r.costLine}`)).toEqual([
      `610 ${LINES.revenue}`,
      `610 ${LINES.personnel}`,
      `610 ${LINES.institution}`,
      `620 ${LINES.personnel}`,
      `620 ${LINES.adults}`,
      `630 ${LINES.aid}`,
    ]);
    const inst = batch.rows[2];
    expect(inst.budgetOre).toBe(kr(2_100_000));
    expect(inst.budgetToDateOre).toBe(kr(525_000));
    expect(inst.actualToDateOre).toBe(kr(450_000));
    expect(inst.proposals).toEqual({
      runRate: { ok: true, ore: kr(1_800_000) }, // 450 000 × 12/3
      budgetProfile: { ok: true, ore: kr(2_025_000) }, // 450 000 + 9 × 175 000
      lastYearSeason: { ok: true, ore: kr(3_150_000) }, // 450 000 ÷ (300 000 / 2 100 000)
      placements: { ok: true, ore: kr(2_150_000) }, // 450 000 + 1 500 000 + 200 000
      trend: { ok: true, ore: 169_143_357 }, // 200 000 × 9, 150 000 × 3 fitted, projected Apr–Dec (exact: 17 752 500 000/143 öre) + 450 000
    });
    expect(inst.backtests.runRate).toEqual({ ok: true, proposalOre: kr(1_200_000), outcomeOre: kr(2_100_000), errorOre: kr(-900_000), errorPct: -42.9 });
    expect(inst.backtests.budgetProfile).toMatchObject({ errorOre: kr(-225_000), errorPct: -10.7 });
    expect(inst.backtests.lastYearSeason).toMatchObject({ errorOre: 0, errorPct: 0 });
    expect(inst.backtests.trend).toMatchObject({ proposalOre: 98_286_713, errorOre: 98_286_713 - kr(2_100_000), errorPct: -53.2 });
    expect(inst.backtests.placements).toEqual({ ok: false, reason: 'forecast.reason.noPlacementHistory' });

    const revenue = batch.rows[0];
    expect(revenue.proposals.runRate).toEqual({ ok: true, ore: kr(-120_000) });
    expect(revenue.proposals.placements).toEqual({ ok: false, reason: 'forecast.reason.notPurchasedCare' });

    // 620 Köpt vård vuxna has no 2023 data: the season backtest lacks last year's "last year".
    const adults = batch.rows[4];
    expect(adults.proposals.lastYearSeason).toEqual({ ok: true, ore: kr(960_000) });
    expect(adults.proposals.placements).toEqual({ ok: false, reason: 'forecast.reason.noPlacementRegister' });
    expect(adults.backtests.lastYearSeason).toEqual({ ok: false, reason: 'forecast.reason.lastYearZeroToDate', params: { month: 3 } });

    expect(batch.rows[5].proposals.trend).toEqual({ ok: true, ore: 390_986_014 });
    expect(batch.unmapped).toEqual([{ account: '29990', ore: kr(1_000) }]);
  });

  it('prints the JSON of the CLI contract', async () => {
    const { env } = await setup();
    const json = proposalsJson(await computeProposals(env, '2025-03', ['610'])) as { asOf: string; rows: unknown[] };
    expect(json.asOf).toBe('2025-03');
    expect(json.rows[2]).toEqual({
      costCenter: '610',
      costLine: LINES.institution,
      budgetOre: 210_000_000,
      actualToDateOre: 45_000_000,
      proposals: { runRate: 180_000_000, budgetProfile: 202_500_000, lastYearSeason: 315_000_000, placements: 215_000_000, trend: 169_143_357 },
      backtest: {
        runRate: { errorOre: -90_000_000, errorPct: -42.9 },
        budgetProfile: { errorOre: -22_500_000, errorPct: -10.7 },
        lastYearSeason: { errorOre: 0, errorPct: 0 },
        placements: null,
        trend: { errorOre: -111_713_287, errorPct: -53.2 },
      },
    });
  });

  it('refuses unknown units and a period without actuals', async () => {
    const { env } = await setup();
    await expect(computeProposals(env, '2025-03', ['999'])).rejects.toMatchObject({ key: 'forecast.error.unknownUnit' });
    await expect(computeProposals(env, '2025-04')).rejects.toMatchObject({ key: 'forecast.error.noActualsForPeriod', params: { period: '2025-04' } });
    await expect(computeProposals(env, '2025-4')).rejects.toBeInstanceOf(UserError);
  });

  it('writes the proposals as upserts: running twice keeps one row per line', async () => {
    const { port, env } = await setup();
    const batch = await computeProposals(env, '2025-03');
    expect(await writeProposals(port, batch, '2025-04-07 08:00:00')).toEqual({ updated: 0, appended: 6 });
    expect(await writeProposals(port, batch, '2025-04-07 08:05:00')).toEqual({ updated: 6, appended: 0 });
    const rows = port.rows(FORECAST_PROPOSALS_TABLE.name);
    expect(rows).toHaveLength(6);
    const inst = rows[2];
    expect(inst.slice(0, 11)).toEqual(['2025-03', '610', LINES.institution, 2_100_000, 525_000, 450_000, 1_800_000, 2_025_000, 3_150_000, 2_150_000, 1_691_433.57]);
    expect(inst[11]).toBe(-900_000);
    expect(inst[16]).toBeCloseTo(-0.429, 10);
    expect(rows[0][FORECAST_PROPOSALS_TABLE.columns.length - 2]).toBe('Placeringar: gäller bara köpt vård');
    expect(port.count('replaceTable')).toBe(0);
  });

  it('lists units and keeps thresholds in the workbook settings', async () => {
    const { port, env } = await setup();
    expect((await listUnits(env, 2025)).map((u) => `${u.costCenter} ${u.name}`)).toEqual(['610 Barn och unga', '620 Vuxen', '630 Ekonomiskt bistånd']);
    expect(await readThresholds(port)).toEqual({ amountOre: kr(100_000), percent: 5, combine: 'or' });
    await writeThresholds(port, { amountOre: kr(50_000), percent: null, combine: 'or' });
    expect(await readThresholds(port)).toEqual({ amountOre: kr(50_000), percent: null, combine: 'or' });
    // A line 60 tkr over budget now needs a comment (amount only, no percent).
    const s = await openUnit(env, '620', '2025-03');
    saved(await s.save({ kind: 'fullYear', costLine: LINES.personnel, text: '660 000' }));
    expect(s.view().lines[0]).toMatchObject({ costLine: LINES.personnel, commentRequired: true, actionRequired: true });
  });

  it('remembers the units each user picked', async () => {
    const { port } = await setup();
    expect(await readMyUnits(port, 'Anna Andersson')).toEqual([]);
    await writeMyUnits(port, 'Anna Andersson', ['610', ' 620 ', '610']);
    await writeMyUnits(port, 'Bertil Berg', ['630']);
    expect(await readMyUnits(port, 'anna andersson')).toEqual(['610', '620']);
    expect(await readMyUnits(port, 'Bertil Berg')).toEqual(['630']);
    await writeMyUnits(port, 'Bertil Berg', []);
    expect(await readMyUnits(port, 'Bertil Berg')).toEqual([]);
  });
});

describe("an enhetschef's forecast for a unit", () => {
  it('shows budget, actuals, proposals and best method per line, with no forecast yet', async () => {
    const { env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    const v = s.view();
    expect(v).toMatchObject({ costCenter: '610', name: 'Barn och unga', roundLabel: 'Prognos mars 2025', status: 'draft', editable: true, elapsed: 3, actualsImported: true });
    expect((await openUnit(env, '610', '2025-05')).view().actualsImported).toBe(false);
    expect(v.lines.map((l) => l.costLine)).toEqual([LINES.revenue, LINES.personnel, LINES.institution]);
    const inst = v.lines[2];
    expect(inst).toMatchObject({ budgetYearOre: kr(2_100_000), budgetToDateOre: kr(525_000), actualToDateOre: kr(450_000), forecast: null, purchasedCare: true });
    expect(inst.bestMethod).toBe('lastYearSeason');
    expect(inst.issues.map((i) => i.key)).toEqual(['forecast.rule.forecastMissing']);
    expect(v.totals).toMatchObject({ budgetYearOre: kr(3_180_000), actualToDateOre: kr(720_000), missingForecasts: 3 });
    await expect(openUnit(env, '999', '2025-03')).rejects.toMatchObject({ key: 'forecast.error.unknownUnit' });
  });

  it('refuses bad input inline and stores nothing', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    const before = writes(port);
    for (const text of ['1.234.5', 'abc', '', '12,345']) {
      const r = await s.save({ kind: 'fullYear', costLine: LINES.institution, text });
      expect(r.status).toBe('refused');
    }
    const r = await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '1.234.5' });
    expect(r.status === 'refused' && r.errors[0].message).toMatch(/decimalkomma/);
    // Absurd: more than ten times the budget (2,1 mnkr) needs an explicit confirmation.
    const big = await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '25 000 000' });
    expect(big.status).toBe('confirm');
    expect(big.status === 'confirm' && big.questions.map((q) => q.key)).toEqual(['forecast.input.confirmAbsurd']);
    const neg = await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '-5' });
    expect(neg.status === 'confirm' && neg.questions.map((q) => q.key)).toEqual(['forecast.input.confirmNegative', 'forecast.input.confirmBelowActuals']);
    expect(writes(port)).toBe(before);
    expect(port.rows(FORECAST_TABLE.name)).toEqual([]);
    // Confirmed, it is stored.
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '25 000 000', confirmed: true }));
    expect(s.view().lines[2].forecast?.fullYearOre).toBe(kr(25_000_000));
  });

  it('saves every edit at once as an upsert plus audit rows, phased exactly', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');

    const r1 = saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }));
    const line = r1.lines[0];
    // 2 400 000 − 450 000 = 1 950 000 over April–December by the budget's (flat) profile: 195 000 000 öre / 9.
    expect(line.forecast?.months).toEqual([
      kr(150_000), kr(150_000), kr(150_000),
      21_666_667, 21_666_667, 21_666_667, 21_666_667, 21_666_667, 21_666_667, 21_666_666, 21_666_666, 21_666_666,
    ]);
    expect(line.forecast?.fullYearOre).toBe(kr(2_400_000));
    expect(line).toMatchObject({ varianceOre: kr(-300_000), commentRequired: true, actionRequired: true, source: 'manual' });
    expect(line.issues.map((i) => i.field)).toEqual(['cause', 'action']);
    expect(port.rows(FORECAST_TABLE.name)).toHaveLength(1);
    expect(port.rows(FORECAST_TABLE.name)[0].slice(0, 4)).toEqual(['2025-03', '610', LINES.institution, 150_000]);
    expect(port.rows(FORECAST_TABLE.name)[0][15]).toBe(2_400_000);
    expect(port.rows(FORECAST_ROUNDS_TABLE.name)).toEqual([['2025-03', 'Prognos mars 2025', '', '2025-04-07 09:00:00', 'Anna Andersson']]);

    // Second edit of the same line: updated in place.
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 300 000' }));
    expect(port.rows(FORECAST_TABLE.name)).toHaveLength(1);
    expect(port.calls.filter((c) => c.op === 'updateTableRows' && c.table === FORECAST_TABLE.name)).toEqual([
      { op: 'updateTableRows', table: FORECAST_TABLE.name, rows: 1 },
    ]);

    // One month overridden: December 300 000; the year follows.
    const r3 = saved(await s.save({ kind: 'month', costLine: LINES.institution, month: 12, text: '300 000' }));
    // After 2 300 000: 185 000 000 öre / 9 → five months of 20 555 556 and four of 20 555 555; December was 20 555 555.
    expect(r3.lines[0].forecast?.fullYearOre).toBe(kr(2_300_000) - 20_555_555 + kr(300_000));
    expect(r3.lines[0].forecast?.phasing).toBe('monthly');
    const m2 = await s.save({ kind: 'month', costLine: LINES.institution, month: 2, text: '1' });
    expect(m2.status === 'refused' && m2.errors[0].key).toBe('forecast.input.monthHasActuals');

    // Re-phased evenly: the year stays, the months move; each moved month is in the audit trail.
    const before = (await readAudit(port)).length;
    saved(await s.save({ kind: 'phasing', costLine: LINES.institution, profile: 'even' }));
    const phasedAudit = (await readAudit(port)).slice(before);
    expect(phasedAudit.map((a) => a.field)).toEqual(['Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Fördelning']);
    expect(phasedAudit[9]).toMatchObject({ from: 'månadsvis', to: 'jämnt' });
    expect(s.view().lines[2].forecast).toMatchObject({ fullYearOre: kr(2_300_000) - 20_555_555 + kr(300_000), phasing: 'even' });
    const samePhasing = await s.save({ kind: 'phasing', costLine: LINES.institution, profile: 'even' });
    expect(samePhasing.status).toBe('saved');
    expect((await readAudit(port)).length).toBe(before + 10);

    // Nothing rewrote a forecast table.
    expect(port.count('replaceTable')).toBe(0);
    const audit = (await readAudit(port)).slice(0, 5);
    expect(audit.map((a) => [a.field, a.from, a.to])).toEqual([
      ['Helår', '', '2\u00a0400\u00a0000,00'],
      ['Metod', '', 'manuell'],
      ['Helår', '2\u00a0400\u00a0000,00', '2\u00a0300\u00a0000,00'],
      ['Helår', '2\u00a0300\u00a0000,00', '2\u00a0394\u00a0444,45'],
      ['Dec', '205\u00a0555,55', '300\u00a0000,00'],
    ]);
    expect(audit.every((a) => a.user === 'Anna Andersson' && a.costCenter === '610' && a.round === '2025-03')).toBe(true);
    expect(audit[0].time).toBe('2025-04-07 09:00:00');
  });

  it('accepts a proposal for one line or for all lines, with the method kept', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    const r = saved(await s.save({ kind: 'proposal', costLine: LINES.institution, method: 'placements' }));
    expect(r.lines[0]).toMatchObject({ source: 'placements', forecast: { fullYearOre: kr(2_150_000) } });
    const all = saved(await s.acceptAll({ method: 'runRate', profile: 'even' }));
    expect(all.lines.map((l) => [l.costLine, l.forecast?.fullYearOre, l.source])).toEqual([
      [LINES.revenue, kr(-120_000), 'runRate'],
      [LINES.personnel, kr(1_200_000), 'runRate'],
      [LINES.institution, kr(1_800_000), 'runRate'],
    ]);
    expect(port.rows(FORECAST_TABLE.name)).toHaveLength(3);
    expect(port.rows(FORECAST_COMMENTS_TABLE.name).map((c) => c[3])).toEqual(['löptakt', 'löptakt', 'löptakt']);
    // Placements on a line without a register: refused with the reason.
    const s2 = await openUnit(env, '620', '2025-03');
    const p = await s2.save({ kind: 'proposal', costLine: LINES.adults, method: 'placements' });
    expect(p.status === 'refused' && p.errors[0].message).toBe('saknar placeringsregister');
    const a2 = saved(await s2.acceptAll({ method: 'placements' }));
    expect(a2.lines).toEqual([]);
    expect(a2.skipped.map((x) => x.costLine)).toEqual([LINES.personnel, LINES.adults]);
  });

  it('enforces the comment rules on submit, then locks on approval until reopened', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }));
    const blocked = await s.submit();
    expect(blocked.status).toBe('refused');
    expect(blocked.status === 'refused' && blocked.errors.map((e) => e.key)).toEqual([
      'forecast.rule.forecastMissing',
      'forecast.rule.forecastMissing',
      'forecast.rule.causeRequired',
      'forecast.rule.actionRequired',
    ]);
    expect(port.rows(FORECAST_STATUS_TABLE.name)).toEqual([]);

    saved(await s.save({ kind: 'proposal', costLine: LINES.revenue, method: 'budgetProfile' }));
    saved(await s.save({ kind: 'proposal', costLine: LINES.personnel, method: 'runRate' }));
    saved(await s.save({ kind: 'cause', costLine: LINES.institution, text: 'Två nya HVB-placeringar sedan februari.' }));
    const stillBlocked = await s.submit();
    expect(stillBlocked.status === 'refused' && stillBlocked.errors.map((e) => e.key)).toEqual(['forecast.rule.actionRequired']);
    const pnr = await s.save({ kind: 'action', costLine: LINES.institution, text: 'Flytt hem för 121212-1212' });
    expect(pnr.status === 'refused' && pnr.errors[0].key).toBe('forecast.input.commentPersonalNumber');
    saved(await s.save({ kind: 'action', costLine: LINES.institution, text: 'Hemmaplanslösning för två ungdomar från maj.' }));

    const done = await s.submit();
    expect(done.status).toBe('done');
    expect(port.rows(FORECAST_STATUS_TABLE.name)).toEqual([['2025-03', '610', 'inlämnad', expect.any(String), 'Anna Andersson', '']]);
    const afterSubmit = await s.save({ kind: 'fullYear', costLine: LINES.personnel, text: '1 000 000' });
    expect(afterSubmit.status === 'refused' && afterSubmit.errors[0].key).toBe('forecast.workflow.submittedLocked');

    const ekonom = await openUnit({ ...env, user: 'Eva Ekonom' }, '610', '2025-03');
    expect((await ekonom.approve()).status).toBe('done');
    const before = writes(port);
    const locked = await s.save({ kind: 'cause', costLine: LINES.institution, text: 'ändrat' });
    expect(locked.status === 'refused' && locked.errors[0].key).toBe('forecast.workflow.locked');
    expect(s.view()).toMatchObject({ status: 'approved', editable: false });
    expect(writes(port)).toBe(before);

    const noComment = await ekonom.reopen('  ');
    expect(noComment.status === 'refused' && noComment.errors[0].key).toBe('forecast.workflow.reopenCommentRequired');
    const reopened = await ekonom.reopen('Personal ska räknas om med nya löner.');
    expect(reopened.status === 'done' && reopened.unit).toMatchObject({ status: 'draft', statusComment: 'Personal ska räknas om med nya löner.' });
    saved(await s.save({ kind: 'fullYear', costLine: LINES.personnel, text: '1 230 000' }));
    const statusAudit = (await readAudit(port)).filter((a) => a.field === 'Status' || a.field === 'Kommentar');
    expect(statusAudit.map((a) => [a.user, a.field, a.from, a.to])).toEqual([
      ['Anna Andersson', 'Status', 'utkast', 'inlämnad'],
      ['Eva Ekonom', 'Status', 'inlämnad', 'godkänd'],
      ['Eva Ekonom', 'Status', 'godkänd', 'utkast'],
      ['Eva Ekonom', 'Kommentar', '', 'Personal ska räknas om med nya löner.'],
    ]);
    expect(port.rows(FORECAST_STATUS_TABLE.name)).toHaveLength(1);
  });

  it('requires a user name for edits (kept in the audit trail)', async () => {
    const { env } = await setup();
    const s = await openUnit({ ...env, user: ' ' }, '610', '2025-03');
    await expect(s.save({ kind: 'cause', costLine: LINES.institution, text: 'x' })).rejects.toMatchObject({ key: 'forecast.error.noUser' });
  });

  it('lets two enhetschefer edit their own units in one workbook without touching each other’s rows', async () => {
    const { port, env } = await setup();
    const anna = await openUnit(env, '610', '2025-03');
    const bertil = await openUnit({ ...env, user: 'Bertil Berg' }, '620', '2025-03');
    saved(await anna.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 200 000' }));
    saved(await bertil.save({ kind: 'fullYear', costLine: LINES.adults, text: '900 000' }));
    saved(await bertil.save({ kind: 'cause', costLine: LINES.adults, text: 'Fler LVM-placeringar.' }));
    saved(await anna.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 250 000' }));
    saved(await bertil.save({ kind: 'fullYear', costLine: LINES.adults, text: '950 000' }));
    const rows = await readForecasts(port);
    expect(rows.map((r) => [r.costCenter, r.costLine, r.fullYear])).toEqual([
      ['610', LINES.institution, kr(2_250_000)],
      ['620', LINES.adults, kr(950_000)],
    ]);
    expect(port.rows(FORECAST_TABLE.name)[0][18]).toBe('Anna Andersson');
    expect(port.rows(FORECAST_TABLE.name)[1][18]).toBe('Bertil Berg');
    // Each session sees the other's rows only through the workbook, and never wrote them.
    const updates = port.calls.filter((c) => c.op === 'updateTableRows' && c.table === FORECAST_TABLE.name);
    expect(updates).toHaveLength(2);
  });
});

describe('rounds', () => {
  async function submitted610(env: ForecastEnv) {
    const s = await openUnit(env, '610', '2025-03');
    saved(await s.save({ kind: 'proposal', costLine: LINES.revenue, method: 'budgetProfile' }));
    saved(await s.save({ kind: 'proposal', costLine: LINES.personnel, method: 'budgetProfile' }));
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 140 000', profile: 'even' }));
    return s;
  }

  it('a new round starts from the previous round, with the months closed since replaced by actuals', async () => {
    const { port, env } = await setup();
    await submitted610(env);
    // March round: April–December = (2 140 000 − 450 000) / 9 = 187 777,78 → 1 690 000 00 öre / 9 = 18 777 777 r 7.
    await addActuals(port, 2025, 4); // April: 150 000 on the institution line
    const april = await openUnit(env, '610', '2025-04');
    const v = april.view();
    expect(v.previousRound).toBe('2025-03');
    const inst = v.lines[2];
    expect(inst.source).toBe('previousRound');
    expect(inst.forecast?.stored).toBe(false);
    expect(inst.forecast?.months.slice(0, 5)).toEqual([kr(150_000), kr(150_000), kr(150_000), kr(150_000), 18_777_778]);
    expect(inst.previousFullYearOre).toBe(kr(2_140_000));
    expect(inst.changeSincePreviousOre).toBe(kr(150_000) - 18_777_778);
    // The ekonom starts the round for everyone: carried lines are stored, once.
    expect(await startRound(env, '2025-04')).toEqual({ round: '2025-04', fromRound: '2025-03', linesCarried: 3 });
    expect(await startRound(env, '2025-04')).toEqual({ round: '2025-04', fromRound: '2025-03', linesCarried: 0 });
    await april.reload();
    expect(april.view().lines[2].forecast).toMatchObject({ stored: true, fullYearOre: kr(2_140_000) + kr(150_000) - 18_777_778 });
    // Both rounds are kept.
    const rounds = await listRounds(port);
    expect(rounds.map((r) => [r.round, r.label, r.fromRound])).toEqual([
      ['2025-04', 'Prognos april 2025', '2025-03'],
      ['2025-03', 'Prognos mars 2025', null],
    ]);
    expect((await readForecasts(port)).filter((f) => f.round === '2025-03')).toHaveLength(3);
  });

  it('submitting a round stores the lines carried from the previous round', async () => {
    const { port, env } = await setup();
    await submitted610(env);
    await addActuals(port, 2025, 4);
    const april = await openUnit(env, '610', '2025-04');
    saved(await april.save({ kind: 'cause', costLine: LINES.institution, text: 'Oförändrat läge.' }));
    const r = await april.submit();
    expect(r.status).toBe('done');
    expect((await readForecasts(port)).filter((f) => f.round === '2025-04')).toHaveLength(3);
  });
});

describe('tables', () => {
  it('every forecast table row matches its definition', async () => {
    const { port, env } = await setup();
    const s = await openUnit(env, '610', '2025-03');
    saved(await s.save({ kind: 'fullYear', costLine: LINES.institution, text: '2 400 000' }));
    for (const def of [FORECAST_TABLE, FORECAST_COMMENTS_TABLE, FORECAST_AUDIT_TABLE, FORECAST_ROUNDS_TABLE]) {
      const t = port.tables.get(def.name.toLowerCase());
      expect(t?.headers).toEqual(def.columns.map((c) => c.header));
      for (const row of t?.rows ?? []) expect(row).toHaveLength(def.columns.length);
    }
  });
});
