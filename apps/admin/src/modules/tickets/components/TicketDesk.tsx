import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeskFilter } from '../hooks/useDeskFilter';
import { useTicketQueue } from '../hooks/useTicketQueue';
import { useTicketViewerScope } from '../hooks/useTicketViewerScope';
import { errorMessage } from '../../ui/errors/graphql-errors';
import { EMPTY_DESK_FILTER, sameDeskFilter, toTicketFilter } from '../utils/ticket-filter-params';
import { DeskKpiTiles } from './DeskKpiTiles';
import { SavedViews } from './SavedViews';
import { TicketCountsStrip } from './TicketCountsStrip';
import { TicketExportButton } from './TicketExportButton';
import { TicketFilters } from './TicketFilters';
import { TicketQueue, TicketQueueFooter } from './TicketQueue';

export function TicketDesk() {
  const { t } = useTranslation('tickets');
  const { scope } = useTicketViewerScope();
  const { filter, patchFilter, clearFilter, views, activeView, applyView, order, setOrder } = useDeskFilter(scope);
  const ticketFilter = useMemo(() => toTicketFilter(filter), [filter]);
  const queue = useTicketQueue(ticketFilter, order);
  const filtered = !sameDeskFilter(filter, EMPTY_DESK_FILTER);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('desk.title')}
        </Title>
        <Group gap="sm">
          <TicketExportButton filter={ticketFilter} order={order} />
          <Button component={Link} to="/tickets/new">
            {t('desk.newTicket')}
          </Button>
        </Group>
      </Group>
      <TicketCountsStrip />
      <DeskKpiTiles />
      <SavedViews views={views} active={activeView} onSelect={applyView} />
      <TicketFilters filter={filter} onChange={patchFilter} onClear={clearFilter} />
      {queue.error ? (
        <Alert color="red" role="alert" title={t('desk.error', { message: errorMessage(queue.error, t) })}>
          <Button variant="white" color="red" size="compact-sm" onClick={queue.refetch}>
            {t('desk.retry')}
          </Button>
        </Alert>
      ) : !queue.loading && queue.tickets.length === 0 ? (
        <Paper withBorder p="xl" radius="md" ta="center">
          <Title order={2} size="h4">
            {t('desk.empty.title')}
          </Title>
          <Text c="gray.7" mt="xs">
            {filtered ? t('desk.empty.filtered') : t('desk.empty.all')}
          </Text>
          <Group justify="center" mt="md">
            {filtered ? (
              <Button variant="default" onClick={clearFilter}>
                {t('desk.empty.clear')}
              </Button>
            ) : (
              <Button component={Link} to="/tickets/new">
                {t('desk.newTicket')}
              </Button>
            )}
          </Group>
        </Paper>
      ) : (
        <div>
          <TicketQueue tickets={queue.tickets} loading={queue.loading} order={order} onOrderChange={setOrder} />
          {!queue.loading && (
            <TicketQueueFooter
              count={queue.tickets.length}
              hasNextPage={queue.hasNextPage}
              loadingMore={queue.loadingMore}
              onLoadMore={() => void queue.loadMore()}
            />
          )}
        </div>
      )}
    </Stack>
  );
}
