import { Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboundFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useNotify } from '../../ui/errors/useNotify';
import { useFormatters } from '../../ui/format/useFormatters';
import { useInbound, useInboundActions } from '../hooks/useInbound';
import { InboundForm } from './InboundForm';

/** Who an item is for, in words: the whole site, a floor or unit, one requester, or the desk only. */
function AudienceLine({ item }: { item: InboundFieldsFragment }) {
  const { t } = useTranslation('relays');
  const text = item.audience === 'UNITS' ? t('inbound.forUnits', { prefix: item.unitPrefix }) : t(`inbound.audience.${item.audience}`);
  return <Text size="xs" c="gray.7">{t('inbound.audienceLine', { audience: text })}</Text>;
}

/**
 * 部门来讯: information other departments pass to customer service. The desk acknowledges it
 * (受理); what is meant for requesters is then a notice on their portal.
 */
export function InboundPanel() {
  const { t, i18n } = useTranslation('relays');
  const { can } = useViewer();
  const notify = useNotify();
  const { dateTime } = useFormatters();
  const [waitingOnly, setWaitingOnly] = useState(true);
  const [registering, setRegistering] = useState(false);
  const list = useInbound(waitingOnly);
  const { acknowledge, acknowledging } = useInboundActions();
  const zh = i18n.language.startsWith('zh');
  const acknowledgeLabel = (item: InboundFieldsFragment) => (item.audience === 'INTERNAL' ? t('inbound.acknowledge') : t('inbound.acknowledgeAndPublish'));

  return (
    <>
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label={t('inbound.filterLabel')}
          value={waitingOnly ? 'WAITING' : 'ALL'}
          onChange={(v) => setWaitingOnly(v === 'WAITING')}
          data={[
            { value: 'WAITING', label: t('inbound.filter.WAITING') },
            { value: 'ALL', label: t('inbound.filter.ALL') },
          ]}
        />
        {can('INBOUND_REGISTER') ? <Button onClick={() => setRegistering(true)}>{t('inbound.register')}</Button> : null}
      </Group>
      {list.error ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading ? (
        <PageSkeleton />
      ) : list.items.length === 0 ? (
        <EmptyState title={t(waitingOnly ? 'inbound.emptyWaiting' : 'inbound.empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {list.items.map((item) => (
            <Paper key={item.id} component="li" withBorder p="md" aria-label={item.title}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs">
                    <Badge color="gray" variant="light">
                      {t(`inbound.kind.${item.kind}`)}
                    </Badge>
                    <Text fw={600}>{item.title}</Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {item.body}
                  </Text>
                  <Text size="xs" c="gray.7">
                    {t('inbound.meta', { department: zh ? item.department.name.zh : item.department.name.en, by: item.registeredBy?.name ?? '', at: dateTime(item.registeredAt as string) })}
                  </Text>
                  <AudienceLine item={item} />
                </Stack>
                {item.acknowledgedAt ? (
                  <Stack gap={4} align="flex-end">
                    <Badge color="green" variant="light">
                      {item.onPortal ? t('inbound.published') : t('inbound.acknowledged')}
                    </Badge>
                    <Text size="xs" c="gray.7">
                      {t('inbound.acknowledgedBy', { by: item.acknowledgedBy?.name ?? '', at: dateTime(item.acknowledgedAt as string) })}
                    </Text>
                  </Stack>
                ) : can('INBOUND_ACKNOWLEDGE') ? (
                  <Button
                    size="compact-sm"
                    loading={acknowledging}
                    // The visible words first, so the spoken name starts with what the button says.
                    aria-label={t('inbound.acknowledgeOf', { action: acknowledgeLabel(item), title: item.title })}
                    onClick={() => void acknowledge(item.id).then(() => notify.success(t('inbound.acknowledgedNow')), (e: unknown) => notify.failure(e))}
                  >
                    {acknowledgeLabel(item)}
                  </Button>
                ) : (
                  <Badge color="yellow" variant="light">
                    {t('inbound.waiting')}
                  </Badge>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {list.hasMore && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('loadMore')}
          </Button>
        </Group>
      )}
      <Modal opened={registering} onClose={() => setRegistering(false)} size="lg" title={t('inbound.register')} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <InboundForm onDone={() => setRegistering(false)} />
      </Modal>
    </>
  );
}
