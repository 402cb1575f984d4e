import { graphql } from '../../../../gql';

export const ChangeReportingLineMutation = graphql(`
  mutation ChangeReportingLine($positionId: ID!, $reportsTo: [ID!]!, $effectiveOn: LocalDate) {
    changeReportingLine(positionId: $positionId, reportsTo: $reportsTo, effectiveOn: $effectiveOn) {
      id
      reportsTo {
        id
      }
    }
  }
`);
