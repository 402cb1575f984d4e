import { graphql } from '../../../../gql';

export const KindDeadlinesFields = graphql(`
  fragment KindDeadlinesFields on KindDeadlines {
    kind
    source
    seedLine
    severities {
      severity
      handoverWithinHours
      handoverSameDay
      replyWithinHours
      resolveWithinHours
    }
  }
`);

export const TicketDeadlinePoliciesQuery = graphql(`
  query TicketDeadlinePolicies {
    ticketDeadlinePolicies {
      ...KindDeadlinesFields
    }
  }
`);
