import { appendTicketEvent, findTicketById, updateTicket } from '@kefu/db/tickets';
import { ForbiddenError, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { changeSubject, checkComplaintSubject, ticketResource, type ComplaintSubject, type ComplaintSubjectInput, type Ticket, type TicketKind } from '@kefu/domain/tickets';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';
import { publishTicketUpdated } from './publish-ticket-updated.js';
import type { TicketTarget } from './transition-ticket.js';

/** A subject as asked for, checked by the domain against the viewer's site's chart; null when none is given. */
export async function checkedSubject(uc: UseCaseContext, asked: ComplaintSubjectInput | null | undefined, kind: TicketKind): Promise<ComplaintSubject | null> {
  if (asked === null || asked === undefined) return null;
  const { chart } = await uc.access();
  return checkComplaintSubject(asked, kind, chart ?? { positions: [], units: [], assignments: [] });
}

/**
 * Records or corrects who a complaint is about (被投诉人及被投诉部门); null clears it. Needs
 * `ticket.setSubject` over the ticket; the timeline keeps the change (staff only).
 */
export async function setTicketSubject(uc: UseCaseContext, { ticketId, expectedVersion }: TicketTarget, asked: ComplaintSubjectInput | null): Promise<Ticket> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const access = await staff.access();
  const ticket = await findTicketById(staff.db, siteId, ticketId);
  if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
  if (ticket.version !== expectedVersion) throw new StaleVersionError('Ticket', ticketId, expectedVersion);
  if (!access.can('ticket.setSubject', ticketResource(ticket))) throw new ForbiddenError('ticket.setSubject');
  const changed = changeSubject(ticket, await checkedSubject(staff, asked, ticket.kind), { now: staff.now, staffId });
  if (!changed) return ticket;
  const saved = await staff.db.transaction(async (tx) => {
    const stored = await updateTicket(tx, changed.ticket, expectedVersion);
    await appendTicketEvent(tx, changed.event);
    return stored;
  });
  publishTicketUpdated(staff, saved);
  return saved;
}
