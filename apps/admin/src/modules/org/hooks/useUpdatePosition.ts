import { useMutation } from '@apollo/client';
import type { UpdatePositionInput } from '../../../gql/graphql';
import { UpdatePositionMutation } from '../graphql/mutations/update-position.mutation';

export function useUpdatePosition() {
  const [mutate, { loading }] = useMutation(UpdatePositionMutation, { refetchQueries: ['OrgChart'] });
  const updatePosition = (id: string, input: UpdatePositionInput) => mutate({ variables: { id, input } });
  return { updatePosition, loading };
}
