import { graphql } from '../../../../gql';

export const RegisterReceptionMutation = graphql(`
  mutation RegisterReception($input: RegisterReceptionInput!) {
    registerReception(input: $input) {
      ...ReceptionEntryFields
    }
  }
`);
