import { graphql } from '../../../../gql';

export const ChangeReportingLineMutation = graphql(`
  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!) {
    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo) {
      id
      reportsTo {
        id
      }
    }
  }
`);
