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
          relay {
            id
            ticketNumber
            ticketTitle
            ticket {
              id
            }
            department {
              id
              name {
                zh
                en
              }
            }
          }
          message {
            id
            fromName
            text
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
