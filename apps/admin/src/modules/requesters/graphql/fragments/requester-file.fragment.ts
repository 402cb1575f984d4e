import { graphql } from '../../../../gql';

export const RequesterFileFields = graphql(`
  fragment RequesterFileFields on Requester {
    id
    kind
    name
    phone
    shopName
    units
    businessCategory
    contractStartsOn
    contractEndsOn
    status
    contacts {
      name
      role
      phone
    }
  }
`);
