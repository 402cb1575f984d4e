import { RelaysView } from '../../modules/relays/components/RelaysView';

export default function RelaysPage() {
  return <RelaysView />;
}
