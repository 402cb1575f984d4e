import type { Ticket } from './ticket.js';

/**
 * The product's own rule: a request sent through the portal is new to the desk until a member
 * of staff opens it, so nothing a merchant or owner sends waits unnoticed in a long queue.
 * Tickets staff register are seen as they are registered (`openTicket`).
 */
export const isNewToStaff = (ticket: Pick<Ticket, 'firstSeenByStaffAt'>): boolean => ticket.firstSeenByStaffAt === null;
