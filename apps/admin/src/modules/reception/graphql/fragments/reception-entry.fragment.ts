import { graphql } from '../../../../gql';

export const ReceptionEntryFieldsFragment = graphql(`
  fragment ReceptionEntryFields on ReceptionEntry {
    id
    channel
    category
    summary
    arrivedAt
    receivedAt
    outcome
    ticketNumber
    ticket {
      id
    }
    waitedSeconds
    late
    requester {
      id
      kind
      name
      shopName
      shopUnit
      phone
    }
    receivedBy {
      id
      name
    }
  }
`);
