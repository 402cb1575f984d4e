import { graphql } from '../../../../gql';

export const CreateStaffSignInMutation = graphql(`
  mutation CreateStaffSignIn($staffId: ID!, $input: NewSignInInput!) {
    createStaffSignIn(staffId: $staffId, input: $input) {
      id
      username
      disabled
      mustChangePassword
    }
  }
`);

export const SetStaffSignInDisabledMutation = graphql(`
  mutation SetStaffSignInDisabled($id: ID!, $disabled: Boolean!) {
    setStaffSignInDisabled(id: $id, disabled: $disabled) {
      id
      disabled
    }
  }
`);

export const ResetStaffPasswordMutation = graphql(`
  mutation ResetStaffPassword($id: ID!, $password: String!) {
    resetStaffPassword(id: $id, password: $password) {
      id
      mustChangePassword
    }
  }
`);
