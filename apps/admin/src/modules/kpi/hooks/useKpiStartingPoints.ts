import { useQuery } from '@apollo/client';
import { KpiStartingPointsQuery } from '../graphql/queries/kpi-starting-points.query';

/** Where the viewer's KPI page starts: the site, the teams they lead, their own figures. */
export function useKpiStartingPoints() {
  const { data, loading, error, refetch } = useQuery(KpiStartingPointsQuery);
  return { start: data?.kpiStartingPoints ?? null, loading: loading && !data, error, refetch };
}
