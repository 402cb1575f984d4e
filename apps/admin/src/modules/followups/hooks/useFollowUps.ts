import { NetworkStatus, useQuery } from '@apollo/client';
import type { FollowUpView } from '../../../gql/graphql';
import { FollowUpsQuery } from '../graphql/queries/follow-ups.query';

export const FOLLOW_UP_PAGE_SIZE = 20;

/** One cursor page of a 回访 view at a time; `loadMore` appends the next. */
export function useFollowUps(view: FollowUpView) {
  const variables = { view, first: FOLLOW_UP_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(FollowUpsQuery, { variables, notifyOnNetworkStatusChange: true });
  const connection = data?.followUps;
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } });
  };
  return {
    followUps: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
