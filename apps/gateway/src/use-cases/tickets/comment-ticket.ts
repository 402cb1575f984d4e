import { appendTicketEvent, findTicketById } from '@kefu/db/tickets';
import { ForbiddenError, NotFoundError } from '@kefu/domain/shared';
import { internalNote, ticketResource, type Ticket } from '@kefu/domain/tickets';
import type { UseCaseContext } from '../shared/use-case-context.js';

/** Adds a staff-only note (备注) to the timeline of a ticket the viewer may see; the ticket itself is unchanged. */
export async function commentTicket(uc: UseCaseContext, ticketId: string, note: string): Promise<Ticket> {
  const { principal } = uc;
  if (principal.kind !== 'staff') throw new ForbiddenError('ticket.view');
  const access = await uc.access();
  const ticket = await findTicketById(uc.db, principal.siteId, ticketId);
  if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
  await appendTicketEvent(uc.db, internalNote(ticket, note, { now: uc.now, staffId: principal.staffId }));
  return ticket;
}
