import { graphql } from '../../../../gql';

export const OrgChangesXlsxQuery = graphql(`
  query OrgChangesXlsx {
    orgChangesXlsx
  }
`);
