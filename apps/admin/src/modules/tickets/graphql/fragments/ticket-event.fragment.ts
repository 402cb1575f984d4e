import { graphql } from '../../../../gql';

export const TICKET_EVENT_FRAGMENT = graphql(`
  fragment TicketEventItem on TicketEvent {
    id
    at
    type
    fromStatus
    toStatus
    actorKind
    actor {
      id
      name
    }
    assignee {
      id
      name
    }
    department
    departmentName {
      zh
      en
    }
    note
    satisfaction
    resolverBecameHandler
    visibleToRequester
  }
`);
