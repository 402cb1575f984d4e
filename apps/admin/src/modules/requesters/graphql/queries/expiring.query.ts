import { graphql } from '../../../../gql';

/** Contracts and documents running out within 30 days, for the archive clerk. */
export const ExpiringQuery = graphql(`
  query ExpiringRequesterFiles($first: Int, $after: String) {
    expiringRequesterFiles(first: $first, after: $after) {
      edges {
        node {
          what
          expiresOn
          requester {
            id
            name
            shopName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
