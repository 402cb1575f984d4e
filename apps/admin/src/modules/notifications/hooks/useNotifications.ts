import { NetworkStatus, useMutation, useQuery } from '@apollo/client';
import { MarkAllNotificationsReadMutation } from '../graphql/mutations/mark-all-notifications-read.mutation';
import { MarkNotificationReadMutation } from '../graphql/mutations/mark-notification-read.mutation';
import { MyNotificationsQuery } from '../graphql/queries/my-notifications.query';
import { UnreadNotificationCountQuery } from '../graphql/queries/unread-count.query';

export const NOTIFICATION_PAGE_SIZE = 30;

/** The inbox a page at a time, with read and read-all; the bell's count is refetched after each. */
export function useNotifications(unreadOnly: boolean) {
  const variables = { first: NOTIFICATION_PAGE_SIZE, unreadOnly };
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(MyNotificationsQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [UnreadNotificationCountQuery];
  const [markRead] = useMutation(MarkNotificationReadMutation, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries: [...refetchQueries, MyNotificationsQuery] });
  const connection = data?.myNotifications;
  return {
    notifications: connection?.edges.map((edge) => edge.node) ?? [],
    unread: data?.unreadNotificationCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore: () =>
      connection?.pageInfo.hasNextPage ? fetchMore({ variables: { ...variables, after: connection.pageInfo.endCursor } }).then(() => undefined) : Promise.resolve(),
    markRead: (id: string) => markRead({ variables: { id } }).then(() => undefined),
    markAllRead: () => markAll().then(() => undefined),
    markingAll: markingAll.loading,
  };
}
