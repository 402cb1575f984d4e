import { graphql } from '../../../../gql';

export const FollowUpFieldsFragment = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    version
    status
    outcome
    dueAt
    overdue
    round
    callerMustNotBeHandler
    failedAttempts
    attemptsLeft
    nextCallAt
    doneAt
    ticketNumber
    ticketTitle
    ticketReopenCount
    ticket {
      id
    }
    caller {
      id
      name
    }
    handler {
      id
      name
    }
    attempts {
      at
      result
      retryAt
      outcome
      satisfaction
      note
      caller {
        id
        name
      }
    }
    viewerMayCall
    viewerMayDecide
  }
`);
