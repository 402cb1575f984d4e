import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import type { TicketStatus } from '../../../gql/graphql';
import { TICKET_COUNTS_QUERY } from '../graphql/queries/ticket-counts.query';
import { OPEN_STATUSES } from '../utils/saved-views';

export type TicketTotals = { open: number; majorOpen: number; followUp: number; closed: number };

const isOpen = (status: TicketStatus) => (OPEN_STATUSES as readonly TicketStatus[]).includes(status);

/** The dashboard strip: one grouped count query, summed here. */
export function useTicketCounts(): { totals: TicketTotals | null; loading: boolean } {
  const { data, loading } = useQuery(TICKET_COUNTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const totals = useMemo<TicketTotals | null>(() => {
    if (!data) return null;
    const totals: TicketTotals = { open: 0, majorOpen: 0, followUp: 0, closed: 0 };
    for (const { status, severity, count } of data.ticketCounts) {
      if (isOpen(status)) totals.open += count;
      if (isOpen(status) && severity === 'MAJOR') totals.majorOpen += count;
      if (status === 'RESOLVED') totals.followUp += count;
      if (status === 'CLOSED') totals.closed += count;
    }
    return totals;
  }, [data]);
  return { totals, loading: loading && !data };
}
