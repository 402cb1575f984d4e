import { graphql } from '../../../../gql';

export const ReceiveVisitorMutation = graphql(`
  mutation ReceiveVisitor($id: ID!, $receivedAt: DateTime) {
    receiveVisitor(id: $id, receivedAt: $receivedAt) {
      ...ReceptionEntryFields
    }
  }
`);
