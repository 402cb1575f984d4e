import { useMutation } from '@apollo/client';
import type { UpdatePositionInput } from '../../../gql/graphql';
import { UpdatePositionMutation } from '../graphql/mutations/update-position.mutation';

export function useUpdatePosition() {
  const [mutate, { loading }] = useMutation(UpdatePositionMutation, { refetchQueries: ['OrgChart', 'PositionDetail'] });
  const updatePosition = (id: string, input: UpdatePositionInput, expectedVersion?: number) =>
    mutate({ variables: { id, input, expectedVersion: expectedVersion ?? null } });
  return { updatePosition, loading };
}
