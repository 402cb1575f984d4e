import { Button, Card } from '@mantine/core';
import { FormAlert } from '../../ui/components/FormAlert';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { useFormatters } from '../../ui/format/useFormatters';
import { useOrgChangesExport } from '../hooks/useOrgChangesExport';
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
  const format = useFormatters();
  const exporting = useOrgChangesExport();
  if (loading && changes.length === 0) return <PageSkeleton rows={10} />;
  if (error && changes.length === 0) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="light" loading={exporting.downloading} onClick={() => void exporting.download(format.today())}>
            {t('audit.export')}
          </Button>
        }
      />
      <FormAlert message={exporting.failed ? errorMessage(exporting.failed, t) : null} />
      <Card withBorder radius="md" padding="md">
        <OrgChangeTable changes={changes} caption={t('audit.caption')} showPosition hasMore={hasMore} onLoadMore={() => void loadMore()} />
      </Card>
    </>
  );
}
