import { graphql } from '../../../../gql';

export const InboundFieldsFragment = graphql(`
  fragment InboundFields on Inbound {
    id
    kind
    title
    body
    audience
    unitPrefix
    requesterId
    registeredAt
    registeredBy {
      id
      name
    }
    acknowledgedAt
    acknowledgedBy {
      id
      name
    }
    onPortal
    department {
      id
      name {
        zh
        en
      }
    }
  }
`);
