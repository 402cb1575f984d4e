import { useMutation } from '@apollo/client';
import type { KpiCode } from '../../../gql/graphql';
import { SetKpiTargetMutation } from '../graphql/mutations/set-kpi-target.mutation';

/** Sets a site target; the figures on screen are read again so their colours follow. */
export function useSetKpiTarget() {
  const [mutate, { loading, error }] = useMutation(SetKpiTargetMutation, { refetchQueries: ['KpiScorecard', 'KpiTrend', 'KpiTeam'] });
  const setTarget = (kpi: KpiCode, target: number, note: string | null) => mutate({ variables: { input: { kpi, target, note } } });
  return { setTarget, saving: loading, error };
}
