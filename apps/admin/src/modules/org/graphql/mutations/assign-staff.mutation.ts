import { graphql } from '../../../../gql';

export const AssignStaffMutation = graphql(`
  mutation AssignStaff($input: AssignStaffInput!) {
    assignStaff(input: $input) {
      ...AssignmentFields
    }
  }
`);
