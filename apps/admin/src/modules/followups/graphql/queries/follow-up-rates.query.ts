import { graphql } from '../../../../gql';

export const FollowUpRatesQuery = graphql(`
  query FollowUpRates {
    followUpRates {
      due
      onTime
      handled
      onTimeRate
      handledRate
    }
  }
`);
