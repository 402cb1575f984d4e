import { graphql } from '../../../../gql';

export const SubmitRequestMutation = graphql(`
  mutation SubmitRequest($idempotencyKey: String!, $input: SubmitRequestInput!) {
    submitRequest(idempotencyKey: $idempotencyKey, input: $input) {
      id
    }
  }
`);
