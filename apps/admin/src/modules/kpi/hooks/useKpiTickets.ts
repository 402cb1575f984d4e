import { useQuery } from '@apollo/client';
import type { KpiDrillFact, KpiSubjectInput } from '../../../gql/graphql';
import { KpiTicketsQuery } from '../graphql/queries/kpi-tickets.query';

/** The tickets behind a subject's ticket figure for the month holding `day`. */
export function useKpiTickets(subject: KpiSubjectInput | null, fact: KpiDrillFact, day: string) {
  const { data, loading, error, refetch } = useQuery(KpiTicketsQuery, { variables: { subject: subject!, fact, period: 'MONTH', day }, skip: !subject });
  return { tickets: data?.kpiTickets ?? [], loading: loading && !data, error, refetch };
}
