import { useQuery } from '@apollo/client';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { STAFF_LOOKUP_QUERY } from '../graphql/queries/staff-lookup.query';
import { LOOKUP_DEBOUNCE_MS } from './useRequesterSearch';

/** Staff directory lookup for the assignee pickers. */
export function useStaffLookup(text: string) {
  const [search] = useDebouncedValue(text.trim(), LOOKUP_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(STAFF_LOOKUP_QUERY, { variables: { text: search || null, first: 20 } });
  const staff = useMemo(
    () => ((data ?? previousData)?.staffMembers.edges ?? []).map((edge) => edge.node).filter((s) => s.active),
    [data, previousData],
  );
  return { staff, searching: loading };
}
