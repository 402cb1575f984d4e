import { graphql } from '../../../../gql';

export const PortalChangeOwnPasswordMutation = graphql(`
  mutation PortalChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      username
    }
  }
`);

export const PortalRevokeMySessionMutation = graphql(`
  mutation PortalRevokeMySession($id: ID!) {
    revokeMySession(id: $id)
  }
`);

export const PortalSignOutEverywhereMutation = graphql(`
  mutation PortalSignOutEverywhere {
    signOutEverywhere
  }
`);
