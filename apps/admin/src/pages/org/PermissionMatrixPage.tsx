import { PermissionMatrixView } from '../../modules/org/components/PermissionMatrixView';

export default function PermissionMatrixPage() {
  return <PermissionMatrixView />;
}
