import { findAssignmentById } from '@kefu/db/org';
import { listOpenTicketsOfAssignee } from '@kefu/db/tickets';
import { listOwedFollowUpsOfCaller } from '@kefu/db/followups';
import type { Queryable } from '@kefu/db/engine';
import type { FollowUp } from '@kefu/domain/followups';
import type { Assignment } from '@kefu/domain/org';
import { NotFoundError } from '@kefu/domain/shared';
import { ticketResource, type Ticket } from '@kefu/domain/tickets';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { requireOnPosition } from './position-permission.js';

/**
 * The work a holder leaves open: the tickets assigned to them, and the follow-ups (回访) they are
 * to call. `unseenTickets`: how many of their tickets the viewer may not see, left out of `tickets`.
 */
export type OpenWork = { assignment: Assignment; tickets: Ticket[]; followUps: FollowUp[]; unseenTickets: number };

/**
 * At most this many of each are listed and handed over in one step: a holder with more ends
 * their assignment after handing the rest over from the queues (the product's own bound).
 */
export const OPEN_WORK_LIMIT = 50;

/** The assignment, for whoever may end it (`org.assignment.edit` over its position); missing otherwise NOT_FOUND. */
export async function findEndableAssignment(uc: UseCaseContext, q: Queryable, assignmentId: string): Promise<Assignment> {
  const assignment = await findAssignmentById(q, uc.principal.siteId, assignmentId);
  if (!assignment) throw new NotFoundError('Assignment', assignmentId);
  // The position is known only once the assignment is read.
  await requireOnPosition(uc, 'org.assignment.edit', assignment.positionId);
  return assignment;
}

/** What the person leaves open, read in `q` (the hand-over reads it in its own transaction). */
export async function readOpenWork(uc: UseCaseContext, q: Queryable, assignment: Assignment): Promise<OpenWork> {
  const { siteId } = uc.principal;
  const [tickets, followUps] = await Promise.all([
    listOpenTicketsOfAssignee(q, siteId, assignment.staffId, OPEN_WORK_LIMIT),
    listOwedFollowUpsOfCaller(q, siteId, assignment.staffId, OPEN_WORK_LIMIT),
  ]);
  return { assignment, tickets, followUps, unseenTickets: 0 };
}

/**
 * The open work of the person on an assignment about to end, for whoever may end it: the tickets
 * they may see are listed, the others only counted (a hand-over is refused while there are any).
 */
export async function listAssignmentOpenWork(uc: UseCaseContext, assignmentId: string): Promise<OpenWork> {
  const work = await readOpenWork(uc, uc.db, await findEndableAssignment(uc, uc.db, assignmentId));
  const access = await uc.access();
  const tickets = work.tickets.filter((t) => access.can('ticket.view', ticketResource(t)));
  return { ...work, tickets, unseenTickets: work.tickets.length - tickets.length };
}
