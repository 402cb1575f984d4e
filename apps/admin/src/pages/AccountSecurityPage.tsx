import { AccountSecurityView } from '../modules/auth/components/AccountSecurityView';

export default function AccountSecurityPage() {
  return <AccountSecurityView />;
}
