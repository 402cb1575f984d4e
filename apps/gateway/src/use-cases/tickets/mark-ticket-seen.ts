import { findTicketById, markTicketSeenByStaff } from '@kefu/db/tickets';
import { NotFoundError } from '@kefu/domain/shared';
import { isNewToStaff, ticketResource, type Ticket } from '@kefu/domain/tickets';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

/**
 * A member of staff opened the ticket: a portal request stops being new to the desk. Idempotent
 * and cheap: a seen ticket is answered as it is, and the first look is one guarded UPDATE outside
 * the ticket's version, so it never makes a command stale and needs no lock.
 */
export async function markTicketSeen(uc: UseCaseContext, ticketId: string): Promise<Ticket> {
  const { principal, db, now } = asStaff(uc);
  const access = await uc.access();
  const ticket = await findTicketById(db, principal.siteId, ticketId);
  if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
  if (!isNewToStaff(ticket)) return ticket;
  const first = await markTicketSeenByStaff(db, principal.siteId, ticketId, now);
  uc.loaders.tickets.clear(ticketId);
  return first ? { ...ticket, firstSeenByStaffAt: now } : ((await findTicketById(db, principal.siteId, ticketId)) ?? ticket);
}
