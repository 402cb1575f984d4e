import { findDepartmentsByIds } from '@kefu/db/relays';
import type { Department } from '@kefu/domain/relays';
import DataLoader from 'dataloader';
import type { Queryable } from '@kefu/db/engine';
import { findStaffByIds } from '@kefu/db/org';
import { findRequesterFilesByIds, findRequestersByIds } from '@kefu/db/requesters';
import { findEventsByTicketIds, findTicketsWithPartiesByIds, type TicketWithParties } from '@kefu/db/tickets';
import type { Requester, RequesterFile } from '@kefu/domain/requesters';
import type { Staff } from '@kefu/domain/org';
import type { Ticket, TicketEvent } from '@kefu/domain/tickets';

/**
 * Per-request batch loaders: every relation a page asks for costs one statement, whatever the
 * page size. Keys are ids within the viewer's site; visibility is checked by the callers.
 */
export type Loaders = {
  staff: DataLoader<string, Staff | null>;
  requesters: DataLoader<string, Requester | null>;
  /** Whole files, for the file's own fields on a requester read as a ticket's card. */
  requesterFiles: DataLoader<string, RequesterFile | null>;
  tickets: DataLoader<string, Ticket | null>;
  timelines: DataLoader<string, TicketEvent[]>;
  requesterTimelines: DataLoader<string, TicketEvent[]>;
  departments: DataLoader<string, Department | null>;
  /**
   * Seeds the loaders with tickets whose requester and assignee were read in the same statement
   * (a queue page, a ticket by id), so resolving those relations sends nothing more.
   */
  primeTickets(tickets: readonly TicketWithParties[]): void;
};

export function createLoaders(q: Queryable, siteId: string): Loaders {
  const staff = new DataLoader<string, Staff | null>((ids) => findStaffByIds(q, siteId, ids));
  const requesters = new DataLoader<string, Requester | null>((ids) => findRequestersByIds(q, siteId, ids));
  const primeParties = ({ requester, assignee }: Omit<TicketWithParties, 'ticket'>) => {
    if (requester) requesters.prime(requester.id, requester);
    if (assignee) staff.prime(assignee.id, assignee);
  };
  const tickets = new DataLoader<string, Ticket | null>(async (ids) =>
    (await findTicketsWithPartiesByIds(q, siteId, ids)).map((found) => {
      if (!found) return null;
      primeParties(found);
      return found.ticket;
    }),
  );
  return {
    staff,
    requesters,
    requesterFiles: new DataLoader((ids) => findRequesterFilesByIds(q, siteId, ids)),
    tickets,
    timelines: new DataLoader((ids) => findEventsByTicketIds(q, siteId, ids, { requesterSafeOnly: false })),
    requesterTimelines: new DataLoader((ids) => findEventsByTicketIds(q, siteId, ids, { requesterSafeOnly: true })),
    departments: new DataLoader((ids) => findDepartmentsByIds(q, siteId, ids)),
    primeTickets(found) {
      for (const entry of found) {
        tickets.prime(entry.ticket.id, entry.ticket);
        primeParties(entry);
      }
    },
  };
}
