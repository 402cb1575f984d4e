import { useQuery } from '@apollo/client';
import { useDebouncedValue } from '@mantine/hooks';
import { REQUESTERS_QUERY } from '../graphql/queries/requesters.query';

export const LOOKUP_DEBOUNCE_MS = 250;

/** Merchant, owner or customer lookup; asks the gateway only once typing pauses. */
export function useRequesterSearch(text: string) {
  const [search] = useDebouncedValue(text.trim(), LOOKUP_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(REQUESTERS_QUERY, {
    variables: { search, first: 10 },
    skip: search.length === 0,
  });
  return { requesters: (data ?? previousData)?.requesters ?? [], searching: loading || search !== text.trim() };
}
