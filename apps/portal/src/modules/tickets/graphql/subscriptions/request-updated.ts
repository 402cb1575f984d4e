import { graphql } from '../../../../gql';

export const RequestUpdatedSubscription = graphql(`
  subscription RequestUpdated($id: ID!) {
    ticketUpdated(id: $id) {
      request {
        ...RequestDetail
      }
    }
  }
`);
