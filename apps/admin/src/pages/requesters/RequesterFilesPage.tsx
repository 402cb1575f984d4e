import { RequesterFilesView } from '../../modules/requesters/components/RequesterFilesView';

export default function RequesterFilesPage() {
  return <RequesterFilesView />;
}
