import { graphql } from '../../../../gql';

export const RelayFieldsFragment = graphql(`
  fragment RelayFields on Relay {
    id
    version
    status
    ask
    dueAt
    overdue
    relayedAt
    relayedByName
    returnReason
    returnNote
    reply
    byPhone
    correctsRelayId
    viewerMayRespond
    ticketNumber
    ticketTitle
    ticketLocation
    department {
      id
      name {
        zh
        en
      }
    }
  }
`);
