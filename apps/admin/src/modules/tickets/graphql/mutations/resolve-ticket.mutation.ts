import { graphql } from '../../../../gql';

export const RESOLVE_TICKET_MUTATION = graphql(`
  mutation ResolveTicket($id: ID!, $version: Int!, $resolution: String!, $repairCategory: RepairCategory, $waterTestAt: DateTime) {
    resolveTicket(id: $id, version: $version, resolution: $resolution, repairCategory: $repairCategory, waterTestAt: $waterTestAt) {
      ...TicketDetail
    }
  }
`);
