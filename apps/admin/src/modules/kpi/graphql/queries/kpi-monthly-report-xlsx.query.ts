import { graphql } from '../../../../gql';

export const KpiMonthlyReportXlsxQuery = graphql(`
  query KpiMonthlyReportXlsx($month: String!) {
    kpiMonthlyReportXlsx(month: $month)
  }
`);
