export {
  loadOrgChart,
  loadCurrentOrgChart,
  loadScheduledOrgChanges,
  withdrawScheduledChange,
  type ScheduledOrgChange,
  loadDatedOrgChart,
  lastDatedChange,
  insertUnit,
  insertPosition,
  findPositionById,
  updatePosition,
  replaceReportingLines,
  insertAssignment,
  endAssignment,
  findAssignmentById,
  lockStaffAssignments,
  storePositionGrant,
  retirePosition,
  type NewUnit,
  type NewPosition,
  type VersionedPosition,
  type NewAssignment,
} from './org.repository.js';
export { insertStaff, findStaffByIds, findTakenStaffClaims, listStaff, countStaff, type NewStaff, type StaffFilter, type StaffPage } from './staff.repository.js';
export { insertCatalogueChart, type CatalogueChart } from './insert-catalogue-chart.js';
export {
  lockStaff,
  updateStaffFields,
  setStaffActive,
  insertStaffChanges,
  listStaffChanges,
  withdrawAssignment,
  countTicketsHeldBy,
  type StaffChangeEntry,
  type StaffChangeField,
  type StaffChangePage,
} from './staff-record.repository.js';
export { insertOrgChange, listOrgChanges, listNamedOrgChanges, type NamedOrgChange, type OrgChangeFilter, type OrgChangePage } from './org-change.repository.js';
