import { graphql } from '../../../../gql';

export const REPLY_TICKET_MUTATION = graphql(`
  mutation ReplyTicket($id: ID!, $version: Int!, $message: String!) {
    replyTicket(id: $id, version: $version, message: $message) {
      ...TicketDetail
    }
  }
`);
