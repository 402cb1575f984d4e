import { useQuery, useSubscription } from '@apollo/client';
import { ReceptionWaitingQuery } from '../graphql/queries/reception-waiting.query';
import { ReceptionWaitingChangedSubscription } from '../graphql/subscriptions/reception-waiting-changed.subscription';

/**
 * Visitors not yet received, the longest waiting first, with the site's reception standard.
 * Live: a visitor registered or received at any desk (any gateway replica) makes the view read
 * again over the server-sent events seam; the waits count up on screen in between.
 */
export function useReceptionWaiting() {
  const { data, loading, error, refetch } = useQuery(ReceptionWaitingQuery, { notifyOnNetworkStatusChange: false });
  useSubscription(ReceptionWaitingChangedSubscription, { onData: () => void refetch() });
  return {
    waiting: data?.receptionWaiting.edges.map((edge) => edge.node) ?? [],
    standardMinutes: data?.receptionStandardMinutes ?? null,
    loading: loading && !data,
    error,
    refetch,
  };
}
