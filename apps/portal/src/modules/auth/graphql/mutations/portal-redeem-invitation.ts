import { graphql } from '../../../../gql';

export const PortalRedeemInvitationMutation = graphql(`
  mutation PortalRedeemInvitation($input: RedeemInvitationInput!) {
    redeemInvitation(input: $input) {
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
