import { Card, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePositionHistory } from '../hooks/useOrgChanges';
import { OrgChangeTable } from './OrgChangeTable';

/**
 * A position's own changes, on its page. The gateway decides per position (the director, or who
 * edits this position); a refusal hides the section rather than showing an error.
 */
export function PositionHistory({ id }: { id: string }) {
  const { t } = useTranslation('org');
  const { changes, hasMore, loadMore, loading, error } = usePositionHistory(id);
  if (error || (loading && changes.length === 0)) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('audit.history')}
      </Title>
      <OrgChangeTable changes={changes} caption={t('audit.historyCaption')} showPosition={false} hasMore={hasMore} onLoadMore={() => void loadMore()} />
    </Card>
  );
}
