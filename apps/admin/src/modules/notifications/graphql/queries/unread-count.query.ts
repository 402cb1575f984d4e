import { graphql } from '../../../../gql';

/** The bell's number: one integer, nothing else. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
