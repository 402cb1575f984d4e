import { useQuery } from '@apollo/client';
import { FollowUpCallersQuery } from '../graphql/queries/follow-up-callers.query';

/** Active staff to assign a call to, asked for only when the supervisor opens the choice. */
export function useFollowUpCallers(skip: boolean) {
  const { data, loading } = useQuery(FollowUpCallersQuery, { skip });
  const callers = (data?.staffMembers.edges ?? []).map((e) => e.node).filter((s) => s.active);
  return { callers, loading };
}
