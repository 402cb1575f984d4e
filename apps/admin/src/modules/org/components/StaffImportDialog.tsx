import { SheetImportDialog } from '../../ui/import/SheetImportDialog';
import { useStaffImportSpec } from '../hooks/useStaffImportSpec';

/** 从 Excel 导入员工: the shared sheet import, with the staff template and the org's words. */
export function StaffImportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const spec = useStaffImportSpec();
  return <SheetImportDialog opened={opened} onClose={onClose} spec={spec} ns="org" />;
}
