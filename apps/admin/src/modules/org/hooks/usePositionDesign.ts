import { useMutation } from '@apollo/client';
import type { CreatePositionInput } from '../../../gql/graphql';
import { CreatePositionMutation } from '../graphql/mutations/create-position.mutation';
import { RetirePositionMutation } from '../graphql/mutations/retire-position.mutation';

/** Creates a position; the chart and the permission matrix are read again. */
export function useCreatePosition() {
  const [mutate, { loading }] = useMutation(CreatePositionMutation, { refetchQueries: ['OrgChart', 'PermissionMatrix'] });
  const createPosition = async (input: CreatePositionInput) => (await mutate({ variables: { input } })).data?.createPosition ?? null;
  return { createPosition, loading };
}

/** Retires a position at the version the manager read. */
export function useRetirePosition() {
  const [mutate, { loading }] = useMutation(RetirePositionMutation, { refetchQueries: ['OrgChart', 'PermissionMatrix'], awaitRefetchQueries: true });
  const retirePosition = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return { retirePosition, loading };
}
