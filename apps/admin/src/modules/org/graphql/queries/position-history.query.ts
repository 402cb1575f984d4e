import { graphql } from '../../../../gql';

export const PositionHistoryQuery = graphql(`
  query PositionHistory($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      id
      ... on Position {
        history(first: $first, after: $after) {
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
    }
  }
`);
