import { graphql } from '../../../../gql';

export const PermissionMatrixQuery = graphql(`
  query PermissionMatrix {
    permissionMatrix {
      position {
        id
        code
        title {
          zh
          en
        }
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
