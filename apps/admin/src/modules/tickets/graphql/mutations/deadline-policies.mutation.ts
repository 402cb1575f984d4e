import { graphql } from '../../../../gql';

export const SetTicketKindDeadlinesMutation = graphql(`
  mutation SetTicketKindDeadlines($kind: TicketKind!, $deadlines: KindDeadlinesInput!) {
    setTicketKindDeadlines(kind: $kind, deadlines: $deadlines) {
      ...KindDeadlinesFields
    }
  }
`);

export const ResetTicketKindDeadlinesMutation = graphql(`
  mutation ResetTicketKindDeadlines($kind: TicketKind!) {
    resetTicketKindDeadlines(kind: $kind) {
      ...KindDeadlinesFields
    }
  }
`);
