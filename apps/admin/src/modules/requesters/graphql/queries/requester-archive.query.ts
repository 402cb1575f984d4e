import { graphql } from '../../../../gql';

/** A requester's whole file (档案): fields, documents, notes, history, and their latest tickets. */
export const RequesterArchiveQuery = graphql(`
  query RequesterArchive($id: ID!) {
    requester(id: $id) {
      ...RequesterFileFields
      documents {
        id
        kind
        expiresOn
        fileName
        url
        addedAt
        addedBy {
          id
          name
        }
      }
      notes {
        id
        body
        createdAt
        author {
          id
          name
        }
      }
      history {
        id
        action
        at
        actor {
          id
          name
        }
        fields {
          field
          from
          to
        }
      }
    }
    tickets(filter: { requesterId: $id }, first: 20, order: NEWEST) {
      edges {
        node {
          id
          number
          title
          status
          satisfaction
          receivedAt
        }
      }
    }
  }
`);
