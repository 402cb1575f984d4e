import { TicketIntakeForm } from '../../modules/tickets/components/TicketIntakeForm';

export default function TicketIntakePage() {
  return <TicketIntakeForm />;
}
