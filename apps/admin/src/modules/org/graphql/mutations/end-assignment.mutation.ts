import { graphql } from '../../../../gql';

export const EndAssignmentMutation = graphql(`
  mutation EndAssignment($id: ID!, $endsOn: LocalDate!, $handOverTo: ID, $returnWorkToQueue: Boolean) {
    endAssignment(id: $id, endsOn: $endsOn, handOverTo: $handOverTo, returnWorkToQueue: $returnWorkToQueue) {
      ...AssignmentFields
    }
  }
`);
