import { graphql } from '../../../../gql';

export const MARK_TICKET_SEEN_MUTATION = graphql(`
  mutation MarkTicketSeen($id: ID!) {
    markTicketSeen(id: $id) {
      id
      newToStaff
    }
  }
`);
