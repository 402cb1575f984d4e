import { graphql } from '../../../../gql';

export const OrgChangesQuery = graphql(`
  query OrgChanges($first: Int, $after: String) {
    orgChanges(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...OrgChangeFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
