import { graphql } from '../../../../gql';

export const PortalLoginMutation = graphql(`
  mutation PortalLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      username
      kind
      siteTimeZone
      requester {
        name
        shopName
        shopUnit
      }
    }
  }
`);
