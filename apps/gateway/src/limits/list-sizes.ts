import { POSITION_AUDIT_FIELDS, POSITION_CATALOGUE } from '@kefu/domain/org';
import { ACTIONS as EVERY_ACTION } from '@kefu/domain/permissions';
import { DEPARTMENT_LIMITS } from '@kefu/domain/relays';
import { FILE_LIST_LIMIT } from '@kefu/db/requesters';
import { REQUESTER_LIMITS } from '@kefu/domain/requesters';
import { CHANNELS, PHOTO_LIMITS, SEVERITIES, TICKET_KINDS } from '@kefu/domain/tickets';
import { MAX_FAILED_ATTEMPTS } from '@kefu/domain/followups';
import { KPI_CATALOGUE } from '@kefu/domain/kpi';
import { REQUESTER_KINDS } from '@kefu/domain/shared';
import { RECURRING_ROWS } from '../use-cases/kpi/read-monthly-report.js';
import { PAGE_SIZE } from '../schema/common/connection.js';

/**
 * How many items a list field of the schema answers with, for the query cost: either at most a
 * fixed number, or a page whose size the client asks for with `first` (or `last`).
 */
export type ListSize = { items: number } | { page: { default: number; max: number } };

/** A site's positions are the catalogue's; room for a department twice its size. */
const POSITIONS = 2 * POSITION_CATALOGUE.length;
/** The people of one customer-service department: room for twice the demo department's 25. */
const STAFF_ON_SITE = 50;
/** A ticket's life (intake, dispatch, escalations, relays, reopenings, follow-up) rarely reaches half of this. */
const TIMELINE_EVENTS = 30;
/** Every action a viewer may hold or a ticket may offer: as many as the contexts define. */
export const ACTIONS = EVERY_ACTION.length;

/**
 * Every list of the schema by `Type.field`; a test fails on a list missing here. A connection's
 * page size sizes its `edges`; a list with a `first` argument is its own page.
 */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.tickets': { page: PAGE_SIZE },
  'Query.staffMembers': { page: PAGE_SIZE },
  'Query.myRequests': { page: { default: 20, max: PAGE_SIZE.max } },
  'Query.requesters': { page: { default: 10, max: 50 } },
  'Query.requesterFiles': { page: PAGE_SIZE },
  'Query.permissionMatrix': { items: POSITIONS },
  // One per status and severity that has tickets: 8 × 3.
  'Query.ticketCounts': { items: 24 },
  'Query.ticketDeadlinePolicies': { items: TICKET_KINDS.length },
  'KindDeadlines.severities': { items: SEVERITIES.length },
  'OrgChart.positions': { items: POSITIONS },
  'OrgChart.units': { items: 10 },
  'PermissionRow.cells': { items: ACTIONS },
  'Viewer.positions': { items: 5 },
  'Viewer.siteActions': { items: ACTIONS },
  'Position.directReports': { items: POSITIONS },
  // The catalogue's positions report to one or two.
  'Position.reportsTo': { items: 3 },
  'Position.holders': { items: 10 },
  'Position.assignmentHistory': { items: 30 },
  // One pending change of its reporting lines, one per grant cell (scheduled org changes).
  'Position.scheduledChanges': { items: ACTIONS + 1 },
  'ScheduledOrgChange.reportsTo': { items: 3 },
  'Position.duties': { items: 10 },
  'Position.kpis': { items: 10 },
  'Position.authorities': { items: 10 },
  'Position.workEnvironment': { items: 5 },
  'DutyGroup.duties': { items: 20 },
  'Qualifications.knowledge': { items: 10 },
  'Qualifications.skills': { items: 15 },
  'Staff.assignments': { items: 10 },
  'Ticket.timeline': { items: TIMELINE_EVENTS },
  'Ticket.photos': { items: PHOTO_LIMITS.perRequest },
  'Ticket.availableActions': { items: ACTIONS },
  'MyRequest.timeline': { items: TIMELINE_EVENTS },
  'MyRequest.photos': { items: PHOTO_LIMITS.perRequest },
  'Requester.units': { items: REQUESTER_LIMITS.units },
  'Requester.contacts': { items: REQUESTER_LIMITS.contacts },
  'PermissionCell.choices': { items: 5 },
  'Staff.history': { page: PAGE_SIZE },
  'Query.receptionEntries': { page: PAGE_SIZE },
  'Query.receptionWaiting': { page: PAGE_SIZE },
  'Query.messageInbox': { page: PAGE_SIZE },
  'Query.messagesTakenByMe': { page: PAGE_SIZE },
  'Query.escalatedMessages': { page: PAGE_SIZE },
  'Query.myNotifications': { page: PAGE_SIZE },
  'Query.departments': { page: PAGE_SIZE },
  'Query.relays': { page: PAGE_SIZE },
  'Department.contacts': { items: DEPARTMENT_LIMITS.contacts },
  'Department.members': { items: DEPARTMENT_LIMITS.members },
  // A ticket goes to a handful of departments at most; a timeline's worth bounds it.
  'Ticket.relays': { items: TIMELINE_EVENTS },
  'Requester.documents': { items: FILE_LIST_LIMIT }, 'Requester.notes': { items: FILE_LIST_LIMIT }, 'Requester.history': { items: FILE_LIST_LIMIT }, 'RequesterChange.fields': { items: 10 }, 'Query.expiringRequesterFiles': { page: PAGE_SIZE }, 'RequesterImportResult.issues': { items: 200 }, 'StaffImportResult.issues': { items: 200 },
  'Query.mySessions': { items: 100 },
  'Query.accountEvents': { page: PAGE_SIZE },
  // Both are read with LIMIT 100 (a shop's staff, its invitations).
  'Requester.signIns': { items: 100 },
  'Requester.invitations': { items: 100 },
  'Query.orgChanges': { page: PAGE_SIZE },
  'Position.history': { page: PAGE_SIZE },
  // A new position's entry names every field the trail follows; other entries fewer.
  'OrgChange.changes': { items: POSITION_AUDIT_FIELDS.length },
  // A 回访 round has at most its failed calls and the reached one; assigning the call again opens another.
  // OPEN_WORK_LIMIT: what one end of an assignment lists and hands over.
  'AssignmentOpenWork.tickets': { items: 50 },
  'AssignmentOpenWork.followUps': { items: 50 },
  'FollowUp.attempts': { items: 3 * (MAX_FAILED_ATTEMPTS + 1) },
  'Query.followUps': { page: PAGE_SIZE },
  'Query.inbound': { page: PAGE_SIZE },
  'Query.myNotices': { page: PAGE_SIZE },
  // Whom a ticket may go to: the site's active staff who may work it.
  'Ticket.assignmentCandidates': { items: STAFF_ON_SITE },
  // KPIs: the catalogue bounds definitions and figures; teams are positions, people the site's staff.
  'Query.kpiCatalogue': { items: KPI_CATALOGUE.length },
  'KpiScorecard.figures': { items: KPI_CATALOGUE.length },
  'KpiDefinition.positions': { items: Math.max(...KPI_CATALOGUE.map((k) => k.positions.length)) },
  'KpiDefinition.seed': { items: Math.max(...KPI_CATALOGUE.map((k) => k.seed.length)) },
  'KpiStartingPoints.teamPositionIds': { items: POSITIONS },
  'KpiTeam.units': { items: POSITIONS / 2 },
  'KpiTeam.people': { items: STAFF_ON_SITE },
  'Query.kpiTrend': { items: 24 },
  // Groups of sites: a server holds one group of malls; a reader reads a few groups of a few sites.
  'Query.kpiGroups': { items: 4 },
  'KpiGroupView.totals': { items: KPI_CATALOGUE.length },
  'KpiGroupView.sites': { items: 20 },
  'KpiGroupSite.figures': { items: KPI_CATALOGUE.length },
  'Query.kpiTickets': { page: { default: 50, max: 200 } },
  // Every target the site ever set: an estimate of a year of monthly changes to each KPI.
  'Query.kpiTargets': { items: 12 * KPI_CATALOGUE.length },
  'KpiMonthlyReport.intake': { items: TICKET_KINDS.length * CHANNELS.length * SEVERITIES.length * REQUESTER_KINDS.length },
  'KpiMonthlyReport.sla': { items: 3 },
  'KpiMonthlyReport.recurring': { items: 2 * RECURRING_ROWS },
  // A team is led by a position with someone below it: at most half of a chart's positions.
  'KpiMonthlyReport.teams': { items: POSITIONS / 2 },
  'KpiMonthlyReport.people': { items: STAFF_ON_SITE },
};

/** A list nobody sized yet still costs something per item. */
export const UNLISTED_LIST_SIZE: ListSize = { items: 20 };
