import { graphql } from '../../../../gql';

export const MyRequestQuery = graphql(`
  query MyRequest($id: ID!) {
    myRequest(id: $id) {
      ...RequestDetail
    }
  }
`);
