import { graphql } from '../../../../gql';

export const TICKET_VIEWER_SCOPE_QUERY = graphql(`
  query TicketViewerScope {
    viewer {
      username
      staff {
        id
      }
      positions {
        id
        unit {
          id
        }
      }
    }
  }
`);
