import { graphql } from '../../../../gql';

export const PortalViewerQuery = graphql(`
  query PortalViewer {
    viewer {
      username
      kind
      siteTimeZone
      requester {
        name
        shopName
        shopUnit
      }
    }
  }
`);
