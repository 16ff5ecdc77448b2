/**
 * Turns anything a view caught into what the pane shows: a Swedish message and, for refused input (UserError),
 * every issue with its file, sheet, row, column and value. Works on errors from another realm (the preview
 * iframe) because it checks shapes, not prototypes.
 */
import { isUserError } from '../../core/errors';
import { hasText, t } from '../../core/strings';
import { isCancellation } from './longOperation';

export type NoticeIntent = 'error' | 'warning' | 'info' | 'success';

/** One problem in the input, ready to show. */
export interface IssueRow {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  value?: string;
  /** The reason without the location (the location is shown in its own fields). */
  reason: string;
}

export interface Notice {
  intent: NoticeIntent;
  title: string;
  message: string;
  issues: IssueRow[];
}

interface IssueShape {
  file?: unknown;
  sheet?: unknown;
  row?: unknown;
  column?: unknown;
  value?: unknown;
  reason?: unknown;
  params?: unknown;
  message?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function issueRow(i: IssueShape): IssueRow {
  const params = i.params && typeof i.params === 'object' ? (i.params as Record<string, string | number>) : undefined;
  const value = typeof i.value === 'string' ? i.value : undefined;
  let reason: string;
  if (typeof i.reason === 'string' && hasText(i.reason)) {
    reason = t(i.reason, { ...params, ...(value !== undefined ? { value } : {}) });
  } else {
    reason = str(i.message) ?? String(i.reason ?? '');
  }
  return {
    file: str(i.file),
    sheet: str(i.sheet),
    row: typeof i.row === 'number' ? i.row : undefined,
    column: str(i.column),
    value,
    reason,
  };
}

export function describeError(e: unknown): Notice {
  if (isUserError(e)) {
    return {
      intent: 'error',
      title: t('pane.error.refusedTitle'),
      message: e.message,
      issues: e.issues.map((i) => issueRow(i as IssueShape)),
    };
  }
  if (isCancellation(e)) {
    return { intent: 'info', title: t('pane.status.cancelledTitle'), message: t('common.cancelled'), issues: [] };
  }
  const message =
    e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string'
      ? (e as { message: string }).message
      : String(e);
  return {
    intent: 'error',
    title: t('pane.error.internalTitle'),
    message: t('common.internalError', { message }),
    issues: [],
  };
}

/** "fil x.csv · rad 12 · kolumn Belopp" — the location part of an issue, empty when it has none. */
export function issueLocation(i: IssueRow): string {
  const parts: string[] = [];
  if (i.file) parts.push(t('common.location.file', { file: i.file }));
  if (i.sheet) parts.push(t('pane.error.sheet', { sheet: i.sheet }));
  if (i.row !== undefined) parts.push(t('common.location.row', { row: i.row }));
  if (i.column) parts.push(t('common.location.column', { column: i.column }));
  return parts.join(' · ');
}
