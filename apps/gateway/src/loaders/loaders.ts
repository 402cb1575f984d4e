import DataLoader from 'dataloader';
import {
  findEventsByTicketIds,
  findRequestersByIds,
  findStaffByIds,
  findTicketsByIds,
  type Queryable,
  type Requester,
} from '@kefu/db';
import type { Staff } from '@kefu/domain/org';
import type { Ticket, TicketEvent } from '@kefu/domain/tickets';

/**
 * Per-request batch loaders: every relation a page asks for costs one statement, whatever the
 * page size. Keys are ids within the viewer's site; visibility is checked by the callers.
 */
export type Loaders = {
  staff: DataLoader<string, Staff | null>;
  requesters: DataLoader<string, Requester | null>;
  tickets: DataLoader<string, Ticket | null>;
  timelines: DataLoader<string, TicketEvent[]>;
  requesterTimelines: DataLoader<string, TicketEvent[]>;
};

export function createLoaders(q: Queryable, siteId: string): Loaders {
  return {
    staff: new DataLoader((ids) => findStaffByIds(q, siteId, ids)),
    requesters: new DataLoader((ids) => findRequestersByIds(q, siteId, ids)),
    tickets: new DataLoader((ids) => findTicketsByIds(q, siteId, ids)),
    timelines: new DataLoader((ids) => findEventsByTicketIds(q, siteId, ids, { requesterSafeOnly: false })),
    requesterTimelines: new DataLoader((ids) => findEventsByTicketIds(q, siteId, ids, { requesterSafeOnly: true })),
  };
}
