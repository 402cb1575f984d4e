import { graphql } from '../../../../gql';

/** Who a ticket may be dispatched to, its unit first, with position and open workload. */
export const ASSIGNMENT_CANDIDATES_QUERY = graphql(`
  query AssignmentCandidates($id: ID!) {
    ticket(id: $id) {
      id
      assignmentCandidates {
        inTicketUnit
        openTickets
        staff {
          id
          name
          employeeNo
        }
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
`);
