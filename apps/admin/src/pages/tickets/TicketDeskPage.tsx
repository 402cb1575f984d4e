import { TicketDesk } from '../../modules/tickets/components/TicketDesk';

export default function TicketDeskPage() {
  return <TicketDesk />;
}
