import type { TicketStatus } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';

const TONE: Record<TicketStatus, 'new' | 'working' | 'done' | 'closed'> = {
  RECEIVED: 'new',
  ASSIGNED: 'working',
  RELAYED: 'working',
  IN_PROGRESS: 'working',
  RESOLVED: 'done',
  FOLLOWED_UP: 'done',
  CLOSED: 'closed',
  INVALID: 'closed',
};

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useI18n();
  return <span class={`badge badge--${TONE[status]}`}>{t(`status.${status}`)}</span>;
}
