import { graphql } from '../../../../gql';

export const ReactivateStaffMutation = graphql(`
  mutation ReactivateStaff($id: ID!) {
    reactivateStaff(id: $id) {
      ...StaffFields
    }
  }
`);
