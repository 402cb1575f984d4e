import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useFormatters } from '../../ui/format/useFormatters';
import { useAccountEvents } from '../hooks/useAccountEvents';

/** 账号审计日志: who created, invited, reset, disabled or signed out which sign-in, and when. */
export function AccountAuditView() {
  const { t } = useTranslation('account');
  const time = useFormatters();
  const { events, hasMore, loading, firstLoad, error, refetch, more } = useAccountEvents();
  if (firstLoad) return <PageSkeleton rows={8} />;
  if (error && events.length === 0) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {events.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
          <Table withTableBorder striped aria-label={t('audit.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.event')}</Table.Th>
                <Table.Th scope="col">{t('audit.signIn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {/* Two columns, each two lines, so a phone shows the log without scrolling sideways. */}
              {events.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(`audit.kind.${e.kind}`)}
                      {e.sessionsRevoked !== null && e.sessionsRevoked !== undefined ? t('audit.sessionsCount', { count: e.sessionsRevoked }) : ''}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {time.dateTime(e.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{[e.username, e.requesterName].filter(Boolean).join(' · ') || '—'}</Text>
                    <Text size="xs" c="gray.7">
                      {t('audit.actor')}：{e.actorUsername ?? t('audit.self')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}
      {hasMore ? (
        <Group justify="center" mt="md">
          <Button variant="light" loading={loading} onClick={() => void more()}>
            {t('audit.more')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
