import { graphql } from '../../../../gql';

export const OrgChartQuery = graphql(`
  query OrgChart {
    orgChart {
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
