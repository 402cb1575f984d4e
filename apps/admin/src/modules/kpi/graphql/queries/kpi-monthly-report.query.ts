import { graphql } from '../../../../gql';

export const KpiMonthlyReportQuery = graphql(`
  query KpiMonthlyReport($month: String!) {
    kpiMonthlyReport(month: $month) {
      month
      intake {
        kind
        channel
        severity
        requesterKind
        count
        invalid
      }
      sla {
        deadline
        met
        due
        rate
      }
      relays {
        relayed
        misrouted
        corrected
        repliedOnTime
        accuracy
      }
      followUps {
        due
        onTime
        handled
        notFixed
        unreached
        onTimeRate
        handlingRate
      }
      recurring {
        by
        key
        count
      }
      site {
        ...KpiScorecardFields
      }
      teams {
        ...KpiScorecardFields
      }
      people {
        ...KpiScorecardFields
      }
      analysis {
        analysis
        writtenAt
      }
    }
  }
`);
