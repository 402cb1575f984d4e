export {
  POSITION_CODES,
  UNIT_CODES,
  AUTHORITY_VERBS,
  AUTHORITY_DOMAINS,
  type PositionCode,
  type UnitCode,
  type Unit,
  type AuthorityVerb,
  type AuthorityDomain,
  type Authority,
  type DutyGroup,
  type Qualifications,
  type WorkEnvironment,
  type Position,
} from './position.js';
export type { Assignment, Staff } from './assignment.js';
export type { OrgChart } from './org-chart.js';
export { ORG_ACTIONS, ORG_RESOURCE_TYPES, type OrgAction, type OrgResource } from './action.js';
export { UNIT_CATALOGUE, POSITION_CATALOGUE, type PositionTemplate, type UnitTemplate } from './position-catalogue.js';
export {
  buildChartFromCatalogue,
  DEFAULT_CHART_IDS,
  type AssignmentSeed,
  type ChartIds,
} from './build-chart-from-catalogue.js';
export {
  registerStaff,
  checkStaffFields,
  editStaff,
  hasUnreadableCharacters,
  leaveArrangements,
  HANDOVER_STATUSES,
  STAFF_LIMITS,
  STAFF_FIELDS,
  type NewStaffInput,
  type StaffFields,
  type StaffField,
  type StaffChange,
  type LeaveArrangements,
} from './staff-registration.js';
export {
  editPosition,
  designPosition,
  positionInUse,
  POSITION_TEXT_LIMITS,
  type PositionChanges,
  type NewPositionInput,
  type PositionInUse,
} from './position-edit.js';
export { superiorsOf, subordinatesOf, changeReportingLine, assertAcyclic } from './reporting-lines.js';
export { isCurrent, firstDayHeldAt, currentHolders, vacancies, assign, endAssignment, positionsHeldBy } from './assignments.js';
export { escalationTarget, type EscalationTarget } from './escalation.js';
export { GRANT_SCOPES, SCOPE_REACH, scoped, type Grant, type GrantScope, type RequesterGrant, type StoredGrant } from './grants.js';
export { editGrant, someoneEditsOrgSiteWide, type GrantEdit } from './grant-edit.js';
export type { PermissionContext, RecordFacts, RecordKind, RecordResource } from './permission-context.js';
export { orgPermissions } from './org-permissions.js';
export { isVisible, type Visibility } from './visibility.js';
export {
  createPermissions,
  ORG_EDIT_ACTION,
  PERMISSION_REASONS,
  type GrantSource,
  type Permissions,
  type ActionOf,
  type RecordOf,
  type PermissionReason,
  type PermissionDecision,
  type PermissionMatrixCell,
  type PermissionMatrixRow,
} from './permissions.js';
export {
  ReportingCycleError,
  SelfReportingError,
  UnknownPositionError,
  OverlappingAssignmentError,
  InvalidAssignmentEndError,
  DuplicateEmployeeNoError,
  GrantEscalationError,
  LastOrgEditorError,
  PositionInUseError,
  HandoverNotPermittedError,
  type OrgErrorCode,
} from './org.errors.js';
export { SelfDeactivationError } from './staff.errors.js';
export {
  ORG_CHANGE_KINDS,
  POSITION_AUDIT_FIELDS,
  diffFields,
  positionChanges,
  assignmentChanges,
  type OrgChangeKind,
  type OrgChange,
  type OrgChangeRecord,
  type FieldChange,
  type AuditValue,
} from './org-change-record.js';
export {
  checkAppointment,
  checkAppointmentWith,
  regularHolderIds,
  appointmentStart,
  overStrength,
  OVER_STRENGTH_REASON_MAX,
  type AppointmentRequest,
  type AppointmentCheck,
} from './appointment-rules.js';
export {
  checkStaffImportRows,
  parseSheetDay,
  readStaffImportHeader,
  STAFF_IMPORT_COLUMNS,
  type CheckedStaffImport,
  type StaffImportColumn,
  type StaffImportEntry,
  type StaffImportIssue,
  type StaffImportRow,
} from './staff-import.js';
export {
  validOn,
  chartOn,
  effectiveDay,
  scheduledChangeDay,
  type Validity,
  type DatedOrgChart,
  type DatedPosition,
  type DatedReportingLine,
  type DatedGrant,
} from './effective-dating.js';
export { handoverRefusal, handoverTarget, type HandoverRefusal, type HandoverTarget } from './handover.js';
