import { graphql } from '../../../../gql';

export const RecordFollowUpCallMutation = graphql(`
  mutation RecordFollowUpCall($input: RecordFollowUpCallInput!) {
    recordFollowUpCall(input: $input) {
      ...FollowUpFields
    }
  }
`);
