import { graphql } from '../../../../gql';

export const ReceptionEntriesQuery = graphql(`
  query ReceptionEntries($first: Int, $after: String) {
    receptionEntries(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReceptionEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
