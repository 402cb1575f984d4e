import { NetworkStatus, useQuery } from '@apollo/client';
import { StaffDirectoryQuery } from '../graphql/queries/staff-directory.query';

export const STAFF_PAGE_SIZE = 20;

export type StaffFilter = { text?: string; unitId?: string; positionId?: string };

/** One cursor page at a time; `loadMore` appends the next (the cache merges the edges). */
export function useStaffDirectory(filter: StaffFilter) {
  const variables = {
    first: STAFF_PAGE_SIZE,
    text: filter.text || undefined,
    unitId: filter.unitId || undefined,
    positionId: filter.positionId || undefined,
  };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(StaffDirectoryQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.staffMembers;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    staff: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
