import { graphql } from '../../../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      username
      mustChangePassword
      kind
      siteActions
      siteTimeZone
      staff {
        id
        name
        employeeNo
      }
      positions {
        id
        code
        title {
          zh
          en
        }
      }
    }
  }
`);
