import { graphql } from '../../../../gql';

export const CreatePositionMutation = graphql(`
  mutation CreatePosition($input: CreatePositionInput!) {
    createPosition(input: $input) {
      ...PositionSummary
    }
  }
`);
