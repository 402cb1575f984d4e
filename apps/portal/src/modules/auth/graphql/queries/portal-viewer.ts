import { graphql } from '../../../../gql';

export const PortalViewerQuery = graphql(`
  query PortalViewer {
    viewer {
      username
      kind
      requester {
        name
        shopName
        shopUnit
      }
    }
  }
`);
