import { graphql } from '../../../../gql';

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaff($id: ID!) {
    deactivateStaff(id: $id) {
      staff {
        ...StaffFields
      }
      endedAssignments
      withdrawnAssignments
      revokedSessions
      openTickets
    }
  }
`);
