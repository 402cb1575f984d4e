import { graphql } from '../../../../gql';

export const ReadsKpiGroupsQuery = graphql(`
  query ReadsKpiGroups {
    viewer {
      readsKpiGroups
    }
  }
`);
