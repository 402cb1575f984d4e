import { graphql } from '../../../../gql';

export const TurnReceptionIntoTicketMutation = graphql(`
  mutation TurnReceptionIntoTicket($id: ID!, $input: TicketFromReceptionInput!, $idempotencyKey: String!) {
    turnReceptionIntoTicket(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      ...ReceptionEntryFields
    }
  }
`);
