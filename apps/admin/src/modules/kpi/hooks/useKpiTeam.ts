import { useQuery } from '@apollo/client';
import { KpiTeamQuery } from '../graphql/queries/kpi-team.query';

/** A team side by side for the month holding `day`: its positions below and its people. */
export function useKpiTeam(positionId: string | null, day: string) {
  const { data, loading, error, refetch } = useQuery(KpiTeamQuery, { variables: { positionId: positionId!, period: 'MONTH', day }, skip: !positionId });
  return { team: data?.kpiTeam ?? null, loading: loading && !data, error, refetch };
}
