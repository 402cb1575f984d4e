import { graphql } from '../../../../gql';

export const TICKET_QUERY = graphql(`
  query TicketDetailView($id: ID!) {
    ticket(id: $id) {
      ...TicketDetail
    }
  }
`);
