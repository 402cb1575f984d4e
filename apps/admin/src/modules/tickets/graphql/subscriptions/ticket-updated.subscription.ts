import { graphql } from '../../../../gql';

export const TICKET_UPDATED_SUBSCRIPTION = graphql(`
  subscription TicketUpdated($id: ID!) {
    ticketUpdated(id: $id) {
      version
      ticket {
        ...TicketDetail
      }
    }
  }
`);
