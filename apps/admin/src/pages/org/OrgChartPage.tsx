import { OrgChartView } from '../../modules/org/components/OrgChartView';

export default function OrgChartPage() {
  return <OrgChartView />;
}
