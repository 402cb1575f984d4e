import { useViewer } from '../../auth/hooks/useViewer';

/** Which archive controls to show, from the actions the gateway says the viewer may take. */
export function useRequesterPermissions() {
  const { can } = useViewer();
  return { canCreate: can('REQUESTER_CREATE'), canEdit: can('REQUESTER_EDIT'), canKeepDocuments: can('REQUESTER_DOCUMENTS'), canImport: can('REQUESTER_IMPORT') };
}
