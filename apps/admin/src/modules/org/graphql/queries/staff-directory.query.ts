import { graphql } from '../../../../gql';

export const StaffDirectoryQuery = graphql(`
  query StaffDirectory($first: Int, $after: String, $text: String, $unitId: ID, $positionId: ID) {
    staffMembers(first: $first, after: $after, text: $text, unitId: $unitId, positionId: $positionId) {
      edges {
        cursor
        node {
          ...StaffFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
