import { randomUUID } from 'node:crypto';
import { findDepartmentById, findDepartmentsByPeer, findRelayById, insertRelay } from '@kefu/db/relays';
import { appendTicketEvent, findTicketById, updateTicket } from '@kefu/db/tickets';
import { relayTicket, type Relay } from '@kefu/domain/relays';
import { ForbiddenError, NotFoundError, StaleVersionError } from '@kefu/domain/shared';
import { ticketResource, type PeerDepartment, type Ticket } from '@kefu/domain/tickets';
import { publishTicketUpdated } from '../tickets/publish-ticket-updated.js';
import type { TicketTarget } from '../tickets/transition-ticket.js';
import { asStaff, type UseCaseContext } from '../shared/use-case-context.js';

export type RelayTicketInput = {
  /** The site's department; or, for clients that name a kind of peer department, `peer`. */
  departmentId?: string | null;
  peer?: PeerDepartment | null;
  ask: string;
  correctsRelayId?: string | null;
};

/**
 * Relays a ticket to a department of the site (信息传达): the relay, the ticket's new status and
 * its timeline event in one transaction. A department named by its peer kind is the site's first
 * active one of that kind. Refusals (another site's department, a closed ticket, a bad
 * correction) are field errors and write nothing.
 */
export async function relayTicketToDepartment(uc: UseCaseContext, { ticketId, expectedVersion }: TicketTarget, input: RelayTicketInput): Promise<{ ticket: Ticket; relay: Relay }> {
  const staff = asStaff(uc);
  const { siteId, staffId } = staff.principal;
  const access = await uc.access();
  const result = await uc.db.transaction(async (tx) => {
    const ticket = await findTicketById(tx, siteId, ticketId);
    if (!ticket || !access.can('ticket.view', ticketResource(ticket))) throw new NotFoundError('Ticket', ticketId);
    if (ticket.version !== expectedVersion) throw new StaleVersionError('Ticket', ticketId, expectedVersion);
    if (!access.can('ticket.relay', ticketResource(ticket))) throw new ForbiddenError('ticket.relay');
    if (!access.can('relay.create', { type: 'site', siteId })) throw new ForbiddenError('relay.create');
    const department = input.departmentId
      ? await findDepartmentById(tx, siteId, input.departmentId)
      : input.peer
        ? ((await findDepartmentsByPeer(tx, siteId, input.peer))[0] ?? null)
        : null;
    const corrected = input.correctsRelayId ? await findRelayById(tx, siteId, input.correctsRelayId) : null;
    const made = relayTicket(
      ticket,
      department,
      corrected,
      // A relay sent without words asks the department to take up the ticket itself (its title).
      { departmentId: department?.id ?? input.departmentId ?? '', ask: input.ask.trim() || ticket.title, correctsRelayId: input.correctsRelayId ?? null },
      { now: uc.now, staffId, relayId: randomUUID() },
    );
    const saved = await updateTicket(tx, made.ticket, expectedVersion);
    await appendTicketEvent(tx, made.event);
    return { ticket: saved, relay: await insertRelay(tx, made.relay) };
  });
  publishTicketUpdated(uc, result.ticket);
  return result;
}
