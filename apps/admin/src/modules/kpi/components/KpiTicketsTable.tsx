import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiSubjectInput } from '../../../gql/graphql';
import { QueryErrorState } from '../../ui/components/QueryErrorState';
import { SidewaysScroll } from '../../ui/components/SidewaysScroll';
import { useKpiTickets } from '../hooks/useKpiTickets';

/** The tickets behind a subject's valid complaints in the month. */
export function KpiTicketsTable({ subject, day }: { subject: KpiSubjectInput; day: string }) {
  const { t } = useTranslation('kpi');
  const { tickets, loading, error, refetch } = useKpiTickets(subject, 'VALID_COMPLAINTS', day);
  if (error) return <QueryErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return null;
  if (tickets.length === 0) return <Text c="dimmed">{t('tickets.empty')}</Text>;
  return (
    <SidewaysScroll label={t('tickets.caption')} hint={t('scrollHint')}>
      <Table striped aria-label={t('tickets.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tickets.number')}</Table.Th>
            <Table.Th>{t('tickets.summary')}</Table.Th>
            <Table.Th>{t('tickets.decidedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tickets.map((ticket) => (
            <Table.Tr key={ticket.id}>
              <Table.Td>
                <Anchor component={Link} to={`/tickets/${ticket.id}`}>
                  KF-{String(ticket.number).padStart(6, '0')}
                </Anchor>
              </Table.Td>
              <Table.Td>{ticket.title}</Table.Td>
              <Table.Td>{new Date(ticket.decidedAt).toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SidewaysScroll>
  );
}
