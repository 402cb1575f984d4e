import { graphql } from '../../../gql';

export const MyProfileQuery = graphql(`
  query MyProfile {
    viewer {
      requester {
        id
        kind
        name
        shopName
        shopUnit
        phone
        preferredContactTime
      }
    }
  }
`);

export const UpdateMyContactMutation = graphql(`
  mutation UpdateMyContact($input: MyContactInput!) {
    updateMyContact(input: $input) {
      id
      phone
      preferredContactTime
    }
  }
`);
