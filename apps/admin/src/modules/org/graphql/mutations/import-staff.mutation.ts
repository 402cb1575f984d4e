import { graphql } from '../../../../gql';

/** Sent as a GraphQL multipart request (the file is a part), posted by hand like the requesters' import. */
export const IMPORT_STAFF = `mutation ImportStaff($file: File!, $confirm: Boolean!) {
  importStaff(file: $file, confirm: $confirm) { rowCount issueCount written issues { row column rule } }
}`;

export const StaffImportTemplateQuery = graphql(`
  query StaffImportTemplate {
    staffImportTemplate
  }
`);
