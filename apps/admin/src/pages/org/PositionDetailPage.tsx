import { useParams } from 'react-router';
import { PositionDetailView } from '../../modules/org/components/PositionDetailView';
import { NotFoundState } from '../../modules/ui/components/NotFoundState';

export default function PositionDetailPage() {
  const { id } = useParams();
  if (!id) return <NotFoundState />;
  return <PositionDetailView key={id} id={id} />;
}
