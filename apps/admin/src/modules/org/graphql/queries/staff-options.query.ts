import { graphql } from '../../../../gql';

/** People to pick from when assigning a position, searched on the server: status, current positions and open tickets shown. */
export const StaffOptionsQuery = graphql(`
  query StaffOptions($text: String) {
    staffMembers(first: 20, text: $text) {
      edges {
        node {
          id
          name
          employeeNo
          active
          openTickets
          assignments {
            id
            current
            acting
            position {
              id
              title {
                zh
                en
              }
            }
          }
        }
      }
    }
  }
`);
