import { SheetImportDialog } from '../../ui/import/SheetImportDialog';
import { useRequesterImportSpec } from '../hooks/useRequesterImportSpec';

/** 从 Excel 导入商户和业主: the shared sheet import, with the requesters' template and words. */
export function RequesterImportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const spec = useRequesterImportSpec();
  return <SheetImportDialog opened={opened} onClose={onClose} spec={spec} ns="requesters" />;
}
