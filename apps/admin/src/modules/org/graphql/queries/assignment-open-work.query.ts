import { graphql } from '../../../../gql';

/** What the holder leaves open when the assignment ends: what the hand-over moves. */
export const AssignmentOpenWorkQuery = graphql(`
  query AssignmentOpenWork($id: ID!) {
    assignmentOpenWork(id: $id) {
      tickets {
        id
        number
        title
      }
      followUps {
        id
        ticketNumber
        ticketTitle
      }
      unseenTickets
    }
  }
`);
