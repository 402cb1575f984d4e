import { Card } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useFollowOrgChanges } from '../hooks/useFollowOrgChanges';
import { useOrgChanges } from '../hooks/useOrgChanges';
import { OrgChangeTable } from './OrgChangeTable';

/** 组织变更记录: every org change of the site, newest first, for the director. */
export function OrgAuditView() {
  const { t } = useTranslation('org');
  const { changes, hasMore, loadMore, loading, error, refetch } = useOrgChanges();
  useFollowOrgChanges();
  if (loading && changes.length === 0) return <PageSkeleton rows={10} />;
  if (error && changes.length === 0) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Card withBorder radius="md" padding="md">
        <OrgChangeTable changes={changes} caption={t('audit.caption')} showPosition hasMore={hasMore} onLoadMore={() => void loadMore()} />
      </Card>
    </>
  );
}
