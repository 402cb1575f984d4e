import { graphql } from '../../../../gql';

export const TakeMessageMutation = graphql(`
  mutation TakeMessage($input: TakeMessageInput!) {
    takeMessage(input: $input) {
      ...MessageFields
    }
  }
`);
