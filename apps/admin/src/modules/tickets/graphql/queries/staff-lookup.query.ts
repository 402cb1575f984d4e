import { graphql } from '../../../../gql';

export const STAFF_LOOKUP_QUERY = graphql(`
  query TicketStaffLookup($text: String, $first: Int) {
    staffMembers(text: $text, first: $first) {
      edges {
        node {
          id
          name
          employeeNo
          active
        }
      }
    }
  }
`);
