import { graphql } from '../../../../gql';

export const MessageFieldsFragment = graphql(`
  fragment MessageFields on Message {
    id
    fromName
    fromPhone
    text
    urgency
    takenAt
    acknowledgedAt
    ageSeconds
    escalated
    forStaff {
      id
      name
    }
    forUnit {
      id
      name {
        zh
        en
      }
    }
    takenBy {
      id
      name
    }
    acknowledgedBy {
      id
      name
    }
  }
`);
