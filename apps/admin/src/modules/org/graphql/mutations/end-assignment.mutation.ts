import { graphql } from '../../../../gql';

export const EndAssignmentMutation = graphql(`
  mutation EndAssignment($id: ID!, $endsOn: LocalDate!, $handOverTo: ID) {
    endAssignment(id: $id, endsOn: $endsOn, handOverTo: $handOverTo) {
      ...AssignmentFields
    }
  }
`);
