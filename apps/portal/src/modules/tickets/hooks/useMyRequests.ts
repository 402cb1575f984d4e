import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RequestSummaryFragment } from '../../../gql/graphql';
import { ApiError, request } from '../../api/graphql-client';
import { MyRequestsQuery } from '../graphql/queries/my-requests';

const PAGE = 20;

export type MyRequestsState = {
  items: RequestSummaryFragment[];
  loading: boolean;
  error: ApiError | null;
  hasMore: boolean;
  loadMore(): void;
  retry(): void;
};

/** The viewer's own requests, newest first, a page at a time. */
export function useMyRequests(): MyRequestsState {
  const [items, setItems] = useState<RequestSummaryFragment[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async (after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const { myRequests } = await request(MyRequestsQuery, { first: PAGE, after });
      const page = myRequests.edges.map((e) => e.node);
      setItems((current) => (after ? [...current, ...page] : page));
      setCursor(myRequests.pageInfo.endCursor ?? null);
      setHasMore(myRequests.pageInfo.hasNextPage);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK'));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return {
    items,
    loading,
    error,
    hasMore,
    loadMore: () => void load(cursor),
    retry: () => void load(items.length ? cursor : null),
  };
}
