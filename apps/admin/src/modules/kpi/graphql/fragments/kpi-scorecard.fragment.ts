import { graphql } from '../../../../gql';

export const KpiScorecardFieldsFragment = graphql(`
  fragment KpiScorecardFields on KpiScorecard {
    subjectKind
    subjectId
    name {
      zh
      en
    }
    periodStart
    periodEnd
    figures {
      kpi {
        code
        name {
          zh
          en
        }
        unit
        direction
        formulaByProduct
        formula {
          zh
          en
        }
      }
      value
      numerator
      denominator
      noDataReason
      target
      status
    }
  }
`);
