import { graphql } from '../../../../gql';

/** The desk's KPI tiles: this month's figures from the KPI catalogue, against their targets. */
export const DeskKpiTilesQuery = graphql(`
  query DeskKpiTiles($subject: KpiSubjectInput!) {
    kpiScorecard(subject: $subject) {
      figures {
        kpi {
          code
          name {
            zh
            en
          }
          unit
        }
        value
        status
      }
    }
  }
`);
