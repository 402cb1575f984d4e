import { graphql } from '../../../../gql';

/** People to pick from when assigning a position. */
export const StaffOptionsQuery = graphql(`
  query StaffOptions($text: String) {
    staffMembers(first: 20, text: $text) {
      edges {
        node {
          id
          name
          employeeNo
        }
      }
    }
  }
`);
