import { graphql } from '../../../../gql';

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          id
          kind
          createdAt
          read
          ticket {
            id
            number
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    unreadNotificationCount
  }
`);
