import { graphql } from '../../../../gql';

export const SetPositionGrantMutation = graphql(`
  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String) {
    setPositionGrant(positionId: $positionId, action: $action, scope: $scope) {
      position {
        id
      }
      cells {
        action
        allowed
        reason
        scope
        source
        positionScope
        choices
      }
    }
  }
`);
