import { useMutation, useQuery } from '@apollo/client';
import { InviteRequesterMutation, RevokeInvitationMutation, SetRequesterSignInDisabledMutation } from '../graphql/mutations/portal-access.mutations';
import { RequesterPortalAccessQuery } from '../graphql/queries/portal-access.query';

/** A merchant's or owner's portal sign-ins and invitations, with invite, revoke and disable. */
export function usePortalAccess(requesterId: string) {
  const { data, loading, error, refetch } = useQuery(RequesterPortalAccessQuery, { variables: { id: requesterId } });
  const refetchQueries = ['RequesterPortalAccess'];
  const [invite, inviting] = useMutation(InviteRequesterMutation, { refetchQueries });
  const [revoke] = useMutation(RevokeInvitationMutation, { refetchQueries });
  const [setDisabled] = useMutation(SetRequesterSignInDisabledMutation, { refetchQueries });
  return {
    access: data?.requester ?? null,
    loading: loading && !data,
    error,
    refetch,
    invite: () => invite({ variables: { requesterId } }),
    issued: inviting.data?.inviteRequester ?? null,
    inviting: inviting.loading,
    inviteError: inviting.error,
    revoke: (id: string) => revoke({ variables: { id } }),
    setDisabled: (id: string, disabled: boolean) => setDisabled({ variables: { id, disabled } }),
  };
}
