import { useQuery } from '@apollo/client';
import { ReceptionWaitingQuery } from '../graphql/queries/reception-waiting.query';

/** How often the hall's waiting view asks again: new arrivals at other desks show within this. */
export const WAITING_POLL_MS = 15_000;

/** Visitors not yet received, the longest waiting first, with the site's reception standard. */
export function useReceptionWaiting() {
  const { data, loading, error, refetch } = useQuery(ReceptionWaitingQuery, { pollInterval: WAITING_POLL_MS, notifyOnNetworkStatusChange: false });
  return {
    waiting: data?.receptionWaiting.edges.map((edge) => edge.node) ?? [],
    standardMinutes: data?.receptionStandardMinutes ?? null,
    loading: loading && !data,
    error,
    refetch,
  };
}
