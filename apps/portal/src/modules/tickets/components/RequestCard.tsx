import { formatTicketNumber } from '@kefu/domain/tickets';
import { Link } from '../../../app/router';
import type { RequestSummaryFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { deadlineText } from '../utils/deadline-text';
import { StatusBadge } from './StatusBadge';

export function RequestCard({ request }: { request: RequestSummaryFragment }) {
  const i18n = useI18n();
  const { t } = i18n;
  const deadline = deadlineText(request, i18n);
  return (
    <li class="card">
      <Link to={{ name: 'request', id: request.id }} class="card__link">
        <span class="card__top">
          <span class="card__kind">{t(`kind.${request.kind}`)}</span>
          <StatusBadge status={request.status} />
        </span>
        <span class="card__title">{request.description}</span>
        <span class={`card__deadline${deadline.overdue ? ' card__deadline--overdue' : ''}`}>{deadline.text}</span>
        <span class="card__meta">
          {t('requests.number', { number: formatTicketNumber(request.number) })} · {t('severity.label', { severity: t(`severity.${request.severity}`) })}
        </span>
      </Link>
    </li>
  );
}
