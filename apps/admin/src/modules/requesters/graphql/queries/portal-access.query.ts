import { graphql } from '../../../../gql';

export const RequesterPortalAccessQuery = graphql(`
  query RequesterPortalAccess($id: ID!) {
    requester(id: $id) {
      id
      signIns {
        id
        username
        disabled
      }
      invitations {
        id
        state
        createdAt
        expiresAt
        usedAt
      }
    }
  }
`);
