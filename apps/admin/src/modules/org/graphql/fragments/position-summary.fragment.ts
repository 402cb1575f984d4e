import { graphql } from '../../../../gql';

/** A position as the chart draws it: title, unit, holders, vacancies, strength beyond the headcount and reporting lines. */
export const PositionSummaryFragment = graphql(`
  fragment PositionSummary on Position {
    id
    code
    title {
      zh
      en
    }
    headcount
    vacancies
    overStrength
    unit {
      id
      code
      name {
        zh
        en
      }
    }
    reportsTo {
      id
    }
    holders {
      ...AssignmentFields
    }
  }
`);
