import { graphql } from '../../../../gql';

export const CREATE_TICKET_MUTATION = graphql(`
  mutation CreateTicket($idempotencyKey: String!, $input: CreateTicketInput!) {
    createTicket(idempotencyKey: $idempotencyKey, input: $input) {
      id
      number
    }
  }
`);
