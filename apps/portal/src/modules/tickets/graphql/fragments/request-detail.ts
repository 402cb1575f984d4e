import { graphql } from '../../../../gql';

export const RequestDetailFragment = graphql(`
  fragment RequestDetail on MyRequest {
    ...RequestSummary
    location
    preferredContactTime
    relayedTo
    version
    canRate
    resolution
    followUp {
      at
      satisfaction
      channel
      reopened
    }
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
      departmentName {
        zh
        en
      }
      reply
      stars
      comment
      reopened
      supervisorNotified
    }
  }
`);
