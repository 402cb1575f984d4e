import { graphql } from '../../../../gql';

export const CLOSE_TICKET_MUTATION = graphql(`
  mutation CloseTicket($id: ID!, $version: Int!) {
    closeTicket(id: $id, version: $version) {
      ...TicketDetail
    }
  }
`);
