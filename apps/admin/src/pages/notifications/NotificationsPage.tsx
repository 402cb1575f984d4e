import { NotificationsView } from '../../modules/notifications/components/NotificationsView';

export default function NotificationsPage() {
  return <NotificationsView />;
}
