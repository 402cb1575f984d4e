import { useQuery } from '@apollo/client';
import type { Severity } from '../../../gql/graphql';
import { DEADLINE_PREVIEW_QUERY } from '../graphql/queries/deadline-preview.query';

/** The deadlines the ticket would get if saved now, computed by the gateway's SLA policy. */
export function useDeadlinePreview(severity: Severity, requestedBy: string | null) {
  const { data, previousData, loading } = useQuery(DEADLINE_PREVIEW_QUERY, {
    variables: { severity, requestedBy },
    // Deadlines run from "now": a cached answer would drift.
    fetchPolicy: 'network-only',
  });
  return { deadlines: (data ?? previousData)?.deadlinePreview ?? null, loading };
}
