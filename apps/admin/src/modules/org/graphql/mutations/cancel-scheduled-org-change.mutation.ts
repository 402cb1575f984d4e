import { graphql } from '../../../../gql';

export const CancelScheduledOrgChangeMutation = graphql(`
  mutation CancelScheduledOrgChange($positionId: ID!, $action: Action) {
    cancelScheduledOrgChange(positionId: $positionId, action: $action)
  }
`);
