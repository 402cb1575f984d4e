import { NetworkStatus, useQuery } from '@apollo/client';
import { useCallback, useMemo } from 'react';
import type { TicketFilter, TicketOrder } from '../../../gql/graphql';
import { TICKETS_QUERY } from '../graphql/queries/tickets.query';

export const TICKET_PAGE_SIZE = 50;

/**
 * One keyset page at a time (`first` + `after`): the gateway's cost does not grow with the queue,
 * and "load more" appends through the `tickets` field policy.
 */
export function useTicketQueue(filter: TicketFilter, order: TicketOrder = 'DUE') {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(TICKETS_QUERY, {
    variables: { filter, order, first: TICKET_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.tickets;
  const tickets = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasNextPage || !endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [fetchMore, hasNextPage, endCursor]);

  return {
    tickets,
    hasNextPage,
    // A new filter shows the skeleton; a background refresh of the same one does not.
    loading: !connection && (networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables),
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: connection ? undefined : error,
    loadMore,
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}
