import { graphql } from '../../../../gql';

export const OrgChartQuery = graphql(`
  query OrgChart($asOf: LocalDate) {
    orgChart(asOf: $asOf) {
      units {
        id
        code
        name {
          zh
          en
        }
      }
      positions {
        ...PositionSummary
      }
    }
  }
`);
