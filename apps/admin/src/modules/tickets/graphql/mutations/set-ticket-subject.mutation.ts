import { graphql } from '../../../../gql';

export const SET_TICKET_SUBJECT_MUTATION = graphql(`
  mutation SetTicketSubject($id: ID!, $version: Int!, $subject: ComplaintSubjectInput) {
    setTicketSubject(id: $id, version: $version, subject: $subject) {
      ...TicketDetail
    }
  }
`);
