import { graphql } from '../../../../gql';

export const AcceptRelayMutation = graphql(`
  mutation AcceptRelay($id: ID!, $version: Int!) {
    acceptRelay(id: $id, version: $version) {
      ...RelayFields
    }
  }
`);

export const ReturnRelayMutation = graphql(`
  mutation ReturnRelay($id: ID!, $version: Int!, $reason: ReturnReason!, $note: String) {
    returnRelay(id: $id, version: $version, reason: $reason, note: $note) {
      ...RelayFields
    }
  }
`);

export const ReplyToRelayMutation = graphql(`
  mutation ReplyToRelay($id: ID!, $version: Int!, $reply: String!) {
    replyToRelay(id: $id, version: $version, reply: $reply) {
      ...RelayFields
    }
  }
`);
