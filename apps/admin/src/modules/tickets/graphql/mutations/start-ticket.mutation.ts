import { graphql } from '../../../../gql';

export const START_TICKET_MUTATION = graphql(`
  mutation StartTicket($id: ID!, $version: Int!) {
    startTicket(id: $id, version: $version) {
      ...TicketDetail
    }
  }
`);
