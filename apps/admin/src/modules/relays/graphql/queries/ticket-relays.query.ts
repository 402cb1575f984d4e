import { graphql } from '../../../../gql';

/** The relay panel of a ticket's detail. */
export const TicketRelaysQuery = graphql(`
  query TicketRelays($id: ID!) {
    ticket(id: $id) {
      id
      version
      relays {
        ...RelayFields
      }
    }
  }
`);
