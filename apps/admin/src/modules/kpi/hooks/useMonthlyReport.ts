import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { useState } from 'react';
import { SaveKpiReportAnalysisMutation } from '../graphql/mutations/save-kpi-report-analysis.mutation';
import { KpiMonthlyReportQuery } from '../graphql/queries/kpi-monthly-report.query';
import { KpiMonthlyReportXlsxQuery } from '../graphql/queries/kpi-monthly-report-xlsx.query';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A month's report, the director's analysis and the .xlsx download of the same numbers. */
export function useMonthlyReport(month: string) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(KpiMonthlyReportQuery, { variables: { month } });
  const [save, saving] = useMutation(SaveKpiReportAnalysisMutation, { refetchQueries: ['KpiMonthlyReport'] });
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      const result = await client.query({ query: KpiMonthlyReportXlsxQuery, variables: { month }, fetchPolicy: 'network-only' });
      const bytes = Uint8Array.from(atob(result.data.kpiMonthlyReportXlsx), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kefu-monthly-report-${month}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setDownloading(false);
    }
  };

  return {
    report: data?.kpiMonthlyReport ?? null,
    loading: loading && !data,
    error,
    refetch,
    saveAnalysis: (analysis: string) => save({ variables: { month, analysis } }),
    savingAnalysis: saving.loading,
    saveError: saving.error,
    download,
    downloading,
  };
}
