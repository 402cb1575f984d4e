import { graphql } from '../../../../gql';

export const AccountEventsQuery = graphql(`
  query AccountEvents($first: Int!, $after: String) {
    accountEvents(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          kind
          at
          username
          requesterName
          actorUsername
          sessionsRevoked
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
