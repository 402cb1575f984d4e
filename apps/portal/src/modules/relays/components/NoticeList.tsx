import { useI18n } from '../../../i18n/i18n';
import { useMyNotices } from '../hooks/useMyNotices';

/**
 * 商场通知: what the mall's departments passed to customer service and it published for the
 * viewer — a power cut on their floor, a closure, a promotion. Nothing shows when there is none.
 */
export function NoticeList() {
  const { t, locale, formatDate } = useI18n();
  const { notices } = useMyNotices();
  if (notices.length === 0) return null;
  return (
    <section class="notices" aria-labelledby="notices-title">
      <h2 id="notices-title" class="section-title">
        {t('notices.heading')}
      </h2>
      <ul class="cards">
        {notices.map((notice) => (
          <li key={notice.id} class="card notice-card">
            <span class="card__top">
              <span class="card__kind">{notice.title}</span>
              <span class="badge badge--notice">{t(`notices.kind.${notice.kind}`)}</span>
            </span>
            <span class="notice-card__body">{notice.body}</span>
            <span class="card__meta">
              {t('notices.meta', { from: locale === 'zh-CN' ? notice.from.zh : notice.from.en, at: formatDate(notice.publishedAt as string, true) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
