import { useQuery, useSubscription } from '@apollo/client';
import { NotificationAddedSubscription } from '../graphql/subscriptions/notification-added.subscription';
import { UnreadNotificationCountQuery } from '../graphql/queries/unread-count.query';

/** The bell's count, kept live: each notification written for the viewer refetches it. */
export function useUnreadCount(enabled: boolean) {
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, {
    skip: !enabled,
    onData: () => void refetch(),
  });
  return data?.unreadNotificationCount ?? 0;
}
