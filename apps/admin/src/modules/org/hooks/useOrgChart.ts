import { useQuery } from '@apollo/client';
import { OrgChartQuery } from '../graphql/queries/org-chart.query';

/** The chart in force today, or with `asOf` (YYYY-MM-DD) as it stood that day. */
export function useOrgChart(asOf: string | null = null) {
  const { data, loading, error, refetch } = useQuery(OrgChartQuery, { variables: { asOf } });
  return { chart: data?.orgChart ?? null, loading: loading && !data, error, refetch };
}
