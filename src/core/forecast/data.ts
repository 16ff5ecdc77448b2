/**
 * Reads what the forecast needs from the workbook's shared tables (written by the import): actuals by
 * period × ansvar × konto, budget by period × ansvar × cost line, the cost lines, the organisation and the
 * account map — into monthly series per unit (ansvar) × cost line.
 *
 * A month is null (no data) when its period is not in the table at all (not imported); a period that is
 * imported but has no row for a unit × line is 0 for it.
 */
import type { CellValue, TableData, WorkbookPort } from '../port';
import {
  ACTUALS_TABLE,
  BUDGET_TABLE,
  EARLIER_FORECAST_TABLE,
  cellOre,
  cellText,
  columnIndexes,
  isBlankRow,
} from '../model/tables';
import { assertOre, type Ore } from '../money';
import { isPeriod } from '../dates';
import { costLineResolver, readAccountMap, readCostLines, readOrganisation } from '../import/structure';
import type { LineHistory, LineKind, Months, PlacementOutlook } from './types';
import { DISTRIBUTION_SETTING, parseDistributionMeta } from './tables';

/** Account → cost line (the import's mapping over IFO_Kontoplan; null when the account is not mapped). */
export type CostLineOf = (account: string) => string | null;

/** The placement register's outlook for a unit × purchased-care line as of a round (from the placements area). */
export type PlacementsOf = (costCenter: string, costLine: string, asOf: string) => PlacementOutlook | null;

export interface CostLineInfo {
  name: string;
  kind: LineKind;
  purchasedCare: boolean;
  /** Position in reports (the table's Ordning; lines not in the table come after, by name). */
  order: number;
}

export interface UnitInfo {
  costCenter: string;
  name: string;
  unit: string;
  area: string;
}

export interface ForecastSources {
  year: number;
  costLines: Map<string, CostLineInfo>;
  units: Map<string, UnitInfo>;
  /** costCenter → cost line → monthly series (placements not yet attached). */
  lines: Map<string, Map<string, LineHistory>>;
  /** Periods of the actuals table (imported months). */
  actualPeriods: Set<string>;
  /** Years the budget table holds. */
  budgetYears: Set<number>;
  /** Actuals on accounts that map to no cost line (left out of the lines, reported). */
  unmapped: { account: string; ore: Ore }[];
  /** Earlier full-year forecasts from a follow-up extract: costCenter → line → period → öre. */
  earlierForecasts: Map<string, Map<string, Map<string, Ore>>>;
}

/** The table's data rows as records by column position of the definition, or [] when the table is missing. */
function rows(def: Parameters<typeof columnIndexes>[0], data: TableData | null, optional: string[] = []): CellValue[][] {
  if (!data) return [];
  const idx = columnIndexes(def, data.headers, optional);
  const out: CellValue[][] = [];
  for (const r of data.rows) {
    if (isBlankRow(r)) continue;
    out.push(idx.map((i) => (i >= 0 ? (r[i] ?? null) : null)));
  }
  return out;
}

export interface LoadOptions {
  costLineOf?: CostLineOf;
  /** Only these cost centres (all when omitted). */
  costCenters?: ReadonlySet<string>;
}

/** Reads the sources for a forecast year: this year, last year and the year before. */
export async function loadSources(port: WorkbookPort, year: number, opts: LoadOptions = {}): Promise<ForecastSources> {
  const [actualsT, budgetT, lineDefs, orgRows, accountMap, earlierT, settings] = await Promise.all([
    port.readTable(ACTUALS_TABLE.name),
    port.readTable(BUDGET_TABLE.name),
    readCostLines(port),
    readOrganisation(port),
    opts.costLineOf ? Promise.resolve(null) : readAccountMap(port),
    port.readTable(EARLIER_FORECAST_TABLE.name),
    port.getSettings(),
  ]);
  const distributed = parseDistributionMeta(settings[DISTRIBUTION_SETTING]);
  // The import's mapping (IFO_Kontoplan: prefix ranges, first match wins) unless the caller passes one.
  const costLineOf = opts.costLineOf ?? costLineResolver(accountMap ?? []);
  const wanted = opts.costCenters;

  const costLines = new Map<string, CostLineInfo>();
  for (const l of lineDefs ?? []) {
    if (costLines.has(l.name)) continue;
    costLines.set(l.name, { name: l.name, kind: l.type === 'Intäkt' ? 'revenue' : 'cost', purchasedCare: l.boughtCare, order: l.order });
  }

  const units = new Map<string, UnitInfo>();
  for (const o of orgRows ?? []) {
    if (!units.has(o.costCenter)) units.set(o.costCenter, { costCenter: o.costCenter, name: o.name, unit: o.unit, area: o.area });
  }

  // Which periods of the three years are present at all.
  const years = [year - 2, year - 1, year];
  const actualRows = rows(ACTUALS_TABLE, actualsT, ['Verksamhet', 'Aktivitet', 'Projekt', 'Objekt', 'Motpart', 'Antal poster', 'Import-id']);
  const budgetRows = rows(BUDGET_TABLE, budgetT, ['Import-id']);
  const actualPeriods = new Set<string>();
  for (const r of actualRows) {
    const p = cellText(r[0]);
    if (isPeriod(p)) actualPeriods.add(p);
  }
  const budgetYears = new Set<number>();
  // A unit workbook holds only its own rows: the source workbook's imported periods come with it.
  if (distributed) {
    for (const p of distributed.actualPeriods) if (isPeriod(p)) actualPeriods.add(p);
    for (const y of distributed.budgetYears) budgetYears.add(y);
  }
  for (const r of budgetRows) {
    const p = cellText(r[0]);
    if (isPeriod(p)) budgetYears.add(+p.slice(0, 4));
  }
  const actualTemplate = (y: number): (Ore | null)[] =>
    Array.from({ length: 12 }, (_, m) => (actualPeriods.has(`${y}-${String(m + 1).padStart(2, '0')}`) ? 0 : null));
  const templates = new Map(years.map((y) => [y, actualTemplate(y)]));

  interface Acc {
    actuals: Map<number, (Ore | null)[]>;
    budget: Map<number, (Ore | null)[]>;
  }
  const acc = new Map<string, Map<string, Acc>>();
  const get = (cc: string, line: string): Acc => {
    let byLine = acc.get(cc);
    if (!byLine) acc.set(cc, (byLine = new Map()));
    let a = byLine.get(line);
    if (!a) byLine.set(line, (a = { actuals: new Map(), budget: new Map() }));
    return a;
  };
  const unmapped = new Map<string, Ore>();

  for (const r of actualRows) {
    const p = cellText(r[0]);
    if (!isPeriod(p)) continue;
    const y = +p.slice(0, 4);
    if (y < year - 2 || y > year) continue;
    const cc = cellText(r[1]);
    if (wanted && !wanted.has(cc)) continue;
    const account = cellText(r[2]);
    const ore = cellOre(r[8]);
    const line = costLineOf(account);
    if (line === null) {
      unmapped.set(account, (unmapped.get(account) ?? 0) + ore);
      continue;
    }
    const a = get(cc, line);
    let m = a.actuals.get(y);
    if (!m) a.actuals.set(y, (m = (templates.get(y) as (Ore | null)[]).slice()));
    const i = +p.slice(5, 7) - 1;
    m[i] = (m[i] ?? 0) + ore;
  }
  for (const r of budgetRows) {
    const p = cellText(r[0]);
    if (!isPeriod(p)) continue;
    const y = +p.slice(0, 4);
    if (y < year - 1 || y > year) continue;
    const cc = cellText(r[1]);
    if (wanted && !wanted.has(cc)) continue;
    const line = cellText(r[2]);
    if (!line) continue;
    const a = get(cc, line);
    let m = a.budget.get(y);
    if (!m) a.budget.set(y, (m = new Array<Ore | null>(12).fill(0)));
    const i = +p.slice(5, 7) - 1;
    m[i] = (m[i] ?? 0) + cellOre(r[3]);
  }

  const earlierForecasts = new Map<string, Map<string, Map<string, Ore>>>();
  for (const r of rows(EARLIER_FORECAST_TABLE, earlierT, ['Import-id'])) {
    const p = cellText(r[0]);
    const cc = cellText(r[1]);
    const line = cellText(r[2]);
    if (!isPeriod(p) || +p.slice(0, 4) !== year || !cc || !line) continue;
    if (wanted && !wanted.has(cc)) continue;
    let byLine = earlierForecasts.get(cc);
    if (!byLine) earlierForecasts.set(cc, (byLine = new Map()));
    let byPeriod = byLine.get(line);
    if (!byPeriod) byLine.set(line, (byPeriod = new Map()));
    byPeriod.set(p, (byPeriod.get(p) ?? 0) + cellOre(r[3]));
  }

  const lines = new Map<string, Map<string, LineHistory>>();
  const seriesOf = (m: Map<number, (Ore | null)[]>, y: number, template: (Ore | null)[] | null): Months | null => {
    const s = m.get(y);
    if (s) {
      for (const v of s) if (v !== null) assertOre(v, 'summa');
      return s;
    }
    return template ? template.slice() : null;
  };
  const hasAny = (t: (Ore | null)[]) => t.some((v) => v !== null);
  for (const [cc, byLine] of acc) {
    const out = new Map<string, LineHistory>();
    for (const [line, a] of byLine) {
      const info = costLines.get(line);
      const tThis = templates.get(year) as (Ore | null)[];
      const tLast = templates.get(year - 1) as (Ore | null)[];
      const tTwo = templates.get(year - 2) as (Ore | null)[];
      out.set(line, {
        year,
        actuals: seriesOf(a.actuals, year, tThis) as Months,
        budget: budgetYears.has(year) ? (seriesOf(a.budget, year, new Array<Ore | null>(12).fill(0)) as Months) : null,
        lastYear: hasAny(tLast) ? seriesOf(a.actuals, year - 1, tLast) : null,
        lastYearBudget: budgetYears.has(year - 1) ? seriesOf(a.budget, year - 1, new Array<Ore | null>(12).fill(0)) : null,
        twoYearsAgo: hasAny(tTwo) ? seriesOf(a.actuals, year - 2, tTwo) : null,
        purchasedCare: info?.purchasedCare ?? false,
        placements: null,
      });
    }
    lines.set(cc, out);
  }

  return {
    year,
    costLines,
    units,
    lines,
    actualPeriods,
    budgetYears,
    unmapped: [...unmapped].filter(([, ore]) => ore !== 0).map(([account, ore]) => ({ account, ore })),
    earlierForecasts,
  };
}

/** Kind of a line (cost unless the cost lines table says revenue). */
export function lineKind(src: ForecastSources, line: string): LineKind {
  return src.costLines.get(line)?.kind ?? 'cost';
}

/** Cost lines in report order: the table's order, then lines not in the table by name (Swedish collation). */
export function sortLines(src: ForecastSources, names: Iterable<string>): string[] {
  const order = (n: string) => src.costLines.get(n)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...new Set(names)].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'sv'));
}

/** An empty history (a line with a forecast row but no data in the sources). */
export function emptyHistory(src: ForecastSources, line: string): LineHistory {
  const tmpl = (y: number) =>
    Array.from({ length: 12 }, (_, m) => (src.actualPeriods.has(`${y}-${String(m + 1).padStart(2, '0')}`) ? 0 : null));
  const last = tmpl(src.year - 1);
  const two = tmpl(src.year - 2);
  return {
    year: src.year,
    actuals: tmpl(src.year),
    budget: src.budgetYears.has(src.year) ? new Array<Ore | null>(12).fill(0) : null,
    lastYear: last.some((v) => v !== null) ? last : null,
    lastYearBudget: src.budgetYears.has(src.year - 1) ? new Array<Ore | null>(12).fill(0) : null,
    twoYearsAgo: two.some((v) => v !== null) ? two : null,
    purchasedCare: src.costLines.get(line)?.purchasedCare ?? false,
    placements: null,
  };
}

/** The latest period of the actuals table ('YYYY-MM'), or null when nothing is imported. */
export async function latestActualPeriod(port: WorkbookPort): Promise<string | null> {
  const [data, settings] = await Promise.all([port.readTable(ACTUALS_TABLE.name), port.getSettings()]);
  let latest: string | null = null;
  const consider = (p: string) => {
    if (isPeriod(p) && (latest === null || p > latest)) latest = p;
  };
  for (const r of rows(ACTUALS_TABLE, data, ['Verksamhet', 'Aktivitet', 'Projekt', 'Objekt', 'Motpart', 'Antal poster', 'Import-id'])) {
    consider(cellText(r[0]));
  }
  // A unit workbook: the source workbook's periods count (the unit may have booked nothing in the last month).
  for (const p of parseDistributionMeta(settings[DISTRIBUTION_SETTING])?.actualPeriods ?? []) consider(p);
  return latest;
}
