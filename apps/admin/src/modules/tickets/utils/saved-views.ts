import type { TicketStatus } from '../../../gql/graphql';
import { EMPTY_DESK_FILTER, type DeskFilter } from './ticket-filter-params';

export const OPEN_STATUSES = ['RECEIVED', 'ASSIGNED', 'RELAYED', 'IN_PROGRESS'] as const satisfies readonly TicketStatus[];

export const SAVED_VIEW_KEYS = ['all', 'new', 'mine', 'team', 'overdue', 'returned', 'followUp'] as const;
export type SavedViewKey = (typeof SAVED_VIEW_KEYS)[number];

export type ViewerScope = { staffId: string | null; unitId: string | null };

/**
 * Presets of the desk filter. A view the viewer cannot have (no staff record, no unit) is null
 * and not offered.
 */
export const savedViewFilter = (key: SavedViewKey, scope: ViewerScope): DeskFilter | null => {
  switch (key) {
    case 'all':
      return EMPTY_DESK_FILTER;
    case 'new':
      return { ...EMPTY_DESK_FILTER, newToStaff: true };
    case 'mine':
      return scope.staffId ? { ...EMPTY_DESK_FILTER, statuses: [...OPEN_STATUSES], assigneeId: scope.staffId } : null;
    case 'team':
      return scope.unitId ? { ...EMPTY_DESK_FILTER, statuses: [...OPEN_STATUSES], unitId: scope.unitId } : null;
    case 'overdue':
      return { ...EMPTY_DESK_FILTER, overdue: true };
    // Work sent back (a reopen, a 回访 or rating of 2 or less) still at work: the supervisor's 退回/不满意 queue.
    case 'returned':
      return { ...EMPTY_DESK_FILTER, statuses: [...OPEN_STATUSES], reopened: true };
    case 'followUp':
      return { ...EMPTY_DESK_FILTER, statuses: ['RESOLVED'] };
  }
};
