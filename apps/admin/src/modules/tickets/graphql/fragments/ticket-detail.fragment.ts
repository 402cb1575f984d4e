import { graphql } from '../../../../gql';

export const TICKET_DETAIL_FRAGMENT = graphql(`
  fragment TicketDetail on Ticket {
    id
    number
    newToStaff
    reopenCount
    reopenedAt
    title
    description
    kind
    channel
    severity
    status
    slaState
    dueAt
    overdue
    location
    preferredContactTime
    photos {
      id
      url
      contentType
    }
    repairCategory
    relayedTo
    escalationLevel
    satisfaction
    receivedAt
    requestedBy
    resolvedAt
    closedAt
    followUpDueAt
    updatedAt
    version
    deadlines {
      handoverBy
      replyBy
      resolveBy
    }
    requester {
      id
      kind
      name
      phone
      shopName
      shopUnit
    }
    assignee {
      id
      name
      employeeNo
    }
    unit {
      id
      name {
        zh
        en
      }
    }
    subject {
      kind
      department
      staff {
        id
        name
        employeeNo
      }
      position {
        id
        title {
          zh
          en
        }
      }
      unit {
        id
        code
        name {
          zh
          en
        }
      }
    }
    availableActions
    timeline {
      ...TicketEventItem
    }
  }
`);
