import { useMutation } from '@apollo/client';
import { EndAssignmentMutation } from '../graphql/mutations/end-assignment.mutation';

export function useEndAssignment() {
  const [mutate, { loading }] = useMutation(EndAssignmentMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail', 'StaffDirectory'],
    awaitRefetchQueries: true,
  });
  const endAssignment = (id: string, endsOn: string) => mutate({ variables: { id, endsOn } });
  return { endAssignment, loading };
}
