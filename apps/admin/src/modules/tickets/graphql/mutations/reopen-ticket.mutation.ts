import { graphql } from '../../../../gql';

export const REOPEN_TICKET_MUTATION = graphql(`
  mutation ReopenTicket($id: ID!, $version: Int!, $reason: String!) {
    reopenTicket(id: $id, version: $version, reason: $reason) {
      ...TicketDetail
    }
  }
`);
