import { StaffDirectoryView } from '../../modules/org/components/StaffDirectoryView';

export default function StaffDirectoryPage() {
  return <StaffDirectoryView />;
}
