import type { RequestDetailFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';

/** How the department answered and what its follow-up found, in the requester's words; nothing before a result. */
export function Outcome({ request }: { request: Pick<RequestDetailFragment, 'resolution' | 'followUp'> }) {
  const { t, formatDate } = useI18n();
  const { resolution, followUp } = request;
  if (!resolution && !followUp) return null;
  return (
    <section aria-labelledby="outcome-heading">
      <h2 class="section-title" id="outcome-heading">
        {t('outcome.heading')}
      </h2>
      <dl class="facts outcome">
        {resolution ? (
          <div class="outcome__item">
            <dt>{t('outcome.resolution')}</dt>
            <dd class="outcome__text">{resolution}</dd>
          </div>
        ) : null}
        {followUp ? (
          <div class="outcome__item">
            <dt>{t('outcome.followUp')}</dt>
            <dd class="outcome__text">
              {t('outcome.followUpText', { channel: t(`outcome.channel.${followUp.channel}`), satisfaction: followUp.satisfaction })}
              <span class="outcome__when"> · {formatDate(followUp.at, true)}</span>
              {followUp.reopened ? <span class="timeline__note outcome__reopened">{t('outcome.followUpReopened')}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
