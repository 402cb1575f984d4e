import { NetworkStatus, useQuery } from '@apollo/client';
import type { RelayBox, RelayStatus } from '../../../gql/graphql';
import { RelaysQuery } from '../graphql/queries/relays.query';

export const RELAY_PAGE_SIZE = 20;

/** One cursor page of relays (outbox, inbox or all) at a time; `loadMore` appends the next. */
export function useRelays(box: RelayBox, status: RelayStatus[] | null) {
  const variables = { first: RELAY_PAGE_SIZE, box, status: status ?? undefined };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(RelaysQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.relays;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    relays: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
