import { graphql } from '../../../../gql';

export const RELAY_TICKET_MUTATION = graphql(`
  mutation RelayTicket($id: ID!, $version: Int!, $department: PeerDepartment!, $note: String) {
    relayTicket(id: $id, version: $version, department: $department, note: $note) {
      ...TicketDetail
    }
  }
`);
