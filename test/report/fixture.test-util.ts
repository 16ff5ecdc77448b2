/**
 * Constructed workbooks for the report tests, written through the port as the import and the forecast would:
 * actuals, budget, cost lines, account map, organisation, forecast rounds with statuses and comments.
 *
 * `smallMunicipality()` is the hand-checked case (figures in the comments of model.test.ts);
 * `scaledMunicipality(n)` makes n units in five areas for the Office.js (Excel fake) and contract tests.
 */
import type { CellValue, WorkbookPort } from '../../src/core/port';
import { ACCOUNT_MAP_TABLE, ACTUALS_TABLE, BUDGET_TABLE, COMMENTS_TABLE, COST_LINES_TABLE, ORGANISATION_TABLE } from '../../src/core/model/tables';
import { accountMapRows, costLinesRows } from '../../src/core/import/structure';
import { allocate, type Ore } from '../../src/core/money';
import { makePeriod } from '../../src/core/dates';
import { FORECAST_COMMENTS_TABLE, FORECAST_ROUNDS_TABLE, FORECAST_STATUS_TABLE, FORECAST_TABLE, STATUS_CODES } from '../../src/core/forecast/tables';
import { commentCells, forecastCells, roundCells, statusCells } from '../../src/core/forecast/store';
import { roundLabel } from '../../src/core/forecast/rounds';
import type { ForecastStatus } from '../../src/core/forecast/types';
import { ACTION_PLAN_TABLE } from '../../src/core/report/actionPlan';

export const kr = (v: number): Ore => Math.round(v * 100);

export const LINES = {
  revenue: 'Intäkter',
  personnel: 'Personal',
  institution: 'Köpt vård institution barn och unga',
  family: 'Familjehemsvård',
  adults: 'Köpt vård vuxna',
  aid: 'Ekonomiskt bistånd',
  premises: 'Lokaler',
  other: 'Övriga kostnader',
} as const;

/** An account of the default account map for each cost line. */
export const ACCOUNT: Record<string, string> = {
  [LINES.revenue]: '34100',
  [LINES.personnel]: '51100',
  [LINES.institution]: '46311',
  [LINES.family]: '46321',
  [LINES.adults]: '46331',
  [LINES.aid]: '45210',
  [LINES.premises]: '61100',
  [LINES.other]: '69800',
};

export interface FixtureLine {
  line: string;
  /** Budget per month in kronor (12 equal months). */
  budgetMonth: number;
  /** Actuals per month in kronor, from January. */
  actuals: number[];
}

export interface FixtureUnit {
  code: string;
  name: string;
  area: string;
  activity: string;
  lines: FixtureLine[];
}

export interface FixtureRoundUnit {
  status: ForecastStatus;
  /** Full-year forecast per cost line in kronor. */
  lines: Record<string, number>;
  comments?: Record<string, { cause?: string; action?: string }>;
}

export interface FixtureRound {
  round: string;
  units: Record<string, FixtureRoundUnit>;
}

export interface Fixture {
  year: number;
  units: FixtureUnit[];
  rounds: FixtureRound[];
  /** Follow-up (Stratsys) comments: [period, ansvar, kostnadsslag, text]. */
  followupComments?: [string, string, string, string][];
  /** Action plan rows as typed: [åtgärd, ansvarig, ansvar, belopp, från månad, status]. */
  actions?: CellValue[][];
}

/** The months of a stored forecast: the round's actuals, then the rest spread evenly (exact to the öre). */
export function forecastMonths(u: FixtureUnit, line: string, round: string, fullKr: number): Ore[] {
  const elapsed = +round.slice(5, 7);
  const l = u.lines.find((x) => x.line === line);
  const act = Array.from({ length: elapsed }, (_, m) => kr(l?.actuals[m] ?? 0));
  const rest = kr(fullKr) - act.reduce((s, v) => s + v, 0);
  return [...act, ...allocate(rest, new Array(12 - elapsed).fill(1))];
}

export async function writeFixture(port: WorkbookPort, fx: Fixture): Promise<void> {
  const actuals: CellValue[][] = [];
  const budget: CellValue[][] = [];
  for (const u of fx.units) {
    for (const l of u.lines) {
      l.actuals.forEach((v, m) => actuals.push([makePeriod(fx.year, m + 1), u.code, ACCOUNT[l.line], u.activity, '', '', '', '', v, 1, 'fx']));
      for (let m = 1; m <= 12; m++) budget.push([makePeriod(fx.year, m), u.code, l.line, l.budgetMonth, 'fx']);
    }
  }
  // Every month of actuals in the fixture is "imported" even for units without rows: one zero row marks it.
  const months = Math.max(...fx.units.flatMap((u) => u.lines.map((l) => l.actuals.length)));
  for (let m = 1; m <= months; m++) actuals.push([makePeriod(fx.year, m), fx.units[0].code, ACCOUNT[LINES.other], fx.units[0].activity, '', '', '', '', 0, 0, 'fx']);
  await port.replaceTable(ACTUALS_TABLE, actuals);
  await port.replaceTable(BUDGET_TABLE, budget);
  await port.replaceTable(COST_LINES_TABLE, costLinesRows());
  await port.replaceTable(ACCOUNT_MAP_TABLE, accountMapRows());
  await port.replaceTable(
    ORGANISATION_TABLE,
    fx.units.map((u) => [u.code, u.name, u.name, u.area, u.activity]),
  );
  const fRows: CellValue[][] = [];
  const cRows: CellValue[][] = [];
  const sRows: CellValue[][] = [];
  const rRows: CellValue[][] = [];
  let prev = '';
  for (const r of fx.rounds) {
    rRows.push(roundCells({ round: r.round, label: roundLabel(r.round), fromRound: prev, createdAt: `${r.round}-05 08:00:00`, createdBy: 'Ekonom' }));
    prev = r.round;
    for (const [cc, ru] of Object.entries(r.units)) {
      const u = fx.units.find((x) => x.code === cc);
      if (!u) throw new Error(`fixture: unknown unit ${cc}`);
      for (const [line, full] of Object.entries(ru.lines)) {
        fRows.push(forecastCells({ round: r.round, costCenter: cc, costLine: line, months: forecastMonths(u, line, r.round, full), phasing: 'even', changedAt: `${r.round}-06 10:00:00`, changedBy: 'Enhetschef' }));
      }
      for (const [line, c] of Object.entries(ru.comments ?? {})) {
        cRows.push(commentCells({ round: r.round, costCenter: cc, costLine: line, method: 'manual', cause: c.cause ?? '', action: c.action ?? '', changedAt: '', changedBy: '' }));
      }
      sRows.push(statusCells({ round: r.round, costCenter: cc, status: ru.status, changedAt: `${r.round}-07 10:00:00`, changedBy: 'Enhetschef', comment: '' }));
    }
  }
  if (fRows.length) await port.replaceTable(FORECAST_TABLE, fRows);
  if (cRows.length) await port.replaceTable(FORECAST_COMMENTS_TABLE, cRows);
  if (sRows.length) await port.replaceTable(FORECAST_STATUS_TABLE, sRows);
  if (rRows.length) await port.replaceTable(FORECAST_ROUNDS_TABLE, rRows);
  if (fx.followupComments?.length) await port.replaceTable(COMMENTS_TABLE, fx.followupComments.map((c) => [...c, 'fx']));
  if (fx.actions) await port.replaceTable(ACTION_PLAN_TABLE, fx.actions);
}

const rep = (v: number, n: number) => new Array<number>(n).fill(v);

/**
 * Three units, period 2026-03, rounds 2026-01..03 (see model.test.ts for the figures worked out by hand).
 * 630 is a draft in the March round: it must be listed as missing, never filled in with budget.
 */
export function smallMunicipality(): Fixture {
  return {
    year: 2026,
    units: [
      {
        code: '610',
        name: 'Placeringar barn',
        area: 'Barn och unga',
        activity: '569',
        lines: [
          { line: LINES.revenue, budgetMonth: -10_000, actuals: rep(-12_000, 3) },
          { line: LINES.personnel, budgetMonth: 100_000, actuals: rep(100_000, 3) },
          { line: LINES.institution, budgetMonth: 200_000, actuals: rep(250_000, 3) },
        ],
      },
      {
        code: '620',
        name: 'Vuxen missbruk',
        area: 'Vuxen',
        activity: '559',
        lines: [
          { line: LINES.personnel, budgetMonth: 50_000, actuals: rep(50_000, 3) },
          { line: LINES.adults, budgetMonth: 60_000, actuals: rep(80_000, 3) },
        ],
      },
      {
        code: '630',
        name: 'Försörjningsstöd',
        area: 'Ekonomiskt bistånd',
        activity: '575',
        lines: [{ line: LINES.aid, budgetMonth: 300_000, actuals: [300_000, 320_000, 340_000] }],
      },
    ],
    rounds: [
      {
        round: '2026-01',
        units: {
          '610': { status: 'submitted', lines: { [LINES.revenue]: -130_000, [LINES.personnel]: 1_200_000, [LINES.institution]: 2_700_000 } },
          '620': { status: 'approved', lines: { [LINES.personnel]: 600_000, [LINES.adults]: 900_000 } },
          '630': { status: 'submitted', lines: { [LINES.aid]: 3_700_000 } },
        },
      },
      {
        round: '2026-02',
        units: {
          '610': { status: 'submitted', lines: { [LINES.revenue]: -140_000, [LINES.personnel]: 1_200_000, [LINES.institution]: 2_850_000 } },
          '620': { status: 'approved', lines: { [LINES.personnel]: 600_000, [LINES.adults]: 930_000 } },
          '630': { status: 'submitted', lines: { [LINES.aid]: 3_800_000 } },
        },
      },
      {
        round: '2026-03',
        units: {
          '610': {
            status: 'submitted',
            lines: { [LINES.revenue]: -144_000, [LINES.personnel]: 1_210_000, [LINES.institution]: 3_000_000 },
            comments: { [LINES.institution]: { cause: 'Två nya HVB-placeringar sedan januari.', action: '=Hemmaplanslösning prövas i resursrådet.' } },
          },
          '620': { status: 'submitted', lines: { [LINES.personnel]: 600_000, [LINES.adults]: 960_000 } },
          '630': { status: 'draft', lines: { [LINES.aid]: 3_900_000 } },
        },
      },
    ],
    followupComments: [['2026-03', '620', LINES.adults, 'Fler LVM-placeringar än budgeterat.']],
    actions: [
      ['Hemmaplanslösning i stället för HVB', 'Enhetschef placeringar', '610', 600_000, '2026-05', 'Beslutad'],
      ['Översyn av försörjningsstöd', 'Områdeschef', '630', 100_000.5, '2026-01', 'Pågår'],
      ['Minskad inhyrning', 'Enhetschef vuxen', '620', 50_000, '2026-06', 'Avbruten'],
    ],
  };
}

const AREAS: [string, string][] = [
  ['Barn och unga', '569'],
  ['Vuxen', '559'],
  ['Vuxen', '571'],
  ['Ekonomiskt bistånd', '575'],
  ['Familjerätt', '585'],
];

/**
 * n units over five areas, period 2026-`elapsed`, rounds for every month up to it. Every fifth unit is a draft
 * in the last round (missing), the rest submitted or approved. Figures vary by unit so no two rows are alike.
 */
export function scaledMunicipality(n: number, elapsed = 10): Fixture {
  const lines = [LINES.revenue, LINES.personnel, LINES.institution, LINES.family, LINES.adults, LINES.aid, LINES.premises, LINES.other];
  const units: FixtureUnit[] = [];
  for (let i = 0; i < n; i++) {
    const [area, activity] = AREAS[i % AREAS.length];
    const code = String(51000 + i * 10);
    const ls: FixtureLine[] = lines
      .filter((_, k) => (i + k) % 3 !== 0 || k === 1)
      .map((line, k) => {
        const base = (k + 1) * 10_000 + i * 1_237.5;
        const sign = line === LINES.revenue ? -1 : 1;
        return {
          line,
          budgetMonth: sign * Math.round(base),
          actuals: Array.from({ length: elapsed }, (_, m) => sign * Math.round(base * (1 + ((i + m + k) % 7) / 20) * 100) / 100),
        };
      });
    units.push({ code, name: `Enhet ${i + 1}`, area, activity, lines: ls });
  }
  const rounds: FixtureRound[] = [];
  for (let m = 1; m <= elapsed; m++) {
    const round = makePeriod(2026, m);
    const ru: Record<string, FixtureRoundUnit> = {};
    units.forEach((u, i) => {
      const status: ForecastStatus = m === elapsed && i % 5 === 4 ? 'draft' : i % 2 ? 'approved' : 'submitted';
      const fl: Record<string, number> = {};
      for (const l of u.lines) fl[l.line] = Math.round(l.budgetMonth * 12 * (1 + ((i + m) % 9) / 40));
      ru[u.code] = {
        status,
        lines: fl,
        comments: i % 3 === 0 ? { [u.lines[u.lines.length - 1].line]: { cause: `Orsak ${i} i ${round}`, action: i % 6 === 0 ? `Åtgärd ${i}` : '' } } : undefined,
      };
    });
    rounds.push({ round, units: ru });
  }
  const actions: CellValue[][] = units
    .filter((_, i) => i % 7 === 0)
    .map((u, k) => [`Åtgärd ${k + 1}`, 'Enhetschef', u.code, 25_000 * (k + 1) + 0.25 * k, makePeriod(2026, 1 + (k % 12)), ['Förslag', 'Beslutad', 'Pågår', 'Genomförd', 'Avbruten'][k % 5]]);
  return { year: 2026, units, rounds, actions };
}

/** Status codes as written (for tests that edit the status table). */
export { STATUS_CODES };
