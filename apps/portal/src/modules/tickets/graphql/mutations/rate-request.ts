import { graphql } from '../../../../gql';

export const RateRequestMutation = graphql(`
  mutation RateRequest($id: ID!, $version: Int!, $stars: Int!, $comment: String) {
    rateRequest(id: $id, version: $version, stars: $stars, comment: $comment) {
      ...RequestDetail
    }
  }
`);
