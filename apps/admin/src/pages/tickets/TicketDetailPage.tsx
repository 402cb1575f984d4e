import { useParams } from 'react-router';
import { TicketDetail } from '../../modules/tickets/components/TicketDetail';
import { TicketNotFound } from '../../modules/tickets/components/TicketNotFound';

export default function TicketDetailPage() {
  const { id } = useParams();
  if (!id) return <TicketNotFound />;
  // A new id is a new ticket: no state (open dialog, notice) carries over.
  return <TicketDetail key={id} id={id} />;
}
