import { graphql } from '../../../../gql';

export const KpiTrendQuery = graphql(`
  query KpiTrend($subject: KpiSubjectInput!, $period: KpiPeriodKind, $day: LocalDate, $count: Int) {
    kpiTrend(subject: $subject, period: $period, day: $day, count: $count) {
      ...KpiScorecardFields
    }
  }
`);
