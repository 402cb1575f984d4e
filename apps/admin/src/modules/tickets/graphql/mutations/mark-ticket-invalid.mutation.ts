import { graphql } from '../../../../gql';

export const MARK_TICKET_INVALID_MUTATION = graphql(`
  mutation MarkTicketInvalid($id: ID!, $version: Int!, $reason: String!) {
    markTicketInvalid(id: $id, version: $version, reason: $reason) {
      ...TicketDetail
    }
  }
`);
