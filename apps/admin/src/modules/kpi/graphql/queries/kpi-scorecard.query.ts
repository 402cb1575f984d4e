import { graphql } from '../../../../gql';

export const KpiScorecardQuery = graphql(`
  query KpiScorecard($subject: KpiSubjectInput!, $period: KpiPeriodKind, $day: LocalDate) {
    kpiScorecard(subject: $subject, period: $period, day: $day) {
      ...KpiScorecardFields
    }
  }
`);
