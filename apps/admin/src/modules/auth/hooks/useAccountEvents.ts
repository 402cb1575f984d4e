import { useQuery } from '@apollo/client';
import { AccountEventsQuery } from '../graphql/queries/account-events.query';

const PAGE = 50;

/** The account audit log, newest first; `more` appends the next page by its cursor. */
export function useAccountEvents() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AccountEventsQuery, { variables: { first: PAGE }, notifyOnNetworkStatusChange: true });
  const connection = data?.accountEvents;
  const more = () =>
    connection?.pageInfo.endCursor
      ? fetchMore({
          variables: { first: PAGE, after: connection.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            accountEvents: { ...fetchMoreResult.accountEvents, edges: [...previous.accountEvents.edges, ...fetchMoreResult.accountEvents.edges] },
          }),
        })
      : undefined;
  return { events: connection?.edges.map((e) => e.node) ?? [], hasMore: connection?.pageInfo.hasNextPage ?? false, loading, firstLoad: loading && !data, error, refetch, more };
}
