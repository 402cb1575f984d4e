import { graphql } from '../../../../gql';

export const FollowUpsQuery = graphql(`
  query FollowUps($view: FollowUpView!, $first: Int, $after: String) {
    followUps(view: $view, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...FollowUpFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
