import { useQuery } from '@apollo/client';
import { ASSIGNMENT_CANDIDATES_QUERY } from '../graphql/queries/assignment-candidates.query';

/** Who the ticket may be dispatched to, as the gateway orders them (its unit first, then the least loaded). */
export function useAssignmentCandidates(ticketId: string) {
  const { data, loading } = useQuery(ASSIGNMENT_CANDIDATES_QUERY, { variables: { id: ticketId }, fetchPolicy: 'network-only' });
  return { candidates: data?.ticket.assignmentCandidates ?? [], loading };
}
