import { graphql } from '../../../../gql';

export const PortalLogoutMutation = graphql(`
  mutation PortalLogout {
    logout
  }
`);
