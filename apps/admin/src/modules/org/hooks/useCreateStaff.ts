import { useMutation } from '@apollo/client';
import type { CreateStaffInput } from '../../../gql/graphql';
import { CreateStaffMutation } from '../graphql/mutations/create-staff.mutation';

export function useCreateStaff() {
  const [mutate, { loading }] = useMutation(CreateStaffMutation, { refetchQueries: ['StaffDirectory'] });
  const createStaff = async (input: CreateStaffInput) => (await mutate({ variables: { input } })).data?.createStaff ?? null;
  return { createStaff, loading };
}
