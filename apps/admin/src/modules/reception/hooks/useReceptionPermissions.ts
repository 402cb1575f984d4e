import { useViewer } from '../../auth/hooks/useViewer';

/** Which reception controls to show, from the actions the gateway says the viewer may take. */
export function useReceptionPermissions() {
  const { can } = useViewer();
  return { canRegister: can('RECEPTION_REGISTER'), canCreateRequester: can('REQUESTER_CREATE'), canCreateTicket: can('TICKET_CREATE') };
}
