import { graphql } from '../../../../gql';

export const CreateRequesterMutation = graphql(`
  mutation CreateRequester($input: RequesterInput!) {
    createRequester(input: $input) {
      ...RequesterFileFields
    }
  }
`);
