import { FollowUpQueueView } from '../../modules/followups/components/FollowUpQueueView';

export default function FollowUpQueuePage() {
  return <FollowUpQueueView />;
}
