import { useQuery } from '@apollo/client';
import { TICKET_UNITS_QUERY } from '../graphql/queries/ticket-units.query';

export function useTicketUnits() {
  const { data } = useQuery(TICKET_UNITS_QUERY);
  return data?.orgChart.units ?? [];
}
