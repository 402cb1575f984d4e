import { useQuery } from '@apollo/client';
import { AssignmentOpenWorkQuery } from '../graphql/queries/assignment-open-work.query';

/**
 * The open tickets and follow-ups of the person on an assignment about to end; `unseenTickets`:
 * how many of their tickets the viewer may not see (a hand-over of them is refused).
 */
export function useAssignmentOpenWork(assignmentId: string) {
  const { data, loading } = useQuery(AssignmentOpenWorkQuery, { variables: { id: assignmentId }, fetchPolicy: 'network-only' });
  const work = data?.assignmentOpenWork;
  return { tickets: work?.tickets ?? [], followUps: work?.followUps ?? [], unseenTickets: work?.unseenTickets ?? 0, loading };
}
