import { KpiReportView } from '../../modules/kpi/components/KpiReportView';

export default function KpiReportPage() {
  return <KpiReportView />;
}
