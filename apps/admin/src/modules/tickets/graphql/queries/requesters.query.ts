import { graphql } from '../../../../gql';

export const REQUESTERS_QUERY = graphql(`
  query RequesterLookup($search: String!, $first: Int) {
    requesters(search: $search, first: $first) {
      id
      kind
      name
      phone
      shopName
      shopUnit
    }
  }
`);
