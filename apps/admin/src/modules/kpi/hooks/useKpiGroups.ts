import { useQuery } from '@apollo/client';
import { KpiGroupsQuery } from '../graphql/queries/kpi-groups.query';
import { ReadsKpiGroupsQuery } from '../graphql/queries/reads-kpi-groups.query';

/** Whether the viewer reads any group of sites (集团): the KPI page shows its group view only then. */
export function useReadsKpiGroups(): boolean {
  // Not written to the cache: the viewer has no id, so this partial selection would replace the shell's cached viewer.
  const { data } = useQuery(ReadsKpiGroupsQuery, { fetchPolicy: 'no-cache' });
  return data?.viewer?.readsKpiGroups ?? false;
}

/** The groups the viewer reads over the month holding `day`: each group's totals and its sites side by side. */
export function useKpiGroups(day: string, skip = false) {
  const { data, loading, error, refetch } = useQuery(KpiGroupsQuery, { variables: { period: 'MONTH', day }, skip });
  return { groups: data?.kpiGroups ?? [], loading: loading && !data, error, refetch };
}
