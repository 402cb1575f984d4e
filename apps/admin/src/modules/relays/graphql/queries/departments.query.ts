import { graphql } from '../../../../gql';

/** The site's departments for the relay form's picker, with whom to call. */
export const DepartmentsQuery = graphql(`
  query Departments($first: Int) {
    departments(first: $first) {
      edges {
        node {
          id
          code
          name {
            zh
            en
          }
          contacts {
            name
            role
            phone
          }
        }
      }
    }
  }
`);
