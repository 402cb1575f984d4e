import { graphql } from '../../../../gql';

export const TICKET_UNITS_QUERY = graphql(`
  query TicketUnits {
    orgChart {
      units {
        id
        code
        name {
          zh
          en
        }
      }
    }
  }
`);
