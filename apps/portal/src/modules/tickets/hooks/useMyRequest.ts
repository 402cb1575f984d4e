import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RequestDetailFragment } from '../../../gql/graphql';
import { ApiError, request } from '../../api/graphql-client';
import { subscribe } from '../../api/subscribe';
import { MyRequestQuery } from '../graphql/queries/my-request';
import { RequestUpdatedSubscription } from '../graphql/subscriptions/request-updated';

export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'off';

/**
 * One of the viewer's requests, kept current while the page is open: staff moving the ticket
 * arrive over the subscription; after a dropped connection the request is read again.
 */
export function useMyRequest(id: string) {
  const [data, setData] = useState<RequestDetailFragment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [live, setLive] = useState<LiveState>('connecting');

  const load = useCallback(async () => {
    try {
      const { myRequest } = await request(MyRequestQuery, { id });
      setData(myRequest);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK'));
    }
  }, [id]);

  useEffect(() => {
    setData(null);
    setError(null);
    void load();
    let connectedBefore = false;
    const subscription = subscribe(RequestUpdatedSubscription, { id }, {
      next: ({ ticketUpdated }) => {
        if (ticketUpdated.request) setData(ticketUpdated.request);
      },
      connected: () => {
        setLive('live');
        // Whatever changed while the connection was down.
        if (connectedBefore) void load();
        connectedBefore = true;
      },
      dropped: () => setLive('reconnecting'),
      refused: () => setLive('off'),
    });
    return () => subscription.close();
  }, [id, load]);

  return { data, setData, error, live, reload: load };
}
