import { graphql } from '../../../../gql';

export const PortalMySessionsQuery = graphql(`
  query PortalMySessions {
    mySessions {
      id
      createdAt
      expiresAt
      current
    }
  }
`);
