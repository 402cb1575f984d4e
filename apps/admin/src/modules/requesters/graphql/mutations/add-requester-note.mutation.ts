import { graphql } from '../../../../gql';

export const AddRequesterNoteMutation = graphql(`
  mutation AddRequesterNote($requesterId: ID!, $body: String!) {
    addRequesterNote(requesterId: $requesterId, body: $body) {
      id
    }
  }
`);
