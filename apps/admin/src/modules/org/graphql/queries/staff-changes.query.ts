import { graphql } from '../../../../gql';

export const StaffChangesQuery = graphql(`
  query StaffChanges($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      id
      ... on Staff {
        history(first: $first, after: $after) {
          edges {
            cursor
            node {
              field
              from
              to
              changedAt
              changedBy {
                id
                name
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
