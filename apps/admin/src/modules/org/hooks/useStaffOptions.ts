import { useQuery } from '@apollo/client';
import { StaffOptionsQuery } from '../graphql/queries/staff-options.query';

export function useStaffOptions(text: string) {
  const { data, loading } = useQuery(StaffOptionsQuery, { variables: { text: text.trim() || undefined } });
  return { options: data?.staffMembers.edges.map((edge) => edge.node) ?? [], loading };
}
