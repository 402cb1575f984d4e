import { graphql } from '../../../gql';

export const MyNoticesQuery = graphql(`
  query MyNotices($first: Int!) {
    myNotices(first: $first) {
      edges {
        node {
          id
          kind
          title
          body
          from {
            zh
            en
          }
          publishedAt
        }
      }
    }
  }
`);
