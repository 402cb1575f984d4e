import { graphql } from '../../../../gql';

// Assignment fields are spelled out, not spread: the gateway's depth limit counts each spread.
export const StaffFieldsFragment = graphql(`
  fragment StaffFields on Staff {
    id
    name
    employeeNo
    phone
    active
    assignments {
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
  }
`);
