import { useMutation } from '@apollo/client';
import type { RegisterReceptionInput } from '../../../gql/graphql';
import { RegisterReceptionMutation } from '../graphql/mutations/register-reception.mutation';

/** Registers a call, visit or letter; the log and the waiting view refetch. */
export function useRegisterReception() {
  const [mutate, { loading }] = useMutation(RegisterReceptionMutation, { refetchQueries: ['ReceptionEntries', 'ReceptionWaiting'] });
  const register = async (input: RegisterReceptionInput) => (await mutate({ variables: { input } })).data?.registerReception ?? null;
  return { register, saving: loading };
}
