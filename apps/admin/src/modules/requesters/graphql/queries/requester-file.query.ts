import { graphql } from '../../../../gql';

/** One file, to open the one a duplicate answer names. */
export const RequesterFileQuery = graphql(`
  query RequesterFile($id: ID!) {
    requester(id: $id) {
      ...RequesterFileFields
    }
  }
`);
