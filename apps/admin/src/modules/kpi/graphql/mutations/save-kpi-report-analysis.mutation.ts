import { graphql } from '../../../../gql';

export const SaveKpiReportAnalysisMutation = graphql(`
  mutation SaveKpiReportAnalysis($month: String!, $analysis: String!) {
    saveKpiReportAnalysis(month: $month, analysis: $analysis) {
      month
      analysis
      writtenAt
    }
  }
`);
