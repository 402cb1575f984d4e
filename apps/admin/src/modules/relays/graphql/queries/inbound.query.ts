import { graphql } from '../../../../gql';

export const InboundQuery = graphql(`
  query Inbound($unacknowledgedOnly: Boolean, $first: Int, $after: String) {
    inbound(unacknowledgedOnly: $unacknowledgedOnly, first: $first, after: $after) {
      edges {
        node {
          ...InboundFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
