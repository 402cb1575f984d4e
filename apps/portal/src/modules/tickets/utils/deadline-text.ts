import type { RequestSummaryFragment } from '../../../gql/graphql';
import type { I18n } from '../../../i18n/i18n';

const DONE = new Set(['RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'INVALID']);

/** The one date a requester cares about now: the promise while open (late said plainly), else when it ended. */
export function deadlineText(request: RequestSummaryFragment, { t, formatDate }: Pick<I18n, 't' | 'formatDate'>): { text: string; overdue: boolean } {
  if (request.status === 'CLOSED' || request.status === 'INVALID') {
    return { text: t('deadline.closed', { date: formatDate(request.closedAt ?? request.resolvedAt ?? request.receivedAt) }), overdue: false };
  }
  if (DONE.has(request.status) && request.resolvedAt) return { text: t('deadline.resolved', { date: formatDate(request.resolvedAt) }), overdue: false };
  const date = formatDate(request.promisedBy);
  return request.overdue ? { text: t('deadline.overdue', { date }), overdue: true } : { text: t('deadline.promised', { date }), overdue: false };
}
