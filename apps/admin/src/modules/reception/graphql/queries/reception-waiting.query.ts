import { graphql } from '../../../../gql';

export const ReceptionWaitingQuery = graphql(`
  query ReceptionWaiting {
    receptionStandardMinutes
    receptionWaiting(first: 100) {
      edges {
        node {
          ...ReceptionEntryFields
        }
      }
    }
  }
`);
