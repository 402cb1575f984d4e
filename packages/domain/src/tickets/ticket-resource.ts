import type { Resource } from '../org/action.js';
import type { Ticket } from './ticket.js';

/** The facts of a ticket that the permission rules look at. */
export const ticketResource = (ticket: Pick<Ticket, 'siteId' | 'unitId' | 'assigneeId' | 'requesterId' | 'createdById'>): Resource => ({
  type: 'ticket',
  siteId: ticket.siteId,
  unitId: ticket.unitId,
  assigneeId: ticket.assigneeId,
  requesterId: ticket.requesterId,
  createdById: ticket.createdById,
});
