import { OrgAuditView } from '../../modules/org/components/OrgAuditView';

export default function OrgAuditPage() {
  return <OrgAuditView />;
}
