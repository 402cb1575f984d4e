import { Button, Group, SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelayBox, RelayStatus } from '../../../gql/graphql';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { PageSkeleton } from '../../ui/components/PageSkeleton';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { useRelayPermissions } from '../hooks/useRelayPermissions';
import { useRelays } from '../hooks/useRelays';
import { InboundPanel } from './InboundPanel';
import { RelayCard } from './RelayCard';

const STATUS_FILTERS = { OPEN: ['PENDING', 'ACCEPTED'], RETURNED: ['RETURNED'], REPLIED: ['REPLIED'], ALL: null } as const satisfies Record<string, RelayStatus[] | null>;
type StatusFilter = keyof typeof STATUS_FILTERS;

/**
 * 转交, both ways: outbound, the relays a clerk made (by status), a department account's inbox,
 * and for supervisors every relay; inbound, what other departments pass to customer service.
 */
export function RelaysView() {
  const { t } = useTranslation('relays');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs defaultValue="outbound" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="outbound">{t('tab.outbound')}</Tabs.Tab>
          <Tabs.Tab value="inbound">{t('tab.inbound')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="outbound">
          <OutboundRelays />
        </Tabs.Panel>
        <Tabs.Panel value="inbound">
          <InboundPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function OutboundRelays() {
  const { t } = useTranslation('relays');
  const { canRelay, canSeeAll } = useRelayPermissions();
  const boxes: RelayBox[] = [...(canRelay ? (['OUTBOX'] as const) : []), 'INBOX', ...(canSeeAll ? (['ALL'] as const) : [])];
  const [box, setBox] = useState<RelayBox>(boxes[0]!);
  const [filter, setFilter] = useState<StatusFilter>('OPEN');
  const list = useRelays(box, STATUS_FILTERS[filter] ? [...STATUS_FILTERS[filter]] : null);

  return (
    <>
      <Stack gap="sm" mb="md">
        {boxes.length > 1 && (
          <SegmentedControl aria-label={t('boxLabel')} value={box} onChange={(v) => setBox(v as RelayBox)} data={boxes.map((b) => ({ value: b, label: t(`box.${b}`) }))} />
        )}
        <SegmentedControl
          aria-label={t('statusLabel')}
          value={filter}
          onChange={(v) => setFilter(v as StatusFilter)}
          data={(Object.keys(STATUS_FILTERS) as StatusFilter[]).map((f) => ({ value: f, label: t(`filter.${f}`) }))}
        />
      </Stack>
      {list.error ? (
        <QueryErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading ? (
        <PageSkeleton />
      ) : list.relays.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {list.relays.map((relay) => (
            <RelayCard key={relay.id} relay={relay} showTicket />
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
    </>
  );
}
