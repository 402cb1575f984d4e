import { graphql } from '../../../../gql';

export const RequestSummaryFragment = graphql(`
  fragment RequestSummary on MyRequest {
    id
    number
    kind
    title
    description
    status
    severity
    promisedBy
    overdue
    resolvedAt
    closedAt
    receivedAt
  }
`);
