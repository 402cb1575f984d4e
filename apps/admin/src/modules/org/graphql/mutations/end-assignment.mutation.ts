import { graphql } from '../../../../gql';

export const EndAssignmentMutation = graphql(`
  mutation EndAssignment($id: ID!, $endsOn: LocalDate!) {
    endAssignment(id: $id, endsOn: $endsOn) {
      ...AssignmentFields
    }
  }
`);
