import { POSITION_CATALOGUE } from '@kefu/domain/org';
import { REQUESTER_LIMITS } from '@kefu/domain/requesters';
import { PHOTO_LIMITS } from '@kefu/domain/tickets';
import { PAGE_SIZE } from '../schema/common/connection.js';

/**
 * How many items a list field of the schema answers with, for the query cost: either at most a
 * fixed number, or a page whose size the client asks for with `first` (or `last`).
 */
export type ListSize = { items: number } | { page: { default: number; max: number } };

/** A site's positions are the catalogue's; room for a department twice its size. */
const POSITIONS = 2 * POSITION_CATALOGUE.length;
/** A ticket's life (intake, dispatch, escalations, relays, reopenings, follow-up) rarely reaches half of this. */
const TIMELINE_EVENTS = 30;
/** Every action a viewer may hold (19 today) or a ticket may offer. */
const ACTIONS = 20;

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
  'Staff.history': { page: PAGE_SIZE },
  'Query.mySessions': { items: 100 },
};

/** A list nobody sized yet still costs something per item. */
export const UNLISTED_LIST_SIZE: ListSize = { items: 20 };
