import { graphql } from '../../../../gql';

export const KpiGroupFigureFieldsFragment = graphql(`
  fragment KpiGroupFigureFields on KpiFigure {
    kpi {
      code
      name {
        zh
        en
      }
      unit
    }
    value
    noDataReason
    target
    status
  }
`);
