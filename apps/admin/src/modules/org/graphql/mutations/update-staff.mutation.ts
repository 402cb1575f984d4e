import { graphql } from '../../../../gql';

export const UpdateStaffMutation = graphql(`
  mutation UpdateStaff($id: ID!, $input: UpdateStaffInput!) {
    updateStaff(id: $id, input: $input) {
      ...StaffFields
    }
  }
`);
