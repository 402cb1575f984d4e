import { graphql } from '../../../../gql';

/** What a complaint may be about: the site's units, positions and the people holding them today. */
export const COMPLAINT_SUBJECT_OPTIONS_QUERY = graphql(`
  query ComplaintSubjectOptions {
    orgChart {
      units {
        id
        code
        name {
          zh
          en
        }
      }
      positions {
        id
        title {
          zh
          en
        }
        holders {
          id
          acting
          staff {
            id
            name
            employeeNo
            active
          }
        }
      }
    }
  }
`);
