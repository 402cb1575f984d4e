import { InputChecker } from '../shared/validation.js';
import type { NewTicketEvent } from './ticket-state-machine.js';
import type { Ticket } from './ticket.js';

export const NOTE_MAX = 2000;

/**
 * An internal note on a ticket (备注): staff only, never shown to the requester, and no change
 * of status or version — the product's own rule, so notes never race with the ticket's work.
 * Throws ValidationError for an empty or too long note.
 */
export const internalNote = (ticket: Pick<Ticket, 'id' | 'siteId' | 'status'>, note: string, ctx: { now: Date; staffId: string }): NewTicketEvent => {
  new InputChecker().text('note', note, { required: true, max: NOTE_MAX }).check();
  return {
    siteId: ticket.siteId,
    ticketId: ticket.id,
    at: ctx.now,
    actorKind: 'staff',
    actorId: ctx.staffId,
    type: 'commented',
    fromStatus: ticket.status,
    toStatus: ticket.status,
    data: { internal: { note: note.trim() } },
    visibleToRequester: false,
  };
};
