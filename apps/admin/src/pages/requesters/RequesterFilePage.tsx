import { useParams } from 'react-router';
import { RequesterFileDetail } from '../../modules/requesters/components/RequesterFileDetail';

export default function RequesterFilePage() {
  const { id = '' } = useParams();
  return <RequesterFileDetail id={id} />;
}
