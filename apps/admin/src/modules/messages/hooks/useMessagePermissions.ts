import { useViewer } from '../../auth/hooks/useViewer';

/** Which message controls to show, from the actions the gateway says the viewer may take. */
export function useMessagePermissions() {
  const { can } = useViewer();
  return { canTake: can('MESSAGE_TAKE'), canRead: can('MESSAGE_VIEW') };
}
