import { graphql } from '../../../../gql';

export const ESCALATE_TICKET_MUTATION = graphql(`
  mutation EscalateTicket($id: ID!, $version: Int!, $reason: String!) {
    escalateTicket(id: $id, version: $version, reason: $reason) {
      ...TicketDetail
    }
  }
`);
