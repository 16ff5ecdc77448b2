/**
 * Reads what the report needs through the Workbook port: the forecast area's sources (actuals mapped to cost lines
 * with the import's account map, budget, cost lines, organisation, earlier forecasts) and its stored rounds, the
 * follow-up import's comments, the comment thresholds, the action plan and — from the placements area, when the
 * caller provides it — the placement summary. Nothing here computes a figure (see model.ts).
 */
import type { WorkbookPort } from '../port';
import { COMMENTS_TABLE, cellText, columnIndexes, isBlankRow } from '../model/tables';
import { isPeriod, periodParts, type Period } from '../dates';
import { UserError } from '../errors';
import { loadSources, type CostLineOf, type ForecastSources } from '../forecast/data';
import { readComments, readForecasts, readRounds, readStatuses, type StoredComment, type StoredForecast, type StoredRound, type StoredStatus } from '../forecast/store';
import { readThresholds } from '../forecast/service';
import type { CommentThresholds } from '../forecast/rules';
import { readOrganisation, type OrganisationRow } from '../import/structure';
import { readActionPlan, type ActionPlanRow } from './actionPlan';
import { checkPlacementSummary, type PlacementSummary, type PlacementSummaryProvider } from './placements';

export interface FollowupComment {
  period: Period;
  costCenter: string;
  costLine: string;
  text: string;
}

export interface ReportInputs {
  period: Period;
  sources: ForecastSources;
  organisation: Map<string, OrganisationRow>;
  forecasts: StoredForecast[];
  comments: StoredComment[];
  statuses: StoredStatus[];
  rounds: StoredRound[];
  followupComments: FollowupComment[];
  thresholds: CommentThresholds;
  actions: ActionPlanRow[];
  placements: PlacementSummary | null;
}

export interface LoadReportOptions {
  /** Account → cost line; the import's IFO_Kontoplan when omitted. */
  costLineOf?: CostLineOf;
  /** The placements area's summary for the period; without it the sheet says the register is missing. */
  placements?: PlacementSummaryProvider;
}

/** Refuses a period that is not 'YYYY-MM'. */
export function checkPeriod(period: string): Period {
  const p = period.trim();
  if (!isPeriod(p)) throw new UserError('report.error.badPeriod', { value: period });
  return p;
}

async function readFollowupComments(port: WorkbookPort, year: number): Promise<FollowupComment[]> {
  const data = await port.readTable(COMMENTS_TABLE.name);
  if (!data) return [];
  const idx = columnIndexes(COMMENTS_TABLE, data.headers, ['Import-id']);
  const out: FollowupComment[] = [];
  for (const r of data.rows) {
    if (isBlankRow(r)) continue;
    const period = cellText(r[idx[0]]);
    const text = typeof r[idx[3]] === 'string' ? (r[idx[3]] as string).trim() : cellText(r[idx[3]]);
    if (!isPeriod(period) || +period.slice(0, 4) !== year || !text) continue;
    out.push({ period, costCenter: cellText(r[idx[1]]), costLine: cellText(r[idx[2]]), text });
  }
  return out;
}

export async function loadReportInputs(port: WorkbookPort, period: string, opts: LoadReportOptions = {}): Promise<ReportInputs> {
  const p = checkPeriod(period);
  const { year } = periodParts(p);
  const sources = await loadSources(port, year, { costLineOf: opts.costLineOf });
  const [org, forecasts, comments, statuses, rounds, followupComments, thresholds, actions] = await Promise.all([
    readOrganisation(port),
    readForecasts(port),
    readComments(port),
    readStatuses(port),
    readRounds(port),
    readFollowupComments(port, year),
    readThresholds(port),
    readActionPlan(port),
  ]);
  const placements = opts.placements ? await opts.placements(p) : null;
  const organisation = new Map<string, OrganisationRow>();
  for (const o of org ?? []) if (!organisation.has(o.costCenter)) organisation.set(o.costCenter, o);
  return {
    period: p,
    sources,
    organisation,
    forecasts,
    comments,
    statuses,
    rounds,
    followupComments,
    thresholds,
    actions,
    placements: placements ? checkPlacementSummary(placements) : null,
  };
}
