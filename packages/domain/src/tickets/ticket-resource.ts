import type { RecordFacts } from '../org/permission-context.js';
import type { Ticket } from './ticket.js';

/** The facts of a ticket that the permission rules look at. */
export type TicketResource = {
  type: 'ticket';
  siteId: string;
  /** The unit whose queue holds the ticket. */
  unitId: string | null;
  assigneeId: string | null;
  requesterId: string;
  createdById: string | null;
};

export const ticketResource = (ticket: Pick<Ticket, 'siteId' | 'unitId' | 'assigneeId' | 'requesterId' | 'createdById'>): TicketResource => ({
  type: 'ticket',
  siteId: ticket.siteId,
  unitId: ticket.unitId,
  assigneeId: ticket.assigneeId,
  requesterId: ticket.requesterId,
  createdById: ticket.createdById,
});

/**
 * Where a ticket sits for a scope check: in its unit's queue, belonging to its assignee and to
 * the staff member who took it down, and to its requester. Storage filters by the same columns
 * (unit_id; assignee_id or created_by_id; requester_id).
 */
export const ticketFacts = (ticket: TicketResource): RecordFacts => ({
  unitId: ticket.unitId,
  staffIds: [ticket.assigneeId, ticket.createdById],
  requesterId: ticket.requesterId,
});
