import { useMutation, useQuery } from '@apollo/client';
import type { KindDeadlinesInput, TicketKind } from '../../../gql/graphql';
import { ResetTicketKindDeadlinesMutation, SetTicketKindDeadlinesMutation } from '../graphql/mutations/deadline-policies.mutation';
import { TicketDeadlinePoliciesQuery } from '../graphql/queries/deadline-policies.query';

/** Every kind's deadlines at the site, and setting or resetting one kind (the list refetches). */
export function useDeadlinePolicies() {
  const { data, loading, error, refetch } = useQuery(TicketDeadlinePoliciesQuery, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [TicketDeadlinePoliciesQuery];
  const [set, setting] = useMutation(SetTicketKindDeadlinesMutation, { refetchQueries, awaitRefetchQueries: true });
  const [reset, resetting] = useMutation(ResetTicketKindDeadlinesMutation, { refetchQueries, awaitRefetchQueries: true });
  const kinds = data?.ticketDeadlinePolicies ?? [];
  return {
    kinds,
    loading: loading && !data,
    error,
    refetch,
    save: (kind: TicketKind, deadlines: KindDeadlinesInput) => set({ variables: { kind, deadlines } }),
    saving: setting.loading,
    reset: (kind: TicketKind) => reset({ variables: { kind } }),
    resetting: resetting.loading,
  };
}
