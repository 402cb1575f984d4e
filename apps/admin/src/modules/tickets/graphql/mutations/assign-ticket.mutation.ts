import { graphql } from '../../../../gql';

export const ASSIGN_TICKET_MUTATION = graphql(`
  mutation AssignTicket($id: ID!, $version: Int!, $assigneeId: ID!, $severity: Severity) {
    assignTicket(id: $id, version: $version, assigneeId: $assigneeId, severity: $severity) {
      ...TicketDetail
    }
  }
`);
