import { useApolloClient, useSubscription } from '@apollo/client';
import { OrgChangedSubscription } from '../graphql/subscriptions/org-changed.subscription';

/**
 * While an org screen is open, a change saved anywhere on the site (another manager, another
 * gateway replica) makes it read the viewer's actions, the chart and the matrix again.
 */
export function useFollowOrgChanges() {
  const client = useApolloClient();
  useSubscription(OrgChangedSubscription, {
    onData: () => void client.refetchQueries({ include: ['Viewer', 'OrgChart', 'PermissionMatrix', 'PositionDetail', 'OrgChanges', 'PositionHistory'] }),
  });
}
