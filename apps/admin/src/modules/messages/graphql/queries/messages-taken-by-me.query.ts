import { graphql } from '../../../../gql';

export const MessagesTakenByMeQuery = graphql(`
  query MessagesTakenByMe($first: Int, $after: String) {
    messagesTakenByMe(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MessageFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
