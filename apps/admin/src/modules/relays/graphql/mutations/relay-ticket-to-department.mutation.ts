import { graphql } from '../../../../gql';

export const RelayTicketToDepartmentMutation = graphql(`
  mutation RelayTicketToDepartment($ticketId: ID!, $version: Int!, $departmentId: ID!, $ask: String!, $correctsRelayId: ID) {
    relayTicketToDepartment(ticketId: $ticketId, version: $version, departmentId: $departmentId, ask: $ask, correctsRelayId: $correctsRelayId) {
      ...RelayFields
    }
  }
`);
