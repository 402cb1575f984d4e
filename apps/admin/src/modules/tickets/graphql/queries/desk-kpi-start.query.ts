import { graphql } from '../../../../gql';

/** Whose KPIs the desk's tiles show: the site's for a viewer who reads it, else the viewer's own. */
export const DeskKpiStartQuery = graphql(`
  query DeskKpiStart {
    kpiStartingPoints {
      site
      staffId
    }
  }
`);
