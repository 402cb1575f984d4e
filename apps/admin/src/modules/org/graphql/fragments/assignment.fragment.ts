import { graphql } from '../../../../gql';

export const AssignmentFieldsFragment = graphql(`
  fragment AssignmentFields on Assignment {
    id
    acting
    current
    startsOn
    endsOn
    staff {
      id
      name
      employeeNo
    }
    position {
      id
      title {
        zh
        en
      }
    }
  }
`);
