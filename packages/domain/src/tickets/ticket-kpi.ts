import type { Ticket } from './ticket.js';

type KpiFacts = Pick<Ticket, 'kind' | 'status'>;

/**
 * 有效投诉次数 counts complaints that were handled and not judged 无效. An open complaint is not
 * counted yet: it may still be found invalid.
 */
export const countsTowardValidComplaints = (ticket: KpiFacts): boolean =>
  ticket.kind === 'complaint' && (ticket.status === 'resolved' || ticket.status === 'followed_up' || ticket.status === 'closed');

export type ComplaintTallies = { valid: number; invalid: number; open: number };

/** Complaints only; other kinds are ignored. */
export const complaintTallies = (tickets: Iterable<KpiFacts>): ComplaintTallies => {
  const tallies: ComplaintTallies = { valid: 0, invalid: 0, open: 0 };
  for (const ticket of tickets) {
    if (ticket.kind !== 'complaint') continue;
    if (ticket.status === 'invalid') tallies.invalid += 1;
    else if (countsTowardValidComplaints(ticket)) tallies.valid += 1;
    else tallies.open += 1;
  }
  return tallies;
};
