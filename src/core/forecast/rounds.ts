/**
 * Forecast rounds and the workflow of a unit in a round (pure).
 * A round is keyed by its asOf period 'YYYY-MM' and labelled "Prognos mars 2025"; rounds of a year follow
 * each other, and a new round starts from the latest earlier round of the same year.
 */
import { isPeriod, periodLabelSv, periodParts } from '../dates';
import { UserError } from '../errors';
import type { ForecastStatus } from './types';

export interface RoundKey {
  key: string;
  year: number;
  /** Months of actuals in the round (1–12). */
  elapsed: number;
}

/** Parses a round key ('YYYY-MM'); refuses anything else with a Swedish message. */
export function parseRound(key: string): RoundKey {
  const k = key.trim();
  if (!isPeriod(k)) throw new UserError('forecast.error.badRound', { value: key });
  const { year, month } = periodParts(k);
  return { key: k, year, elapsed: month };
}

/** The round's name as written in the workbook: "Prognos mars 2025" (fixed Swedish: it is data, not UI text). */
export function roundLabel(key: string): string {
  return 'Prognos ' + periodLabelSv(parseRound(key).key);
}

/** The latest round of the same year before `key`, among existing round keys; null when none. */
export function previousRound(existing: Iterable<string>, key: string): string | null {
  const { year } = parseRound(key);
  let best: string | null = null;
  for (const r of existing) {
    if (!isPeriod(r) || r >= key || +r.slice(0, 4) !== year) continue;
    if (best === null || r > best) best = r;
  }
  return best;
}

export type WorkflowAction = 'submit' | 'approve' | 'reopen';

/**
 * The status after an action, or a UserError when the action is not allowed from the current status:
 * utkast → (submit) → inlämnad → (approve) → godkänd; reopen from inlämnad or godkänd back to utkast.
 */
export function nextStatus(current: ForecastStatus, action: WorkflowAction): ForecastStatus {
  switch (action) {
    case 'submit':
      if (current !== 'draft') throw new UserError(current === 'approved' ? 'forecast.workflow.locked' : 'forecast.workflow.alreadySubmitted');
      return 'submitted';
    case 'approve':
      if (current !== 'submitted') {
        throw new UserError(current === 'approved' ? 'forecast.workflow.alreadyApproved' : 'forecast.workflow.notSubmitted');
      }
      return 'approved';
    case 'reopen':
      if (current === 'draft') throw new UserError('forecast.workflow.notSubmitted');
      return 'draft';
  }
}

/** Whether lines may be edited in a status: only drafts; a submitted unit must be reopened, an approved one is locked. */
export function editRefusal(status: ForecastStatus): 'forecast.workflow.locked' | 'forecast.workflow.submittedLocked' | null {
  if (status === 'approved') return 'forecast.workflow.locked';
  if (status === 'submitted') return 'forecast.workflow.submittedLocked';
  return null;
}
