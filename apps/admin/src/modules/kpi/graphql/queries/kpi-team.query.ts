import { graphql } from '../../../../gql';

export const KpiTeamQuery = graphql(`
  query KpiTeam($positionId: ID!, $period: KpiPeriodKind, $day: LocalDate) {
    kpiTeam(positionId: $positionId, period: $period, day: $day) {
      team {
        ...KpiScorecardFields
      }
      units {
        ...KpiScorecardFields
      }
      people {
        ...KpiScorecardFields
      }
    }
  }
`);
