import { useMutation, useQuery } from '@apollo/client';
import { RelayTicketToDepartmentMutation } from '../graphql/mutations/relay-ticket-to-department.mutation';
import { DepartmentsQuery } from '../graphql/queries/departments.query';

/** The site's departments and the relay command of the ticket detail's relay panel. */
export function useRelayTicket() {
  const departments = useQuery(DepartmentsQuery, { variables: { first: 50 } });
  const [relay, relayed] = useMutation(RelayTicketToDepartmentMutation, { refetchQueries: ['TicketRelays', 'TicketDetail', 'Relays'] });
  return {
    departments: departments.data?.departments.edges.map((e) => e.node) ?? [],
    relay: (variables: { ticketId: string; version: number; departmentId: string; ask: string; correctsRelayId: string | null }) => relay({ variables }),
    relaying: relayed.loading,
  };
}
