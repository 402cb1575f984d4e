import { graphql } from '../../../../gql';

export const RecordReceptionOutcomeMutation = graphql(`
  mutation RecordReceptionOutcome($id: ID!, $outcome: RecordedReceptionOutcome!) {
    recordReceptionOutcome(id: $id, outcome: $outcome) {
      ...ReceptionEntryFields
    }
  }
`);
