import type { RequestDetailFragment } from '../../../gql/graphql';
import { useI18n, type I18n } from '../../../i18n/i18n';

type Event = RequestDetailFragment['timeline'][number];

/** The department's own name (the site's data) when the event carries it, else its kind's word. */
const departmentOf = (event: Event, { t, locale }: Pick<I18n, 't' | 'locale'>): string => {
  if (event.departmentName) return locale === 'en' ? event.departmentName.en : event.departmentName.zh;
  return event.department ? t(`department.${event.department}`) : t('department.unknown');
};

const eventText = (event: Event, i18n: Pick<I18n, 't' | 'locale'>): string => {
  const { t } = i18n;
  if (event.type === 'RELAYED' || event.type === 'RELAY_ACCEPTED' || event.type === 'RELAY_REPLIED') {
    return t(`event.${event.type}`, { department: departmentOf(event, i18n) });
  }
  if (event.type === 'RATED') return t('event.RATED', { count: event.stars ?? 0 });
  return t(`event.${event.type}`);
};

/** What happened, newest first, in words a requester understands; staff-only facts never reach here. */
export function Timeline({ events }: { events: RequestDetailFragment['timeline'] }) {
  const i18n = useI18n();
  const newestFirst = [...events].reverse();
  return (
    <ol class="timeline">
      {newestFirst.map((event, index) => (
        <li key={`${event.at}-${index}`} class="timeline__item">
          <time class="timeline__time" dateTime={event.at}>
            {i18n.formatDate(event.at, true)}
          </time>
          <span class="timeline__text">{eventText(event, i18n)}</span>
          {event.comment ? <span class="timeline__comment">“{event.comment}”</span> : null}
          {event.reply ? <span class="timeline__comment">{event.reply}</span> : null}
          {event.reopened ? <span class="timeline__note">{i18n.t('event.reopened')}</span> : null}
          {event.supervisorNotified ? <span class="timeline__note">{i18n.t('event.supervisorNotified')}</span> : null}
        </li>
      ))}
    </ol>
  );
}
