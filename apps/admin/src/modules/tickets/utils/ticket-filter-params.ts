import type { Severity, TicketFilter, TicketKind, TicketOrder, TicketStatus } from '../../../gql/graphql';

export const TICKET_STATUS_VALUES = ['RECEIVED', 'ASSIGNED', 'RELAYED', 'IN_PROGRESS', 'RESOLVED', 'FOLLOWED_UP', 'CLOSED', 'INVALID'] as const satisfies readonly TicketStatus[];
export const TICKET_KIND_VALUES = [
  'COMPLAINT',
  'REPAIR',
  'CONSULTATION',
  'SERVICE_REQUEST',
  'RETURN_EXCHANGE',
  'LOGISTICS',
  'TECHNICAL',
  'SUGGESTION',
] as const satisfies readonly TicketKind[];
export const SEVERITY_VALUES = ['MAJOR', 'IMPORTANT', 'MINOR'] as const satisfies readonly Severity[];

/** What the desk keeps in the URL, so a queue can be shared as a link. */
export type DeskFilter = {
  statuses: TicketStatus[];
  kinds: TicketKind[];
  severities: Severity[];
  overdue: boolean;
  assigneeId: string | null;
  unassigned: boolean;
  unitId: string | null;
  requesterId: string | null;
  /** Only portal requests no member of staff has opened yet (新). */
  newToStaff: boolean;
  /** Only tickets sent back to work at least once (退回/不满意). */
  reopened: boolean;
  text: string;
};

export const EMPTY_DESK_FILTER: DeskFilter = {
  statuses: [],
  kinds: [],
  severities: [],
  overdue: false,
  assigneeId: null,
  unassigned: false,
  unitId: null,
  requesterId: null,
  newToStaff: false,
  reopened: false,
  text: '',
};

const PARAM = {
  statuses: 'status',
  kinds: 'kind',
  severities: 'severity',
  overdue: 'overdue',
  assigneeId: 'assignee',
  unassigned: 'unassigned',
  unitId: 'unit',
  requesterId: 'requester',
  newToStaff: 'new',
  reopened: 'returned',
  text: 'q',
} as const satisfies Record<keyof DeskFilter, string>;

const listOf = <T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] => {
  const raw = params.get(name);
  if (!raw) return [];
  // Unknown values in a pasted link are dropped rather than sent to the API.
  return [...new Set(raw.split(','))].filter((v): v is T => (allowed as readonly string[]).includes(v));
};

export const parseDeskFilter = (params: URLSearchParams): DeskFilter => ({
  statuses: listOf(params, PARAM.statuses, TICKET_STATUS_VALUES),
  kinds: listOf(params, PARAM.kinds, TICKET_KIND_VALUES),
  severities: listOf(params, PARAM.severities, SEVERITY_VALUES),
  overdue: params.get(PARAM.overdue) === '1',
  assigneeId: params.get(PARAM.assigneeId) || null,
  unassigned: params.get(PARAM.unassigned) === '1',
  unitId: params.get(PARAM.unitId) || null,
  requesterId: params.get(PARAM.requesterId) || null,
  newToStaff: params.get(PARAM.newToStaff) === '1',
  reopened: params.get(PARAM.reopened) === '1',
  text: params.get(PARAM.text) ?? '',
});

/** Only set fields are written, in a fixed order, so equal filters give equal links. */
export const deskFilterToParams = (filter: DeskFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.statuses.length) params.set(PARAM.statuses, filter.statuses.join(','));
  if (filter.kinds.length) params.set(PARAM.kinds, filter.kinds.join(','));
  if (filter.severities.length) params.set(PARAM.severities, filter.severities.join(','));
  if (filter.overdue) params.set(PARAM.overdue, '1');
  if (filter.assigneeId) params.set(PARAM.assigneeId, filter.assigneeId);
  if (filter.unassigned) params.set(PARAM.unassigned, '1');
  if (filter.unitId) params.set(PARAM.unitId, filter.unitId);
  if (filter.requesterId) params.set(PARAM.requesterId, filter.requesterId);
  if (filter.newToStaff) params.set(PARAM.newToStaff, '1');
  if (filter.reopened) params.set(PARAM.reopened, '1');
  if (filter.text.trim()) params.set(PARAM.text, filter.text.trim());
  return params;
};

export const toTicketFilter = (filter: DeskFilter): TicketFilter => {
  const result: TicketFilter = {};
  if (filter.statuses.length) result.statuses = filter.statuses;
  if (filter.kinds.length) result.kinds = filter.kinds;
  if (filter.severities.length) result.severities = filter.severities;
  if (filter.overdue) result.overdue = true;
  if (filter.assigneeId) result.assigneeId = filter.assigneeId;
  if (filter.unassigned) result.unassigned = true;
  if (filter.unitId) result.unitId = filter.unitId;
  if (filter.requesterId) result.requesterId = filter.requesterId;
  if (filter.newToStaff) result.newToStaff = true;
  if (filter.reopened) result.reopened = true;
  if (filter.text.trim()) result.text = filter.text.trim();
  return result;
};

export const sameDeskFilter = (a: DeskFilter, b: DeskFilter): boolean =>
  deskFilterToParams(a).toString() === deskFilterToParams(b).toString();

/**
 * The orders the desk's columns sort by: only those the queue serves from an index with keyset
 * paging (see the gateway's TicketOrder). Kept in the URL beside the filter, not in it, so a
 * saved view stays the same view whatever the sort.
 */
export const DESK_ORDERS = ['DUE', 'NEWEST'] as const satisfies readonly TicketOrder[];
const ORDER_PARAM = 'sort';

export const parseDeskOrder = (params: URLSearchParams): TicketOrder =>
  params.get(ORDER_PARAM) === 'newest' ? 'NEWEST' : 'DUE';

/** The default order is left out, so the plain desk link stays plain. */
export const withDeskOrder = (params: URLSearchParams, order: TicketOrder): URLSearchParams => {
  const next = new URLSearchParams(params);
  if (order === 'NEWEST') next.set(ORDER_PARAM, 'newest');
  else next.delete(ORDER_PARAM);
  return next;
};
