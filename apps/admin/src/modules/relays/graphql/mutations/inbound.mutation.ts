import { graphql } from '../../../../gql';

export const RegisterInboundMutation = graphql(`
  mutation RegisterInbound($input: RegisterInboundInput!) {
    registerInbound(input: $input) {
      ...InboundFields
    }
  }
`);

export const AcknowledgeInboundMutation = graphql(`
  mutation AcknowledgeInbound($id: ID!) {
    acknowledgeInbound(id: $id) {
      ...InboundFields
    }
  }
`);
