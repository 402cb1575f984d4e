import { graphql } from '../../../../gql';

export const TICKETS_QUERY = graphql(`
  query TicketQueue($filter: TicketFilter, $order: TicketOrder, $first: Int!, $after: String) {
    tickets(filter: $filter, order: $order, first: $first, after: $after) {
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
