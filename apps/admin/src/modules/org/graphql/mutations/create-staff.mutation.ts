import { graphql } from '../../../../gql';

export const CreateStaffMutation = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      ...StaffFields
    }
  }
`);
