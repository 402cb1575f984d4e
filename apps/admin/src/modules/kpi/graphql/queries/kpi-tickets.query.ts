import { graphql } from '../../../../gql';

export const KpiTicketsQuery = graphql(`
  query KpiTickets($subject: KpiSubjectInput!, $fact: KpiDrillFact!, $period: KpiPeriodKind, $day: LocalDate) {
    kpiTickets(subject: $subject, fact: $fact, period: $period, day: $day, first: 100) {
      id
      number
      kind
      status
      severity
      title
      satisfaction
      decidedAt
    }
  }
`);
