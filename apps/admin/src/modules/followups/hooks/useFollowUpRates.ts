import { useQuery } from '@apollo/client';
import { FollowUpRatesQuery } from '../graphql/queries/follow-up-rates.query';

/** This month's 回访 rates over what the viewer may see. */
export function useFollowUpRates() {
  const { data, error } = useQuery(FollowUpRatesQuery);
  return { rates: data?.followUpRates ?? null, error };
}
