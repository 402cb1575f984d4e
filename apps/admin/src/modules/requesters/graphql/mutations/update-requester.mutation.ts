import { graphql } from '../../../../gql';

export const UpdateRequesterMutation = graphql(`
  mutation UpdateRequester($id: ID!, $input: RequesterInput!) {
    updateRequester(id: $id, input: $input) {
      ...RequesterFileFields
    }
  }
`);
