import { NetworkStatus, useQuery } from '@apollo/client';
import { ReceptionEntriesQuery } from '../graphql/queries/reception-entries.query';

export const RECEPTION_PAGE_SIZE = 30;

/** The reception log, newest first, one cursor page at a time; `loadMore` appends the next. */
export function useReceptionLog() {
  const variables = { first: RECEPTION_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(ReceptionEntriesQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.receptionEntries;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    entries: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
