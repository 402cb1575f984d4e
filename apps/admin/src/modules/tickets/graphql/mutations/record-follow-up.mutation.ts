import { graphql } from '../../../../gql';

export const RECORD_FOLLOW_UP_MUTATION = graphql(`
  mutation RecordFollowUp($id: ID!, $version: Int!, $channel: FollowUpChannel!, $satisfaction: Int!, $note: String) {
    recordFollowUp(id: $id, version: $version, channel: $channel, satisfaction: $satisfaction, note: $note) {
      ...TicketDetail
    }
  }
`);
