import { graphql } from '../../../../gql';

export const RetirePositionMutation = graphql(`
  mutation RetirePosition($id: ID!, $expectedVersion: Int!) {
    retirePosition(id: $id, expectedVersion: $expectedVersion)
  }
`);
