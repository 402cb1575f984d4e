import { useQuery } from '@apollo/client';
import { OrgChangesQuery } from '../graphql/queries/org-changes.query';
import { PositionHistoryQuery } from '../graphql/queries/position-history.query';

const PAGE = 30;

/** The site's org audit trail, newest first, a page at a time (the director's). */
export function useOrgChanges() {
  const { data, loading, error, fetchMore, refetch } = useQuery(OrgChangesQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const page = data?.orgChanges;
  const changes = page?.edges.map((e) => e.node) ?? [];
  return {
    changes,
    hasMore: page?.pageInfo.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: page?.pageInfo.endCursor } }),
    loading,
    error,
    refetch,
  };
}

/** One position’s own changes, newest first. */
export function usePositionHistory(id: string) {
  const { data, loading, error, fetchMore } = useQuery(PositionHistoryQuery, { variables: { id, first: 20 }, fetchPolicy: 'cache-and-network' });
  const history = data?.node?.__typename === 'Position' ? data.node.history : null;
  const changes = history?.edges.map((e) => e.node) ?? [];
  return {
    changes,
    hasMore: history?.pageInfo.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: history?.pageInfo.endCursor } }),
    loading,
    error,
  };
}
