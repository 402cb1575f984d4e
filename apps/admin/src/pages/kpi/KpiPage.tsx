import { KpiView } from '../../modules/kpi/components/KpiView';

export default function KpiPage() {
  return <KpiView />;
}
