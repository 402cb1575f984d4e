import { graphql } from '../../../../gql';

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);
