import { graphql } from '../../../../gql';

export const TAKE_TICKET_MUTATION = graphql(`
  mutation TakeTicket($id: ID!, $version: Int!) {
    takeTicket(id: $id, version: $version) {
      ...TicketDetail
    }
  }
`);
