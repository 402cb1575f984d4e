import { graphql } from '../../../../gql';

export const EscalatedMessagesQuery = graphql(`
  query EscalatedMessages($first: Int, $after: String) {
    escalatedMessages(first: $first, after: $after) {
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
