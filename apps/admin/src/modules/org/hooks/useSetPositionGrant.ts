import { useMutation } from '@apollo/client';
import type { Action } from '../../../gql/graphql';
import { SetPositionGrantMutation } from '../graphql/mutations/set-position-grant.mutation';

/**
 * Sets one cell of the permission matrix, from today or (with `effectiveOn`) from another day; the
 * matrix, the viewer's own actions and any open position (its scheduled changes) are read again.
 */
export function useSetPositionGrant() {
  const [mutate, { loading }] = useMutation(SetPositionGrantMutation, { refetchQueries: ['PermissionMatrix', 'Viewer', 'PositionDetail'], awaitRefetchQueries: true });
  const setGrant = (positionId: string, action: Action, scope: string | null, effectiveOn: string | null = null) =>
    mutate({ variables: { positionId, action, scope, ...(effectiveOn ? { effectiveOn } : {}) } });
  return { setGrant, loading };
}
