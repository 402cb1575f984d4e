import { graphql } from '../../../../gql';

/** Sent as a GraphQL multipart request (the file is a part), posted by hand like a document. */
export const IMPORT_REQUESTERS = `mutation ImportRequesters($file: File!, $confirm: Boolean!) {
  importRequesters(file: $file, confirm: $confirm) { rowCount issueCount written issues { row column rule } }
}`;

export const RequesterImportTemplateQuery = graphql(`
  query RequesterImportTemplate {
    requesterImportTemplate
  }
`);
