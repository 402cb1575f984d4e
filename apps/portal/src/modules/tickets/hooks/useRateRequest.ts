import { useState } from 'preact/hooks';
import type { RequestDetailFragment } from '../../../gql/graphql';
import { ApiError, request } from '../../api/graphql-client';
import { RateRequestMutation } from '../graphql/mutations/rate-request';

/** Sends the requester's rating; answers the request as it now stands (reopened on ≤ 2 stars). */
export function useRateRequest() {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const rate = async (target: Pick<RequestDetailFragment, 'id' | 'version'>, stars: number, comment: string): Promise<RequestDetailFragment | null> => {
    setSending(true);
    setError(null);
    try {
      const { rateRequest } = await request(RateRequestMutation, { id: target.id, version: target.version, stars, comment: comment.trim() || null });
      return rateRequest;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'NETWORK'));
      return null;
    } finally {
      setSending(false);
    }
  };
  return { rate, sending, error };
}
