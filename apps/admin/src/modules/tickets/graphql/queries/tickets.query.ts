import { graphql } from '../../../../gql';

export const TICKETS_QUERY = graphql(`
  query TicketQueue($filter: TicketFilter, $first: Int!, $after: String) {
    tickets(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TicketListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
