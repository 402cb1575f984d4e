import { graphql } from '../../../../gql';

export const RequestDetailFragment = graphql(`
  fragment RequestDetail on MyRequest {
    ...RequestSummary
    location
    preferredContactTime
    relayedTo
    version
    canRate
    photos {
      id
      url
      contentType
    }
    timeline {
      at
      type
      toStatus
      department
      stars
      comment
      reopened
      supervisorNotified
    }
  }
`);
