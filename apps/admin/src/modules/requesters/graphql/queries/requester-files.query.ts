import { graphql } from '../../../../gql';

export const RequesterFilesQuery = graphql(`
  query RequesterFiles($first: Int, $after: String, $search: String) {
    requesterFiles(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          ...RequesterFileFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
