export type { Database, Queryable, Row, QueryListener } from './engine/database.js';
export { openDatabase, type DatabaseConfig } from './engine/open-database.js';
export { migrate, type MigrationReport } from './engine/migrate.js';
export { DatabaseUnavailableError, isConnectionFailure, isUnstorableText } from './engine/database-unavailable.js';

export { insertSite, findSiteByCode, findSiteById, type NewSite } from './sites/site.repository.js';
export type { Site } from './sites/site.js';
export { setUpSite, type SiteSetupInput, type SiteSetupSummary, type SiteSetupRefusal } from './sites/set-up-site.js';
export { insertCatalogueChart, type CatalogueChart } from './org/insert-catalogue-chart.js';

export {
  loadOrgChart,
  insertUnit,
  insertPosition,
  findPositionById,
  updatePosition,
  replaceReportingLines,
  insertAssignment,
  endAssignment,
  findAssignmentById,
  lockStaffAssignments,
  type NewUnit,
  type NewPosition,
  type VersionedPosition,
  type NewAssignment,
} from './org/org.repository.js';
export { insertStaff, findStaffByIds, listStaff, countStaff, type NewStaff, type StaffFilter, type StaffPage } from './org/staff.repository.js';

export { insertRequester, findRequestersByIds, searchRequesters, type NewRequester, type RequesterSearch } from './requesters/requester.repository.js';
export type { Requester } from './requesters/requester.js';

export { hashPassword, verifyPassword } from './accounts/password.js';
export { insertAccount, findAccountForLogin, findAccountById, setAccountLocale, type NewAccount, type AccountForLogin } from './accounts/account.repository.js';
export type { Account } from './accounts/account.js';
export { createSession, findSessionByToken, revokeSession, revokeAllSessionsOf, revokeAllSessionsOfStaff, type NewSession, type ActiveSession } from './accounts/session.repository.js';
export {
  countRecentLoginFailures,
  recordLoginFailure,
  clearLoginFailures,
  type LoginAttempt,
  type RecentLoginFailures,
} from './accounts/login-failure.repository.js';

export {
  insertTicket,
  updateTicket,
  findTicketById,
  findTicketsByIds,
  findTicketsWithPartiesByIds,
  appendTicketEvent,
  findEventsByTicketIds,
} from './tickets/ticket.repository.js';
export type { TicketWithParties } from './tickets/ticket-parties.js';
export {
  listTickets,
  listTicketsWithParties,
  countTicketsByStatusAndSeverity,
  countOverdue,
  MAX_PAGE_SIZE,
  type TicketVisibility,
  type TicketQueueFilter,
  type TicketQueueOrder,
  type ListTicketsInput,
  type TicketPage,
  type TicketPageWithParties,
} from './tickets/ticket-queue.query.js';
export {
  claimIdempotencyKey,
  completeIdempotencyKey,
  purgeIdempotencyKeys,
  type IdempotencyClaim,
  type IdempotencyClaimResult,
} from './tickets/idempotency.repository.js';

export {
  insertAttachment,
  attachToTicket,
  findAttachmentContent,
  findAttachmentsByTicketIds,
  purgeUnattachedAttachments,
  type NewAttachment,
} from './tickets/attachment.repository.js';
export type { Attachment, AttachmentContent } from './tickets/attachment.js';

export { seedDemoData } from './seed/seed-demo-data.js';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './seed/demo-logins.js';
