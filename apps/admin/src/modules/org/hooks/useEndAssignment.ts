import { useMutation } from '@apollo/client';
import { EndAssignmentMutation } from '../graphql/mutations/end-assignment.mutation';

export function useEndAssignment() {
  const [mutate, { loading }] = useMutation(EndAssignmentMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail', 'StaffDirectory'],
    awaitRefetchQueries: true,
  });
  /** `handOverTo`: who takes over the person's open tickets and follow-ups in the same step. */
  const endAssignment = (id: string, endsOn: string, handOverTo: string | null = null) => mutate({ variables: { id, endsOn, handOverTo } });
  return { endAssignment, loading };
}
