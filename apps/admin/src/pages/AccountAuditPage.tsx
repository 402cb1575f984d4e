import { AccountAuditView } from '../modules/auth/components/AccountAuditView';

export default function AccountAuditPage() {
  return <AccountAuditView />;
}
