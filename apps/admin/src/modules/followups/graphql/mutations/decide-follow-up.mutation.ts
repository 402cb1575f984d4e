import { graphql } from '../../../../gql';

export const DecideFollowUpMutation = graphql(`
  mutation DecideFollowUp($followUpId: ID!, $expectedVersion: Int!, $decision: FollowUpDecision!, $callerId: ID) {
    decideFollowUp(followUpId: $followUpId, expectedVersion: $expectedVersion, decision: $decision, callerId: $callerId) {
      ...FollowUpFields
    }
  }
`);
