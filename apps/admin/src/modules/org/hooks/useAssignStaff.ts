import { useMutation } from '@apollo/client';
import type { AssignStaffInput } from '../../../gql/graphql';
import { AssignStaffMutation } from '../graphql/mutations/assign-staff.mutation';

export function useAssignStaff() {
  const [mutate, { loading }] = useMutation(AssignStaffMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail', 'StaffDirectory'],
    awaitRefetchQueries: true,
  });
  const assignStaff = (input: AssignStaffInput) => mutate({ variables: { input } });
  return { assignStaff, loading };
}
