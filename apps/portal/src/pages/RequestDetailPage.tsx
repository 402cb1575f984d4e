import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { RequestDetail } from '../modules/tickets/components/RequestDetail';
import { useMyRequest } from '../modules/tickets/hooks/useMyRequest';
import { Notice } from '../modules/ui/components/Notice';
import { Skeleton } from '../modules/ui/components/Skeleton';

export function RequestDetailPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, setData, error, live, reload } = useMyRequest(id);
  return (
    <>
      <Link to={{ name: 'requests' }} class="back">
        ‹ {t('app.back')}
      </Link>
      <h1 class="page-title">{error?.code === 'NOT_FOUND' && !data ? t('app.notFoundTitle') : t('detail.heading')}</h1>
      {data ? <RequestDetail request={data} live={live} onChange={setData} /> : null}
      {!data && !error ? <Skeleton lines={2} label={t('app.loading')} /> : null}
      {!data && error ? (
        <div class="stack">
          <Notice tone="error">{error.code === 'NOT_FOUND' ? t('app.notFound') : error.code === 'NETWORK' ? t('app.offline') : error.message}</Notice>
          {error.code !== 'NOT_FOUND' ? (
            <button type="button" class="button button--secondary" onClick={() => void reload()}>
              {t('app.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
