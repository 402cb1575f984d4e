import { graphql } from '../../../../gql';

export const StaffSignInQuery = graphql(`
  query StaffSignIn($id: ID!) {
    node(id: $id) {
      id
      ... on Staff {
        signIn {
          id
          username
          disabled
          mustChangePassword
        }
      }
    }
  }
`);
