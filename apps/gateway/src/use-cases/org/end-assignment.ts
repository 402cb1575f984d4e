import { endAssignment as storeAssignmentEnd, findStaffByIds } from '@kefu/db/org';
import { updateFollowUp } from '@kefu/db/followups';
import type { Queryable } from '@kefu/db/engine';
import { handOverCall } from '@kefu/domain/followups';
import {
  assignmentChanges,
  endAssignment as endInDomain,
  handoverRefusal,
  HandoverNotPermittedError,
  type Assignment,
  type HandoverTarget,
  type OrgChart,
} from '@kefu/domain/org';
import { NotFoundError, StaleVersionError, ValidationError } from '@kefu/domain/shared';
import { requiredAction, ticketResource, type Ticket, type TicketCommand } from '@kefu/domain/tickets';
import { publishNotifications } from '../notifications/notify-ticket-event.js';
import type { UseCaseContext } from '../shared/use-case-context.js';
import { publishTicketUpdated } from '../tickets/publish-ticket-updated.js';
import { writeTransition, type WrittenTransition } from '../tickets/transition-ticket.js';
import { findEndableAssignment, readOpenWork } from './assignment-open-work.js';
import { changeOrg } from './org-change.js';

/**
 * Ends an assignment on a day (exclusive): the person no longer holds the position from then.
 * With a hand-over target, in the same transaction the person's open tickets are assigned to that
 * member of staff (the ticket's own assign transition, timeline and notifications), or returned
 * to their unit's queue unassigned (returnToQueue), and their follow-ups' calls handed to that
 * person or back to the pool of the unit's 回访 queue. A recipient the org refuses, or a ticket
 * the ender may not see or dispatch, fails it with nothing written.
 */
export async function endAssignment(uc: UseCaseContext, assignmentId: string, endsOn: Date, target: HandoverTarget | null = null): Promise<Assignment> {
  if (target !== null) {
    // The ticket rules read the viewer's access and the new assignee through the request's
    // loaders, outside the transaction: load them first (an embedded engine has one connection).
    await Promise.all([uc.access(), target.kind === 'person' ? uc.loaders.staff.load(target.staffId) : null]);
  }
  const [stored, moved] = await changeOrg(uc, async (tx, chart, siteId, record) => {
    const assignment = await findEndableAssignment(uc, tx, assignmentId);
    const ended = endInDomain(assignment, endsOn);
    if (target?.kind === 'person') await requireRecipient(tx, chart, siteId, assignment, target.staffId, endsOn);
    const stored = await storeAssignmentEnd(tx, siteId, ended.id, ended.endsOn!);
    await record('assignment.end', { positionId: stored.positionId, staffId: stored.staffId }, assignmentChanges(assignment, stored));
    const moved = target === null ? [] : await handOver(uc, tx, assignment, target);
    return [stored, moved] as const;
  });
  // Subscribers hear of the tickets only once the whole step committed.
  for (const { saved, told } of moved) {
    publishTicketUpdated(uc, saved);
    publishNotifications(uc.pubsub, told);
  }
  return stored;
}

async function requireRecipient(tx: Queryable, chart: OrgChart, siteId: string, leaving: Assignment, staffId: string, on: Date): Promise<void> {
  const [recipient] = await findStaffByIds(tx, siteId, [staffId]);
  if (!recipient) throw new NotFoundError('Staff', staffId);
  const refusal = handoverRefusal(chart, recipient, leaving, on);
  if (refusal) throw new ValidationError([{ field: 'handOverTo', rule: `handover_${refusal}` }]);
}

const commandFor = (target: HandoverTarget): TicketCommand =>
  target.kind === 'person' ? { type: 'assign', assigneeId: target.staffId } : { type: 'returnToQueue' };

/**
 * Every open ticket must be one the ender may see and dispatch (the command's own permission);
 * otherwise the whole step is refused before anything moves, naming the ones they can see.
 */
async function requireMayMove(uc: UseCaseContext, tickets: readonly Ticket[], target: HandoverTarget): Promise<void> {
  const access = await uc.access();
  const action = requiredAction(commandFor(target).type);
  const blocked = tickets.filter((t) => !access.can('ticket.view', ticketResource(t)) || !access.can(action, ticketResource(t)));
  if (blocked.length === 0) return;
  const named = blocked.filter((t) => access.can('ticket.view', ticketResource(t))).map((t) => t.number);
  throw new HandoverNotPermittedError(blocked.length, named, target.kind === 'person' ? 'handOverTo' : 'returnWorkToQueue');
}

async function handOver(uc: UseCaseContext, tx: Queryable, leaving: Assignment, target: HandoverTarget): Promise<WrittenTransition[]> {
  const work = await readOpenWork(uc, tx, leaving);
  await requireMayMove(uc, work.tickets, target);
  const moved: WrittenTransition[] = [];
  for (const ticket of work.tickets) moved.push(await writeTransition(uc, tx, ticket, commandFor(target)));
  for (const followUp of work.followUps) {
    const next = handOverCall(followUp, target.kind === 'person' ? target.staffId : null);
    if (!(await updateFollowUp(tx, next, followUp.version, followUp.attempts.length))) throw new StaleVersionError('FollowUp', followUp.id, followUp.version);
  }
  return moved;
}
