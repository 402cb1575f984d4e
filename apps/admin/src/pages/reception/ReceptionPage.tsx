import { ReceptionView } from '../../modules/reception/components/ReceptionView';

export default function ReceptionPage() {
  return <ReceptionView />;
}
