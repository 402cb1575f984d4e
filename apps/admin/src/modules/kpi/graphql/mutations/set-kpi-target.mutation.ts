import { graphql } from '../../../../gql';

export const SetKpiTargetMutation = graphql(`
  mutation SetKpiTarget($input: SetKpiTargetInput!) {
    setKpiTarget(input: $input) {
      kpi
      target
      note
      setAt
    }
  }
`);
