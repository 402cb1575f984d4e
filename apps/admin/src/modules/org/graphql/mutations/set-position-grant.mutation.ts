import { graphql } from '../../../../gql';

export const SetPositionGrantMutation = graphql(`
  mutation SetPositionGrant($positionId: ID!, $action: Action!, $scope: String, $effectiveOn: LocalDate) {
    setPositionGrant(positionId: $positionId, action: $action, scope: $scope, effectiveOn: $effectiveOn) {
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
