import { findDepartmentById, findRelayById, findRelaysOfTicket, updateRelayAnswer } from '@kefu/db/relays';
import { appendTicketEvent, findTicketById, updateTicket } from '@kefu/db/tickets';
import { relayResource, respondToRelay, ticketAfterResponse, type Relay, type RelayResponse } from '@kefu/domain/relays';
import { ForbiddenError, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { publishTicketUpdated } from '../tickets/publish-ticket-updated.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

export type RelayTarget = { relayId: string; expectedVersion: number };

/**
 * The receiving side's answer to a relay: a member of the department, or someone who may answer
 * for it (the relaying clerk, a supervisor) recording what the department said by phone. The
 * relay, the ticket and its timeline change together; a relay the viewer may not see is missing.
 */
export async function answerRelay(uc: UseCaseContext, { relayId, expectedVersion }: RelayTarget, response: RelayResponse): Promise<Relay> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const access = await uc.access();
  const { relay, ticket } = await uc.db.transaction(async (tx) => {
    const current = await findRelayById(tx, siteId, relayId);
    const department = current ? await findDepartmentById(tx, siteId, current.departmentId) : null;
    if (!current || !department || !access.can('relay.view', relayResource(current, department))) throw new NotFoundError('Relay', relayId);
    if (current.version !== expectedVersion) throw new StaleVersionError('Relay', relayId, expectedVersion);
    if (!access.can('relay.respond', relayResource(current, department))) throw new ForbiddenError('relay.respond');
    const next = respondToRelay(current, response, { now: uc.now, staffId, byPhone: !department.memberStaffIds.includes(staffId) });
    const ticket = await findTicketById(tx, siteId, current.subject.ticketId);
    if (!ticket) throw new NotFoundError('Ticket', current.subject.ticketId);
    const othersOpen = (await findRelaysOfTicket(tx, siteId, ticket.id)).filter(
      (r) => r.id !== current.id && (r.status === 'pending' || r.status === 'accepted'),
    ).length;
    const after = ticketAfterResponse(ticket, next, department.name, othersOpen, { now: uc.now, staffId });
    const saved = await updateRelayAnswer(tx, next, expectedVersion);
    if (!saved) throw new StaleVersionError('Relay', relayId, expectedVersion);
    const savedTicket = await updateTicket(tx, after.ticket, ticket.version);
    await appendTicketEvent(tx, after.event);
    return { relay: saved, ticket: savedTicket };
  });
  publishTicketUpdated(uc, ticket);
  return relay;
}
