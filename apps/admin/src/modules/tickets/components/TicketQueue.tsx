import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketListItemFragment, TicketOrder } from '../../../gql/graphql';
import { formatTicketNumber } from '@kefu/domain/tickets';
import { useFormatters } from '../../ui/format/useFormatters';
import { requesterLabel } from '../utils/requester-label';
import { SlaBadge } from './SlaBadge';
import { SeverityBadge, TicketStatusBadge } from './TicketStatusBadge';

type Props = {
  tickets: readonly TicketListItemFragment[];
  loading: boolean;
  order: TicketOrder;
  onOrderChange(order: TicketOrder): void;
};

/** The number, and "新" while nobody on the desk has opened a portal request. */
function TicketNumber({ ticket, size }: { ticket: TicketListItemFragment; size: 'sm' | 'xs' }) {
  const { t } = useTranslation('tickets');
  return (
    <Group gap={6} wrap="nowrap">
      <Text size={size} ff="monospace" c="gray.7">
        {formatTicketNumber(ticket.number)}
      </Text>
      {ticket.reopenCount > 0 && <ReopenedBadge count={ticket.reopenCount} />}
      {ticket.newToStaff && (
        <Tooltip label={t('desk.newHint')}>
          <Badge size="sm" color="red.8" variant="filled" radius="sm" style={{ textTransform: 'none' }} aria-label={`${t('desk.new')}：${t('desk.newHint')}`}>
            {t('desk.new')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

/** "已退回 N": work sent back after a result, however many times. */
export function ReopenedBadge({ count }: { count: number }) {
  const { t } = useTranslation('tickets');
  return (
    <Tooltip label={t('desk.reopenedHint')}>
      <Badge size="sm" color="grape.8" variant="outline" radius="sm" style={{ textTransform: 'none' }} aria-label={`${t('desk.reopened', { count })}：${t('desk.reopenedHint')}`}>
        {t('desk.reopened', { count })}
      </Badge>
    </Tooltip>
  );
}

/** A column header that sorts the queue by one order the gateway serves from an index. */
function SortHeader({ label, value, order, onOrderChange }: { label: string; value: TicketOrder; order: TicketOrder; onOrderChange(order: TicketOrder): void }) {
  const { t } = useTranslation('tickets');
  const active = order === value;
  return (
    <Table.Th scope="col" aria-sort={active ? (value === 'DUE' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onOrderChange(value)} aria-label={t('desk.sortBy', { column: label })} fw={active ? 700 : 600} fz="sm">
        {label} {active ? (value === 'DUE' ? '↑' : '↓') : '↕'}
      </UnstyledButton>
    </Table.Th>
  );
}

export const ticketPath = (id: string) => `/tickets/${encodeURIComponent(id)}`;

const SKELETON_ROWS = 8;

export function TicketQueue({ tickets, loading, order, onOrderChange }: Props) {
  const { t } = useTranslation('tickets');
  const time = useFormatters();
  const narrow = useMediaQuery('(max-width: 48em)');

  if (narrow) {
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('desk.tableLabel')} aria-busy={loading}>
        {loading
          ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
              <li key={i}>
                <Skeleton height={88} radius="md" />
              </li>
            ))
          : tickets.map((ticket) => (
              <li key={ticket.id}>
                <Card withBorder radius="md" p="sm">
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <TicketNumber ticket={ticket} size="sm" />
                    <SlaBadge state={ticket.slaState} dueAt={ticket.dueAt} />
                  </Group>
                  <Anchor component={Link} to={ticketPath(ticket.id)} c="blue.8" fw={600} mt={4}>
                    {ticket.title}
                  </Anchor>
                  <Text size="sm" c="gray.7" lineClamp={1}>
                    {requesterLabel(ticket.requester)}
                  </Text>
                  <Group gap={6} mt={6}>
                    <TicketStatusBadge status={ticket.status} />
                    <SeverityBadge severity={ticket.severity} />
                    <Text size="xs" c="gray.7">
                      {t(`kind.${ticket.kind}`)} · {ticket.assignee?.name ?? t('desk.unassigned')}
                    </Text>
                  </Group>
                </Card>
              </li>
            ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('desk.tableLabel')} aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('desk.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.requester')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.severity')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('desk.columns.assignee')}</Table.Th>
            <SortHeader label={t('desk.columns.received')} value="NEWEST" order={order} onOrderChange={onOrderChange} />
            <SortHeader label={t('desk.columns.due')} value="DUE" order={order} onOrderChange={onOrderChange} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => (
                <Table.Tr key={i}>
                  <Table.Td colSpan={9}>
                    <Skeleton height={22} />
                  </Table.Td>
                </Table.Tr>
              ))
            : tickets.map((ticket) => (
                <Table.Tr key={ticket.id}>
                  <Table.Td>
                    <TicketNumber ticket={ticket} size="sm" />
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Anchor component={Link} to={ticketPath(ticket.id)} c="blue.8" size="sm" fw={600}>
                      {ticket.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {requesterLabel(ticket.requester)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`kind.${ticket.kind}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={ticket.severity} />
                  </Table.Td>
                  <Table.Td>
                    <TicketStatusBadge status={ticket.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={ticket.assignee ? undefined : 'gray.7'}>
                      {ticket.assignee?.name ?? t('desk.unassigned')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="gray.7">
                      <time dateTime={ticket.receivedAt}>{time.dateTime(ticket.receivedAt)}</time>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SlaBadge state={ticket.slaState} dueAt={ticket.dueAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type FooterProps = { count: number; hasNextPage: boolean; loadingMore: boolean; onLoadMore: () => void };

export function TicketQueueFooter({ count, hasNextPage, loadingMore, onLoadMore }: FooterProps) {
  const { t } = useTranslation('tickets');
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="gray.7" role="status">
        {t('desk.shown', { count })}
        {hasNextPage ? '' : ` · ${t('desk.endOfQueue')}`}
      </Text>
      {hasNextPage && (
        <Button variant="light" onClick={onLoadMore} loading={loadingMore}>
          {t('desk.loadMore')}
        </Button>
      )}
    </Group>
  );
}
