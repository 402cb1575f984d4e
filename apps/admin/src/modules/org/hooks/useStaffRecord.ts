import { useMutation, useQuery } from '@apollo/client';
import type { UpdateStaffInput } from '../../../gql/graphql';
import { DeactivateStaffMutation } from '../graphql/mutations/deactivate-staff.mutation';
import { ReactivateStaffMutation } from '../graphql/mutations/reactivate-staff.mutation';
import { UpdateStaffMutation } from '../graphql/mutations/update-staff.mutation';
import { StaffChangesQuery } from '../graphql/queries/staff-changes.query';

const refetchQueries = ['StaffDirectory', 'StaffChanges'];

/** Edit, deactivate and reactivate a staff record; the directory and the record's history follow. */
export function useStaffRecord() {
  const [update, updating] = useMutation(UpdateStaffMutation, { refetchQueries });
  const [deactivate, deactivating] = useMutation(DeactivateStaffMutation, { refetchQueries });
  const [reactivate, reactivating] = useMutation(ReactivateStaffMutation, { refetchQueries });
  return {
    updateStaff: async (id: string, input: UpdateStaffInput) => (await update({ variables: { id, input } })).data?.updateStaff ?? null,
    deactivateStaff: async (id: string) => (await deactivate({ variables: { id } })).data?.deactivateStaff ?? null,
    reactivateStaff: async (id: string) => (await reactivate({ variables: { id } })).data?.reactivateStaff ?? null,
    loading: updating.loading || deactivating.loading || reactivating.loading,
  };
}

/** A staff record's history, newest first, a page at a time. */
export function useStaffChanges(id: string) {
  const { data, loading, error, fetchMore, refetch } = useQuery(StaffChangesQuery, { variables: { id, first: 20 } });
  const history = data?.node?.__typename === 'Staff' ? data.node.history : null;
  return {
    changes: history?.edges.map((e) => e.node) ?? [],
    hasMore: history?.pageInfo.hasNextPage ?? false,
    loadMore: () => fetchMore({ variables: { after: history?.pageInfo.endCursor } }),
    loading,
    error,
    refetch,
  };
}
