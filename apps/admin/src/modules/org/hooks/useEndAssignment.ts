import { useMutation } from '@apollo/client';
import { EndAssignmentMutation } from '../graphql/mutations/end-assignment.mutation';

/** A member of staff's global id, the unit's queue, or nobody (the work stays with them). */
export type HandOverTarget = { staffId: string } | 'queue' | null;

export function useEndAssignment() {
  const [mutate, { loading }] = useMutation(EndAssignmentMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail', 'StaffDirectory'],
    awaitRefetchQueries: true,
  });
  /**
   * Where the person's open tickets and follow-ups go in the same step: to `handOverTo`, or back
   * to the unit's queue; neither, they stay with them.
   */
  const endAssignment = (id: string, endsOn: string, target: HandOverTarget = null) =>
    mutate({
      variables: { id, endsOn, handOverTo: target !== null && target !== 'queue' ? target.staffId : null, returnWorkToQueue: target === 'queue' },
    });
  return { endAssignment, loading };
}
