import { graphql } from '../../../../gql';

export const TICKET_LIST_ITEM_FRAGMENT = graphql(`
  fragment TicketListItem on Ticket {
    id
    number
    title
    kind
    severity
    status
    slaState
    dueAt
    receivedAt
    newToStaff
    reopenCount
    requester {
      id
      name
      shopName
      shopUnit
    }
    assignee {
      id
      name
    }
  }
`);
