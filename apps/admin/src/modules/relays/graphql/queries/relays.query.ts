import { graphql } from '../../../../gql';

export const RelaysQuery = graphql(`
  query Relays($first: Int, $after: String, $box: RelayBox, $status: [RelayStatus!]) {
    relays(first: $first, after: $after, box: $box, status: $status) {
      edges {
        cursor
        node {
          ...RelayFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
