import { useViewer } from '../../auth/hooks/useViewer';

/** Which relay controls to show, from the actions the gateway says the viewer may take. */
export function useRelayPermissions() {
  const { can } = useViewer();
  return { canRelay: can('RELAY_CREATE'), canSeeAll: can('RELAY_VIEW') };
}
