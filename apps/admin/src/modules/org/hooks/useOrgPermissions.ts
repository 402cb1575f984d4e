import { useViewer } from '../../auth/hooks/useViewer';

/** Which org controls to show, from the actions the gateway says the viewer may take. */
export function useOrgPermissions() {
  const { can } = useViewer();
  return {
    canEditReportingLines: can('ORG_REPORTING_LINE_EDIT'),
    canEditAssignments: can('ORG_ASSIGNMENT_EDIT'),
    canEditPositions: can('ORG_POSITION_EDIT'),
    canEditStaff: can('STAFF_EDIT'),
    canReadOrgChanges: can('ORG_AUDIT_VIEW'),
  };
}
