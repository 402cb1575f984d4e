import { useQuery } from '@apollo/client';
import { AssignmentOpenWorkQuery } from '../graphql/queries/assignment-open-work.query';

/** The open tickets and follow-ups of the person on an assignment about to end. */
export function useAssignmentOpenWork(assignmentId: string) {
  const { data, loading } = useQuery(AssignmentOpenWorkQuery, { variables: { id: assignmentId }, fetchPolicy: 'network-only' });
  return { tickets: data?.assignmentOpenWork.tickets ?? [], followUps: data?.assignmentOpenWork.followUps ?? [], loading };
}
