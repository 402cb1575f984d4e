import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { NoticeList } from '../modules/relays/components/NoticeList';
import { RequestList } from '../modules/tickets/components/RequestList';

export function RequestsPage() {
  const { t } = useI18n();
  return (
    <>
      <div class="page-head">
        <h1 class="page-title">{t('requests.heading')}</h1>
        <Link to={{ name: 'new' }} class="button button--compact">
          {t('requests.new')}
        </Link>
      </div>
      <NoticeList />
      <RequestList />
    </>
  );
}
