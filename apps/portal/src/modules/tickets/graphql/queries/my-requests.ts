import { graphql } from '../../../../gql';

export const MyRequestsQuery = graphql(`
  query MyRequests($first: Int!, $after: String) {
    myRequests(first: $first, after: $after) {
      edges {
        node {
          ...RequestSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
