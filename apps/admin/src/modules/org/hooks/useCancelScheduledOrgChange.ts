import { useMutation } from '@apollo/client';
import { CancelScheduledOrgChangeMutation } from '../graphql/mutations/cancel-scheduled-org-change.mutation';
import type { Action } from '../../../gql/graphql';

/** Withdraws a change scheduled for a later day; the position, its history and the chart reload. */
export function useCancelScheduledOrgChange() {
  const [mutate, { loading }] = useMutation(CancelScheduledOrgChangeMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail', 'PositionHistory', 'PermissionMatrix'],
    awaitRefetchQueries: true,
  });
  const cancelScheduledOrgChange = (positionId: string, action: Action | null) =>
    mutate({ variables: { positionId, ...(action ? { action } : {}) } });
  return { cancelScheduledOrgChange, loading };
}
