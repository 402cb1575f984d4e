import { useMutation, useQuery } from '@apollo/client';
import {
  CreateStaffSignInMutation,
  ResetStaffPasswordMutation,
  SetStaffSignInDisabledMutation,
} from '../graphql/mutations/staff-sign-in.mutations';
import { StaffSignInQuery } from '../graphql/queries/staff-sign-in.query';

/** A member of staff's sign-in and what a manager with `staff.edit` does with it. */
export function useStaffSignIn(staffId: string) {
  const { data, loading, error } = useQuery(StaffSignInQuery, { variables: { id: staffId } });
  const [create, creating] = useMutation(CreateStaffSignInMutation, { refetchQueries: ['StaffSignIn'] });
  const [setDisabled, disabling] = useMutation(SetStaffSignInDisabledMutation);
  const [reset, resetting] = useMutation(ResetStaffPasswordMutation);
  return {
    signIn: data?.node?.__typename === 'Staff' ? data.node.signIn : null,
    loading,
    error,
    createSignIn: (username: string, password: string) => create({ variables: { staffId, input: { username, password } } }),
    setDisabled: (id: string, disabled: boolean) => setDisabled({ variables: { id, disabled } }),
    resetPassword: (id: string, password: string) => reset({ variables: { id, password } }),
    saving: creating.loading || disabling.loading || resetting.loading,
  };
}
