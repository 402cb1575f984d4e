import { graphql } from '../../../../gql';

export const AcknowledgeMessageMutation = graphql(`
  mutation AcknowledgeMessage($id: ID!) {
    acknowledgeMessage(id: $id) {
      ...MessageFields
    }
  }
`);
