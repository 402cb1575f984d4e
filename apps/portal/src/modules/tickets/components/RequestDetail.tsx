import { formatTicketNumber } from '@kefu/domain/tickets';
import { useState } from 'preact/hooks';
import type { RequestDetailFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { Notice } from '../../ui/components/Notice';
import type { LiveState } from '../hooks/useMyRequest';
import { deadlineText } from '../utils/deadline-text';
import { Outcome } from './Outcome';
import { RatingForm } from './RatingForm';
import { StatusBadge } from './StatusBadge';
import { Timeline } from './Timeline';

type Props = { request: RequestDetailFragment; live: LiveState; onChange(next: RequestDetailFragment): void };

export function RequestDetail({ request, live, onChange }: Props) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const [rated, setRated] = useState<'thanks' | 'reopened' | null>(null);
  const deadline = deadlineText(request, i18n);
  return (
    <article class="detail">
      <div class="detail__head">
        <span class="card__kind">{t(`kind.${request.kind}`)}</span>
        <StatusBadge status={request.status} />
      </div>
      <p class="detail__number">{t('requests.number', { number: formatTicketNumber(request.number) })}</p>
      <p class="detail__description">{request.description}</p>
      <p class={`card__deadline${deadline.overdue ? ' card__deadline--overdue' : ''}`}>{deadline.text}</p>
      <dl class="facts">
        <div>
          <dt>{t('detail.received')}</dt>
          <dd>{formatDate(request.receivedAt, true)}</dd>
        </div>
        {request.location ? (
          <div>
            <dt>{t('detail.where')}</dt>
            <dd>{request.location}</dd>
          </div>
        ) : null}
        {request.preferredContactTime ? (
          <div>
            <dt>{t('detail.contactTime')}</dt>
            <dd>{request.preferredContactTime}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('severity.label', { severity: '' }).replace(/[:：]\s*$/, '')}</dt>
          <dd>{t(`severity.${request.severity}`)}</dd>
        </div>
      </dl>
      <Outcome request={request} />
      {request.photos.length ? (
        <section>
          <h2 class="section-title">{t('detail.photos')}</h2>
          <ul class="photos">
            {request.photos.map((photo, index) => (
              <li key={photo.id} class="photo">
                <a href={photo.url} target="_blank" rel="noopener">
                  <img src={photo.url} alt={t('detail.photo', { index: index + 1 })} width={88} height={88} loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {rated ? <Notice tone="success">{t(rated === 'reopened' ? 'rate.reopened' : 'rate.thanks')}</Notice> : null}
      {request.canRate ? (
        <RatingForm
          request={request}
          onRated={(next) => {
            setRated(next.timeline.at(-1)?.reopened ? 'reopened' : 'thanks');
            onChange(next);
          }}
        />
      ) : null}
      <section>
        <h2 class="section-title">{t('detail.timeline')}</h2>
        <p class="live" role="status">
          {live === 'live' ? t('detail.live') : live === 'reconnecting' ? t('detail.reconnecting') : ''}
        </p>
        <Timeline events={request.timeline} />
      </section>
    </article>
  );
}
