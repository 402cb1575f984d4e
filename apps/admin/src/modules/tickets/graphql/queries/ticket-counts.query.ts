import { graphql } from '../../../../gql';

export const TICKET_COUNTS_QUERY = graphql(`
  query TicketCounts {
    ticketCounts {
      status
      severity
      count
    }
  }
`);
