import { MessagesView } from '../../modules/messages/components/MessagesView';

export default function MessagesPage() {
  return <MessagesView />;
}
