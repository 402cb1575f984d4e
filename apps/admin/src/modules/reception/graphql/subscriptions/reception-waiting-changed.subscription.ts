import { graphql } from '../../../../gql';

export const ReceptionWaitingChangedSubscription = graphql(`
  subscription ReceptionWaitingChanged {
    receptionWaitingChanged
  }
`);
