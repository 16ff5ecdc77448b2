/**
 * The forecast area's own tables in the workbook. Every edit is written at once (no save button); rounds are
 * kept side by side (the round key is part of every row), never overwritten.
 *
 * - IFO_Prognos: one row per round × unit (ansvar) × cost line, the twelve months in kronor (months up to the
 *   round's month hold the actuals as they were when the round started or was last edited) and the full year.
 * - IFO_Prognos_kommentarer: orsak, åtgärd and the chosen method per round × unit × cost line.
 * - IFO_Prognos_status: utkast / inlämnad / godkänd per round × unit, with the reopen comment.
 * - IFO_Prognos_logg: the audit trail (append-only, locked sheet).
 * - IFO_Prognosomgangar: the rounds ("Prognos mars 2025") and the round each one started from.
 * - IFO_Prognosforslag: the proposals and their backtests as last computed (CLI and pane), per round.
 *
 * Codes written to the workbook (status, method, phasing) are fixed Swedish words, independent of the UI locale.
 */
import type { DataColumn, DataTableDef } from '../port';
import { cols } from '../model/tables';
import { MONTH_SHORT_SV } from '../dates';
import type { ForecastMethod, ForecastSource, ForecastStatus, PhasingProfile } from './types';

/** Month column headers of IFO_Prognos: 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', … */
export const MONTH_HEADERS: readonly string[] = MONTH_SHORT_SV.map((m) => m[0].toUpperCase() + m.slice(1));

export const FORECAST_TABLE: DataTableDef = {
  name: 'IFO_Prognos',
  sheet: 'IFO Prognos',
  visibility: 'hidden',
  locked: true,
  columns: [
    ...cols(['Omgång', 'text', 9], ['Ansvar', 'text', 10], ['Kostnadsslag', 'text', 36]),
    ...MONTH_HEADERS.map((h): DataColumn => ({ header: h, kind: 'kronor', width: 14 })),
    ...cols(['Helår', 'kronor', 16], ['Fördelning', 'text', 12], ['Ändrad', 'text', 19], ['Ändrad av', 'text', 20]),
  ],
};

/** Column indexes of FORECAST_TABLE (schema order). */
export const FC = {
  round: 0,
  costCenter: 1,
  costLine: 2,
  firstMonth: 3,
  fullYear: 15,
  phasing: 16,
  changedAt: 17,
  changedBy: 18,
} as const;

export const FORECAST_COMMENTS_TABLE: DataTableDef = {
  name: 'IFO_Prognos_kommentarer',
  sheet: 'IFO Prognos kommentarer',
  visibility: 'hidden',
  locked: true,
  columns: cols(
    ['Omgång', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Kostnadsslag', 'text', 36],
    ['Metod', 'text', 16],
    ['Orsak', 'text', 60],
    ['Åtgärd', 'text', 60],
    ['Ändrad', 'text', 19],
    ['Ändrad av', 'text', 20],
  ),
};

export const CC = { round: 0, costCenter: 1, costLine: 2, method: 3, cause: 4, action: 5, changedAt: 6, changedBy: 7 } as const;

export const FORECAST_STATUS_TABLE: DataTableDef = {
  name: 'IFO_Prognos_status',
  sheet: 'IFO Prognos status',
  visibility: 'hidden',
  locked: true,
  columns: cols(
    ['Omgång', 'text', 9],
    ['Ansvar', 'text', 10],
    ['Status', 'text', 10],
    ['Ändrad', 'text', 19],
    ['Ändrad av', 'text', 20],
    ['Kommentar', 'text', 60],
  ),
};

export const SC = { round: 0, costCenter: 1, status: 2, changedAt: 3, changedBy: 4, comment: 5 } as const;

export const FORECAST_AUDIT_TABLE: DataTableDef = {
  name: 'IFO_Prognos_logg',
  sheet: 'IFO Prognos logg',
  visibility: 'hidden',
  locked: true,
  columns: cols(
    ['Tid', 'text', 19],
    ['Användare', 'text', 20],
    ['Ansvar', 'text', 10],
    ['Kostnadsslag', 'text', 36],
    ['Omgång', 'text', 9],
    ['Fält', 'text', 12],
    ['Från', 'text', 40],
    ['Till', 'text', 40],
  ),
};

export const AC = { time: 0, user: 1, costCenter: 2, costLine: 3, round: 4, field: 5, from: 6, to: 7 } as const;

export const FORECAST_ROUNDS_TABLE: DataTableDef = {
  name: 'IFO_Prognosomgangar',
  sheet: 'IFO Prognosomgångar',
  visibility: 'hidden',
  locked: true,
  columns: cols(
    ['Omgång', 'text', 9],
    ['Benämning', 'text', 24],
    ['Från omgång', 'text', 11],
    ['Skapad', 'text', 19],
    ['Skapad av', 'text', 20],
  ),
};

export const RC = { round: 0, label: 1, fromRound: 2, createdAt: 3, createdBy: 4 } as const;

/** Swedish column names of the five methods (proposal columns, then backtest error columns). */
export const METHOD_HEADERS: Record<ForecastMethod, string> = {
  runRate: 'Löptakt',
  budgetProfile: 'Budgetprofil',
  lastYearSeason: 'Fjolårssäsong',
  placements: 'Placeringar',
  trend: 'Trend',
};

export const FORECAST_PROPOSALS_TABLE: DataTableDef = {
  name: 'IFO_Prognosforslag',
  sheet: 'IFO Prognosförslag',
  visibility: 'hidden',
  columns: [
    ...cols(
      ['Omgång', 'text', 9],
      ['Ansvar', 'text', 10],
      ['Kostnadsslag', 'text', 36],
      ['Budget helår', 'kronor', 16],
      ['Budget t.o.m.', 'kronor', 16],
      ['Utfall t.o.m.', 'kronor', 16],
    ),
    ...Object.values(METHOD_HEADERS).map((h): DataColumn => ({ header: h, kind: 'kronor', width: 16 })),
    ...Object.values(METHOD_HEADERS).map((h): DataColumn => ({ header: `Fel ${h.toLowerCase()} fjol`, kind: 'kronor', width: 16 })),
    ...Object.values(METHOD_HEADERS).map((h): DataColumn => ({ header: `Fel ${h.toLowerCase()} fjol %`, kind: 'percent', width: 10 })),
    ...cols(['Anmärkning', 'text', 80], ['Beräknad', 'text', 19]),
  ],
};

/** Every table of the forecast area (for distribution to unit workbooks and for the ekonom's overview). */
export const FORECAST_TABLES: readonly DataTableDef[] = [
  FORECAST_TABLE,
  FORECAST_COMMENTS_TABLE,
  FORECAST_STATUS_TABLE,
  FORECAST_AUDIT_TABLE,
  FORECAST_ROUNDS_TABLE,
  FORECAST_PROPOSALS_TABLE,
];

// ---------------------------------------------------------------------------
// Codes as written to the workbook

export const STATUS_CODES: Record<ForecastStatus, string> = { draft: 'utkast', submitted: 'inlämnad', approved: 'godkänd' };

export const SOURCE_CODES: Record<ForecastSource, string> = {
  runRate: 'löptakt',
  budgetProfile: 'budgetprofil',
  lastYearSeason: 'fjolårssäsong',
  placements: 'placeringar',
  trend: 'trend',
  manual: 'manuell',
  previousRound: 'föregående omgång',
};

/** Phasing as written: a profile, or 'månadsvis' when the months were entered one by one. */
export type PhasingCode = PhasingProfile | 'monthly';

export const PHASING_CODES: Record<PhasingCode, string> = { even: 'jämnt', budget: 'budget', lastYear: 'fjolår', monthly: 'månadsvis' };

function reverse<K extends string>(m: Record<K, string>): (code: string) => K | null {
  const back = new Map<string, K>();
  for (const [k, v] of Object.entries(m) as [K, string][]) {
    back.set(v, k);
    back.set(k.toLowerCase(), k);
  }
  return (code) => back.get(code.trim().toLowerCase()) ?? null;
}

export const statusFromCode = reverse(STATUS_CODES);
export const sourceFromCode = reverse(SOURCE_CODES);
export const phasingFromCode = reverse(PHASING_CODES);

/** Audit field names (the 'Fält' column). */
export const AUDIT_FIELDS = {
  fullYear: 'Helår',
  cause: 'Orsak',
  action: 'Åtgärd',
  method: 'Metod',
  phasing: 'Fördelning',
  status: 'Status',
  round: 'Omgång',
  collected: 'Insamlad',
  month: (index: number) => MONTH_HEADERS[index],
} as const;

/**
 * Workbook setting in a unit workbook made by distributeUnit: which unit and round it carries, and which
 * periods the source workbook had imported (a unit workbook holds only its own rows, so a month in which
 * the unit booked nothing must still count as imported).
 */
export const DISTRIBUTION_SETTING = 'forecast.distribution';

export interface DistributionMeta {
  id: string;
  costCenter: string;
  round: string;
  createdAt: string;
  createdBy: string;
  /** The unit's status in the source workbook when distributed. */
  status: string;
  actualPeriods: string[];
  budgetYears: number[];
}

/** Reads the distribution setting, or null when the value is not one. */
export function parseDistributionMeta(v: unknown): DistributionMeta | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  const id = str(o.id);
  const costCenter = str(o.costCenter);
  const round = str(o.round);
  if (!id || !costCenter || !round) return null;
  return {
    id,
    costCenter,
    round,
    createdAt: str(o.createdAt) ?? '',
    createdBy: str(o.createdBy) ?? '',
    status: str(o.status) ?? '',
    actualPeriods: Array.isArray(o.actualPeriods) ? o.actualPeriods.filter((x): x is string => typeof x === 'string') : [],
    budgetYears: Array.isArray(o.budgetYears) ? o.budgetYears.filter((x): x is number => typeof x === 'number') : [],
  };
}
