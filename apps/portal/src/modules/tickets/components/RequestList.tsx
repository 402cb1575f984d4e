import { useI18n } from '../../../i18n/i18n';
import { Notice } from '../../ui/components/Notice';
import { Skeleton } from '../../ui/components/Skeleton';
import { useMyRequests } from '../hooks/useMyRequests';
import { RequestCard } from './RequestCard';

export function RequestList() {
  const { t } = useI18n();
  const { items, loading, error, hasMore, loadMore, retry } = useMyRequests();
  if (loading && items.length === 0) return <Skeleton lines={4} label={t('app.loading')} />;
  return (
    <>
      {error ? (
        <div class="stack">
          <Notice tone="error">{error.code === 'NETWORK' ? t('app.offline') : error.message}</Notice>
          <button type="button" class="button button--secondary" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      ) : null}
      {!error && items.length === 0 ? <p class="empty">{t('requests.empty')}</p> : null}
      <ul class="cards">
        {items.map((item) => (
          <RequestCard key={item.id} request={item} />
        ))}
      </ul>
      {hasMore ? (
        <button type="button" class="button button--secondary" disabled={loading} onClick={loadMore}>
          {loading ? t('app.loading') : t('requests.more')}
        </button>
      ) : null}
    </>
  );
}
