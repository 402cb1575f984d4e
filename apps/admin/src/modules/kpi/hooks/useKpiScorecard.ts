import { useQuery } from '@apollo/client';
import type { KpiSubjectInput } from '../../../gql/graphql';
import { KpiScorecardQuery } from '../graphql/queries/kpi-scorecard.query';
import { KpiTrendQuery } from '../graphql/queries/kpi-trend.query';

/** A subject's figures for the month holding `day`, and the six months ending with it. */
export function useKpiScorecard(subject: KpiSubjectInput | null, day: string) {
  const variables = subject ? { subject, period: 'MONTH' as const, day } : undefined;
  const card = useQuery(KpiScorecardQuery, { variables: variables!, skip: !subject });
  const trend = useQuery(KpiTrendQuery, { variables: { ...variables!, count: 6 }, skip: !subject });
  return {
    scorecard: card.data?.kpiScorecard ?? null,
    trend: trend.data?.kpiTrend ?? [],
    loading: (card.loading && !card.data) || (trend.loading && !trend.data),
    error: card.error ?? trend.error,
    refetch: () => Promise.all([card.refetch(), trend.refetch()]),
  };
}
