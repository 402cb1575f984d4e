import { useQuery } from '@apollo/client';
import { OrgChartQuery } from '../graphql/queries/org-chart.query';

export function useOrgChart() {
  const { data, loading, error, refetch } = useQuery(OrgChartQuery);
  return { chart: data?.orgChart ?? null, loading: loading && !data, error, refetch };
}
