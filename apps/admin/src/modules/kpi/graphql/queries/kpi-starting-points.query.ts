import { graphql } from '../../../../gql';

export const KpiStartingPointsQuery = graphql(`
  query KpiStartingPoints {
    kpiStartingPoints {
      site
      teamPositionIds
      staffId
    }
  }
`);
