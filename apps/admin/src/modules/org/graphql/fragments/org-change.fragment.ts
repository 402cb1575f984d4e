import { graphql } from '../../../../gql';

export const OrgChangeFieldsFragment = graphql(`
  fragment OrgChangeFields on OrgChange {
    id
    kind
    at
    actor {
      id
      name
    }
    positionTitle {
      zh
      en
    }
    position {
      id
    }
    staff {
      id
      name
    }
    changes {
      field
      before
      after
    }
  }
`);
