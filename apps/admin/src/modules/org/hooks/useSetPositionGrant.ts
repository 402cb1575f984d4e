import { useMutation } from '@apollo/client';
import type { Action } from '../../../gql/graphql';
import { SetPositionGrantMutation } from '../graphql/mutations/set-position-grant.mutation';

/** Sets one cell of the permission matrix; the matrix and the viewer's own actions are read again. */
export function useSetPositionGrant() {
  const [mutate, { loading }] = useMutation(SetPositionGrantMutation, { refetchQueries: ['PermissionMatrix', 'Viewer'], awaitRefetchQueries: true });
  const setGrant = (positionId: string, action: Action, scope: string | null) => mutate({ variables: { positionId, action, scope } });
  return { setGrant, loading };
}
