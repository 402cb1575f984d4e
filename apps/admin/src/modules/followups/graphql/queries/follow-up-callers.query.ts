import { graphql } from '../../../../gql';

export const FollowUpCallersQuery = graphql(`
  query FollowUpCallers($text: String) {
    staffMembers(text: $text, first: 50) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);
