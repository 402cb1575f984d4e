import { graphql } from '../../../../gql';

export const InviteRequesterMutation = graphql(`
  mutation InviteRequester($requesterId: ID!) {
    inviteRequester(requesterId: $requesterId) {
      code
      portalPath
      invitation {
        id
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      state
    }
  }
`);

export const SetRequesterSignInDisabledMutation = graphql(`
  mutation SetRequesterSignInDisabled($id: ID!, $disabled: Boolean!) {
    setRequesterSignInDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);
