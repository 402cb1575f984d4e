import { DeadlinePolicies } from '../../modules/tickets/components/DeadlinePolicies';

export default function DeadlinePoliciesPage() {
  return <DeadlinePolicies />;
}
