import { graphql } from '../../../../gql';

export const MessageInboxQuery = graphql(`
  query MessageInbox($first: Int, $after: String) {
    messageInbox(first: $first, after: $after) {
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
