import { graphql } from '../../../../gql';

export const OrgChangedSubscription = graphql(`
  subscription OrgChanged {
    orgChanged
  }
`);
