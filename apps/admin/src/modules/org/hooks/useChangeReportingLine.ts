import { useMutation } from '@apollo/client';
import { ChangeReportingLineMutation } from '../graphql/mutations/change-reporting-line.mutation';

/** Sets whom a position reports to; the chart and any open detail reload their lines. */
export function useChangeReportingLine() {
  const [mutate, { loading }] = useMutation(ChangeReportingLineMutation, {
    refetchQueries: ['OrgChart', 'PositionDetail'],
    awaitRefetchQueries: true,
  });
  const changeReportingLine = (positionId: string, reportsTo: string[], effectiveOn: string | null = null) =>
    mutate({ variables: { positionId, reportsTo, ...(effectiveOn ? { effectiveOn } : {}) } });
  return { changeReportingLine, loading };
}
