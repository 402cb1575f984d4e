import { graphql } from '../../../../gql';

export const KpiGroupsQuery = graphql(`
  query KpiGroups($period: KpiPeriodKind, $day: LocalDate) {
    kpiGroups(period: $period, day: $day) {
      groupId
      code
      name {
        zh
        en
      }
      periodStart
      periodEnd
      totals {
        ...KpiGroupFigureFields
      }
      sites {
        siteId
        code
        name {
          zh
          en
        }
        figures {
          ...KpiGroupFigureFields
        }
      }
    }
  }
`);
