import { NetworkStatus, useQuery } from '@apollo/client';
import { RequesterFilesQuery } from '../graphql/queries/requester-files.query';

export const REQUESTER_PAGE_SIZE = 20;

/** One cursor page of the archive at a time; `loadMore` appends the next (the cache merges the edges). */
export function useRequesterFiles(search: string) {
  const variables = { first: REQUESTER_PAGE_SIZE, search: search || undefined };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(RequesterFilesQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.requesterFiles;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    files: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
